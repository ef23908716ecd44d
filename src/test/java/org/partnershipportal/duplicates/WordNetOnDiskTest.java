package org.partnershipportal.duplicates;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * WordNet read from files on disk answers every word as extjwnl's in-memory instance of the same data jar does, and
 * the copy it reads is complete, whole and the user's own.
 */
class WordNetOnDiskTest {
    private static final POS[] PARTS = {POS.NOUN, POS.VERB, POS.ADJECTIVE};
    private static Dictionary inMemory;

    @BeforeAll
    static void loadTheReference() {
        inMemory = WordNetOnDisk.inMemory();
    }

    @Test
    void everyWordOfTheLabelledSetsAndOfWordNetItselfHasTheSameFirstSenseAsInMemory(@TempDir Path base) throws Exception {
        Dictionary onDisk = WordNetOnDisk.open(WordNetOnDisk.copiedInto(base));
        Set<String> words = new TreeSet<>();
        for (Path labelled : List.of(SharedFiles.devSet(), SharedFiles.projectDir().resolve("src/test/resources/duplicates/corpus/agenda-items.csv"),
                SharedFiles.projectDir().resolve("src/test/resources/duplicates/corpus/actions.csv"),
                SharedFiles.projectDir().resolve("src/test/resources/duplicates/corpus/hard-negatives.csv"))) {
            for (String w : Files.readString(labelled, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
                if (w.length() > 1) words.add(w.replace("'", ""));
            }
        }
        int fromTheLabelledSets = words.size();
        // a sample of WordNet's own nouns, as written and inflected (the morphology's suffix rules), and of the
        // irregular forms its exception lists give, read from the copy's files
        Path copy = base.resolve(onlyFolder(base));
        int line = 0;
        for (String entry : Files.readAllLines(copy.resolve("index.noun"), StandardCharsets.UTF_8)) {
            if (entry.startsWith(" ") || line++ % 300 != 0) continue;
            String lemma = entry.substring(0, entry.indexOf(' '));
            if (lemma.contains("_")) continue;
            words.addAll(List.of(lemma, lemma + "s", lemma + "ing", lemma + "ed", lemma + "er"));
        }
        for (String exceptions : List.of("noun.exc", "verb.exc", "adj.exc")) {
            line = 0;
            for (String entry : Files.readAllLines(copy.resolve(exceptions), StandardCharsets.UTF_8)) {
                if (line++ % 4 == 0) words.add(entry.substring(0, entry.indexOf(' ')));
            }
        }
        words.addAll(List.of("café", "naïve", "señor", "ūnknown", "crèche", "x", "mmmmmmmm"));

        List<String> differences = new ArrayList<>();
        int withASense = 0;
        for (String word : words) {
            for (POS pos : PARTS) {
                String expected = firstSenseAsBefore(pos, word);
                String actual = TextAnalyzer.firstSense(onDisk, pos, word);
                if (!java.util.Objects.equals(expected, actual)) differences.add(word + " (" + pos + "): " + expected + " in memory, " + actual + " on disk");
                if (expected != null) withASense++;
            }
        }
        assertThat(fromTheLabelledSets).as("words of the labelled sets").isGreaterThan(1_000);
        assertThat(withASense).as("look-ups that found a sense").isGreaterThan(2_000);
        assertThat(differences).isEmpty();
    }

    @Test
    void aCopyMissingAFileOrWithAFileCutShortIsCopiedAgainBeforeUse(@TempDir Path base) throws Exception {
        Path folder = WordNetOnDisk.copiedInto(base);
        Files.delete(folder.resolve("index.noun"));
        Path again = WordNetOnDisk.copiedInto(base);
        assertThat(again).isEqualTo(folder);
        assertThat(folder.resolve("index.noun")).isNotEmptyFile();

        Files.write(folder.resolve("index.verb"), new byte[10]);
        WordNetOnDisk.copiedInto(base);
        assertThat(Files.size(folder.resolve("index.verb"))).isGreaterThan(100_000);
        assertThat(TextAnalyzer.firstSense(WordNetOnDisk.open(folder), POS.VERB, "safeguarding"))
                .isEqualTo(firstSenseAsBefore(POS.VERB, "safeguarding")).isNotNull();
        assertThat(base).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("partial-"));
    }

