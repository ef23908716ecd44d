package org.partnershipportal.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.partnershipportal.testsupport.BesideTheRest;
import org.partnershipportal.testsupport.NodeUnit;
import org.partnershipportal.testsupport.PayaraNode;
import org.partnershipportal.testsupport.TwoNodeCluster;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/run-portal, the single-node unit's start (issue 14, start-up): on an installed layout, the first start after an
 * install unpacks the runtime and records the class archive when it stops; the next start maps that archive (Java's own
 * class-loading log says where each class came from), deploys the portal once, and serves the sign-in page.
 */
// Issue 14, tests in less time: its three starts use a server, port and folder of their own, and no mail server; of the
// shared database they change nothing a test reads (Flyway finds the schema migrated, or migrates it under its own lock),
// so the class runs beside the one-at-a-time classes, on the second thread ClusterIT also uses
// (junit.jupiter.execution.parallel in pom.xml), instead of holding them up a minute.
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(BesideTheRest.ONE_AT_A_TIME)
class RunPortalIT {

    /** How Java's class-loading log names a class taken from a dynamic (top-layer) class-data archive. */
    private static final String FROM_THE_ARCHIVE = "source: shared objects file (top)";

    @Test
    void theFirstStartAfterAnInstallRecordsTheClassArchiveAndTheNextStartUsesIt() throws Exception {
        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        Path work = project.resolve("target/run-portal-it");
        org.partnershipportal.testsupport.Folders.deleteRecursively(work);
        Path installed = PayaraNode.stageInstalledLayout(work.resolve("installed"));
        Path state = Files.createDirectories(work.resolve("state"));
        Path archive = state.resolve("classes.jsa"), recorded = state.resolve("classes.jsa.new");
        // As the unit runs it (Failsafe's profile says demo), with no mail server: it runs beside other classes, whose mail
        // server its scheduled reminders must not reach.
        Map<String, String> production = Map.of("PORTAL_PROFILE", "production", "PORTAL_MAIL_HOST", "");

        try (PayaraNode first = PayaraNode.runPortal("run-portal-first-start", installed, state, NodeUnit.productionJvmOptions(), production)) {
            assertThat(signInPage(first)).as("the sign-in page of the first start").contains("autocomplete=\"username\"");
            assertThat(Files.readString(first.log())).contains("recording the class archive");
            assertThat(recorded).as("written only when that run stops").doesNotExist();
        }
        assertThat(recorded).as("the class archive the first start wrote when it stopped").isNotEmptyFile();
        assertThat(archive).as("taken into use by the next start, once Java has mapped it whole").doesNotExist();

        Path classLog = work.resolve("classes-loaded.txt");
        List<String> jvmOptions = new ArrayList<>(NodeUnit.productionJvmOptions());
        jvmOptions.add("-Xlog:class+load=info:file=" + classLog);
        try (PayaraNode restart = PayaraNode.runPortal("run-portal-restart", installed, state, jvmOptions, production)) {
            assertThat(archive).isNotEmptyFile();
            assertThat(recorded).doesNotExist();
            assertThat(signInPage(restart)).as("the sign-in page after the restart").contains("autocomplete=\"username\"");
            String log = Files.readString(restart.log());
            assertThat(log).doesNotContain("recording the class archive").doesNotContain("unpacking Payara Micro");
            assertThat(Pattern.compile("Start-up timeline: schema migration starting").matcher(log).results().count())
                    .as("the portal's start-up (the last start's deployment is not kept, or Payara Micro would deploy it again "
                            + "before the WAR given with --deploy)").isEqualTo(1);
            List<String> loaded = Files.readAllLines(classLog, StandardCharsets.UTF_8);
            assertThat(loaded).as("Payara Micro's classes, loaded from the archive")
                    .anyMatch(line -> line.contains("fish.payara.micro.impl.PayaraMicroImpl ") && line.contains(FROM_THE_ARCHIVE));
            assertThat(loaded.stream().filter(line -> line.contains(FROM_THE_ARCHIVE)).count())
                    .as("classes taken from the archive rather than read from their jars").isGreaterThan(5_000);
        }

        // A recording cut short (the run killed while Java wrote it) is refused, and the archive in use is kept.
        byte[] whole = Files.readAllBytes(archive);
        Files.write(recorded, java.util.Arrays.copyOf(whole, whole.length / 2));
        try (PayaraNode afterACutRecording = PayaraNode.runPortal("run-portal-after-a-cut-recording", installed, state,
                NodeUnit.productionJvmOptions(), production)) {
            assertThat(signInPage(afterACutRecording)).contains("autocomplete=\"username\"");
            assertThat(Files.readString(afterACutRecording.log())).contains("is unusable");
            assertThat(recorded).doesNotExist();
            assertThat(Files.readAllBytes(archive)).as("the archive in use, unchanged").isEqualTo(whole);
        }
    }

    private static String signInPage(PayaraNode node) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) java.net.URI.create(node.base() + "login.xhtml").toURL().openConnection();
        try {
            assertThat(connection.getResponseCode()).isEqualTo(200);
            return new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            connection.disconnect();
        }
    }
}
