package org.partnershipportal.duplicates;

import org.partnershipportal.testsupport.BesideTheRest;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command, as an operator runs it: {@code deploy/find-duplicates FILE.csv} prints {@code id,cluster} for
 * every row with no server running. Plain JUnit (no Arquillian); runs in Failsafe after {@code package}, which builds
 * target/find-duplicates/.
 */
// Issue 14: it runs the command-line matcher in processes of its own and uses nothing of the
// shared portal's, so it runs beside the one-at-a-time classes.
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(BesideTheRest.ONE_AT_A_TIME)
class FindDuplicatesCommandIT {
    static final Path PROJECT = SharedFiles.projectDir();
    static final Path COMMAND = PROJECT.resolve("deploy/find-duplicates");

    @TempDir
    static Path dir;

    record Result(int exit, String out, String err) {}

    @BeforeAll
    static void commandExists() {
        assertThat(COMMAND).isExecutable();
    }

    static Result run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt"), err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).directory(PROJECT.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("gave up after 5 minutes: " + command);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    static Result findDuplicates(Path file) throws IOException, InterruptedException {
        return run(List.of(COMMAND.toString(), file.toString()));
    }

    @Test
    void devSetGetsOneClusterPerRowAndScoresF1AtLeast0_9() throws Exception {
        Path dev = SharedFiles.devSet();
        org.junit.jupiter.api.Assertions.assertTrue(Files.isReadable(dev), "dev set not found at " + dev);

        Result r = findDuplicates(dev);
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, String> predicted = parse(r.out());
        List<String> inputIds = PairwiseF1.read(dev).stream().map(l -> l.item().id()).toList();
        assertThat(predicted.keySet()).as("one output row per input row, in input order").containsExactlyElementsOf(inputIds);
        assertThat(r.out().lines().count()).isEqualTo(inputIds.size() + 1);

        Path predictedFile = Files.writeString(dir.resolve("predicted.csv"), r.out(), StandardCharsets.UTF_8);
        double f1 = f1(dev, predictedFile, predicted);
        assertThat(f1).as("pairwise F1 on " + dev).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aBadRowIsReportedWithItsLineNumber() throws Exception {
        Path f = Files.writeString(dir.resolve("bad-row.csv"), "id,board,meeting_date,title,description\n"
                + "x1,VRU Board,2026-01-10,Knife crime among young people,Trends in knife possession\n"
                + "x2,YOS Management Board,2026-02-03,,Knife possession offences by under-18s\n", StandardCharsets.UTF_8);
        Result r = findDuplicates(f);
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("line 3 (id x2): title is empty");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingFileIsReportedClearly() throws Exception {
        Path missing = dir.resolve("no-such-register.csv");
        Result r = findDuplicates(missing);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(missing.toString()).contains("file not found");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aBadHeaderIsReportedClearly() throws Exception {
        Path f = Files.writeString(dir.resolve("bad-header.csv"), "ref,committee,date,heading\nx1,VRU Board,2026-01-10,Knife crime\n",
                StandardCharsets.UTF_8);
        Result r = findDuplicates(f);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad header").contains("id,board,meeting_date,title,description");
    }

    static Map<String, String> parse(String csv) {
        List<String> lines = csv.lines().toList();
        assertThat(lines).isNotEmpty();
        assertThat(lines.get(0)).isEqualTo("id,cluster");
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertThat(f).as(line).hasSize(2);
            assertThat(m.put(f[0], f[1])).as("id " + f[0] + " printed twice").isNull();
        }
        return m;
    }

    /** With the team's scoring script when python3 and the script are here, otherwise the same rule in Java. */
    static double f1(Path labelled, Path predictedFile, Map<String, String> predicted) throws Exception {
        Path script = SharedFiles.scoreScript();
        if (Files.isReadable(script) && onPath("python3")) {
            Result s = run(List.of("python3", script.toString(), labelled.toString(), predictedFile.toString()));
            assertThat(s.exit()).as(s.err()).isZero();
            System.out.println("score-duplicates.py on the command's output:\n" + s.out());
            Matcher m = Pattern.compile("(?m)^F1 ([0-9.]+)\\s*$").matcher(s.out());
            assertThat(m.find()).as("no 'F1 <value>' line in: " + s.out()).isTrue();
            return Double.parseDouble(m.group(1));
        }
        Map<String, List<String>> byCluster = new HashMap<>();
        predicted.forEach((id, cluster) -> byCluster.computeIfAbsent(cluster, k -> new ArrayList<>()).add(id));
        PairwiseF1.Result r = PairwiseF1.score(PairwiseF1.read(labelled), new ArrayList<>(byCluster.values()));
        System.out.println("PairwiseF1 (score-duplicates.py not available) on the command's output: " + r);
        return r.f1();
    }

    static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":"))
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) return true;
        return false;
    }
}