    @Test
    void processesStartingTogetherOverAnIncompleteCopyEachGetACompleteOne(@TempDir Path base) throws Exception {
        Path folder = WordNetOnDisk.copiedInto(base);
        Files.write(folder.resolve("index.verb"), new byte[10]); // left incomplete, say by a disk that filled up
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Path>> starts = new ArrayList<>();
            for (int k = 0; k < 4; k++) starts.add(() -> WordNetOnDisk.copiedInto(base));
            for (Future<Path> start : pool.invokeAll(starts)) {
                Path copy = start.get();
                assertThat(WordNetOnDisk.isComplete(copy)).as("the copy " + copy + " each start got").isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Files.size(folder.resolve("index.verb"))).isGreaterThan(100_000);
        assertThat(TextAnalyzer.firstSense(WordNetOnDisk.open(folder), POS.NOUN, "children"))
                .isEqualTo(firstSenseAsBefore(POS.NOUN, "children")).isNotNull();
        assertThat(base).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("partial-")
                || p.getFileName().toString().startsWith("stale-"));
    }

    @Test
    void theServerCopiesWordNetIntoTheFolderItIsGivenEvenOneWithMarkupInItsNameAndReadsItFromThere(@TempDir Path parent) throws Exception {
        Path base = parent.resolve("state & \"wordnet\" <copy>");
        List<LogRecord> warnings = warningsOf(WordNetOnDiskTest::openedItAnswersAsBefore, base);
        assertThat(warnings).as("warnings (a warning means WordNet was held in memory instead)").isEmpty();
        try (var folders = Files.list(base)) {
            Path folder = folders.filter(p -> p.getFileName().toString().startsWith("wn31-")).findFirst().orElseThrow();
            assertThat(WordNetOnDisk.isComplete(folder)).isTrue();
            for (String counts : List.of("index.sense", "cntlist", "cntlist.rev")) {
                assertThat(folder.resolve(counts)).as("copied, not created empty by extjwnl").isNotEmptyFile();
            }
        }
        assertThat(Files.getPosixFilePermissions(base)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void aFolderOtherUsersMayWriteToIsNotUsed(@TempDir Path base) throws IOException {
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> WordNetOnDisk.copiedInto(base)).isInstanceOf(IOException.class).hasMessageContaining("other users");
        assertThat(base).isEmptyDirectory();
    }

    @Test
    void whenTheFolderCannotBeUsedWordNetIsHeldInMemoryAsBeforeAndStillAnswers(@TempDir Path base) throws Exception {
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxrwxrwx"));
        List<LogRecord> warnings = warningsOf(WordNetOnDiskTest::openedItAnswersAsBefore, base);
        assertThat(warnings).as("the warning that says WordNet is held in memory").hasSize(1);
        assertThat(base).as("nothing copied into a folder others may write to").isEmptyDirectory();
    }

    interface Step {
        void run() throws Exception;
    }

    /** The server's way in, {@link WordNetOnDisk#open()}, gives a dictionary that answers as the in-memory one does. */
    private static void openedItAnswersAsBefore() throws Exception {
        Dictionary dictionary = WordNetOnDisk.open();
        assertThat(TextAnalyzer.firstSense(dictionary, POS.NOUN, "youngsters")).isEqualTo(firstSenseAsBefore(POS.NOUN, "youngsters")).isNotNull();
    }

    /** The warnings WordNetOnDisk logs while {@code step} runs with its folder set to {@code base}. */
    private static List<LogRecord> warningsOf(Step step, Path base) throws Exception {
        Logger logger = Logger.getLogger(WordNetOnDisk.class.getName());
        List<LogRecord> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) warnings.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        String before = System.getProperty(WordNetOnDisk.DIRECTORY_PROPERTY);
        System.setProperty(WordNetOnDisk.DIRECTORY_PROPERTY, base.toString());
        try {
            step.run();
        } finally {
            logger.removeHandler(handler);
            if (before == null) System.clearProperty(WordNetOnDisk.DIRECTORY_PROPERTY);
            else System.setProperty(WordNetOnDisk.DIRECTORY_PROPERTY, before);
        }
        return warnings;
    }

    /** The first sense as the analyser read it before: through the synsets of extjwnl's in-memory instance. */
    private static String firstSenseAsBefore(POS pos, String word) throws JWNLException {
        IndexWord indexWord = inMemory.lookupIndexWord(pos, word);
        if (indexWord == null || indexWord.getSenses().isEmpty()) return null;
        return pos.getKey() + indexWord.getSenses().get(0).getOffset();
    }

    private static Path onlyFolder(Path base) throws IOException {
        try (var folders = Files.list(base)) {
            return folders.filter(Files::isDirectory).findFirst().orElseThrow().getFileName();
        }
    }
}
