package org.partnershipportal.platform;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnershipportal.testsupport.BesideTheRest;
import org.partnershipportal.testsupport.Browser;
import org.partnershipportal.testsupport.EdgeProxy;
import org.partnershipportal.testsupport.EmbeddedMariaDb;
import org.partnershipportal.testsupport.FreePort;
import org.partnershipportal.testsupport.PayaraNode;
import org.partnershipportal.testsupport.TestDatabase;
import org.partnershipportal.testsupport.TwoNodeCluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * Two portal nodes in one Data Grid behind nginx with the deployed configuration (two upstream lines),
 * on the test MariaDB, proven against what a cluster must survive: a node killed under a signed-in
 * person, a change on one node read at once on the other, access ended on one node refused on the
 * other, the duplicate finder's index in step, and scheduled work done once for the cluster.
 * Two nodes are started once for the class (modest heaps: the machine has 2 cores), on a MariaDB of
 * their own that one test restarts under load.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@UsesDemoPartnership
// Issue 14, tests in less time: this class shares nothing with the others (its own MariaDB, nodes, nginx, mail
// server and ports), so it runs beside them (junit.jupiter.execution.parallel in pom.xml) on the processor time
// the one-at-a-time test run leaves idle. Its own tests still run one after another, in their order: a lock held by the
// class makes JUnit run everything inside it on the class's thread. The lock is the one every class beside the rest
// holds (testsupport.BesideTheRest), so none of those starts a server beside its timed checks.
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(BesideTheRest.ONE_AT_A_TIME)
class ClusterIT {

    /** The nodes' mail server, on a port of the cluster's own: the shared portal's mail goes to it.mail.port meanwhile. */
    static final int MAIL_PORT = freeMailPort();

    static int freeMailPort() {
        try {
            return FreePort.onLoopback();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(MAIL_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            // Up before the nodes start: their digest timers fire within seconds of it.
            .withPerMethodLifecycle(false);

    static TwoNodeCluster cluster;
    static EmbeddedMariaDb database;
    static List<Integer> gridPorts;
    static PayaraNode nodeA;
    static PayaraNode nodeB;
    static EdgeProxy edge;

    @BeforeAll
    static void startTwoNodesBehindTheEdge() throws Exception {
        // The cluster's own MariaDB, so that restarting it touches no other test; node A loads the demo partnership into it.
        // The weekly digest's timer fires every five seconds on every node, so the test sees both nodes try to send it.
        cluster = TwoNodeCluster.start("cluster-node",
                Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath().resolve("target/cluster-mariadb"), true,
                new String[]{TestDatabase.OWNER_PASSWORD, TestDatabase.APP_PASSWORD}, "512m",
                Map.of("PORTAL_REMINDERS_DAY", "*", "PORTAL_REMINDERS_HOUR", "*", "PORTAL_REMINDERS_MINUTE", "*",
                        "PORTAL_REMINDERS_SECOND", "*/5", "PORTAL_MAIL_PORT", String.valueOf(MAIL_PORT)));
        database = cluster.database();
        nodeA = cluster.nodeA();
        nodeB = cluster.nodeB();
        edge = cluster.edge();
        gridPorts = cluster.gridPorts();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void theNodesFormOneDataGridThatListensOnLoopbackOnly() throws Exception {
        for (PayaraNode node : List.of(nodeA, nodeB)) {
            String ready = waitForBody(node, "health/ready", body -> body.contains("\"members\":\"2\""), Duration.ofSeconds(90));
            assertThat(ready).as(node.log() + ": each node sees both in the Data Grid").contains("\"clustered\":\"true\"").contains("\"members\":\"2\"");
        }
        List<String> gridSockets = new ArrayList<>();
        for (int port : gridPorts) {
            gridSockets.addAll(listeningSockets(port, port));
        }
        assertThat(gridSockets).as("the Data Grid's listening sockets (ports " + gridPorts + ")").hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(address -> assertThat(address).as("never every interface").startsWith("127.0.0.1:"));
    }

    /** Something anyone may fetch without a session, which starts none (the edge refuses /health to the outside). */
    static final String PAGE_WITHOUT_SESSION = "/jakarta.faces.resource/favicon.svg.xhtml?ln=portal";

    @Test
    @Order(1)
    void requestsWithoutASessionAreSpreadOverBothNodes() throws Exception {
        int before = Files.readAllLines(edge.accessLog()).size();
        for (int i = 0; i < 20; i++) {
            assertThat(edge.https("GET " + PAGE_WITHOUT_SESSION + " HTTP/1.1", EdgeProxy.HOST, EdgeProxy.HOST)).startsWith("HTTP/1.1 200");
        }
        List<String> served = Files.readAllLines(edge.accessLog()).stream().skip(before)
                .filter(line -> line.contains("GET " + PAGE_WITHOUT_SESSION + " ")).map(ClusterIT::upstreamOf).toList();
        assertThat(served).as("20 requests without a session cookie, by node").hasSize(20)
                .contains("127.0.0.1:" + nodeA.port(), "127.0.0.1:" + nodeB.port());
    }

    @Test
    @Order(2)
    void anItemSavedThroughOneNodeShowsInHintsTypedOnTheOtherWithinTwoSecondsAndBothReportTheSameGroups() throws Exception {
        String place = "Quarrington" + ThreadLocalRandom.current().nextInt(1000, 9999);
        String saved = "Mapping child exploitation hotspots around the " + place + " estate";
        try (Browser onA = Browser.open(nodeA.base()); Browser onB = Browser.open(nodeB.base())) {
            // Blake chairs the Exploitation Subgroup; Sam is its business support, so reads its agendas drafts included (a plain
            // member is shown a draft's items as restricted), and supports the Community Safety Partnership, where Sam types.
            onA.signIn("blake.boardmember", DEMO_PASSWORD);
            openFirstMeetingOf(onA, "Exploitation Subgroup");
            onB.signIn("sam.support", DEMO_PASSWORD);
            openFirstMeetingOf(onB, "Community Safety Partnership");
            waitUntilTheFinderAnswers(onB);

            // The words are typed on node B first; nothing there matches them yet.
            WebElement title = onB.driver().findElement(By.id("newItem:title"));
            title.clear();
            title.sendKeys("Child exploitation hotspots on the " + place + " estate");
            new WebDriverWait(onB.driver(), Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> !d.findElement(By.id("newItem:hints")).getText().isBlank());
            assertThat(onB.textOf("newItem:hints")).doesNotContain(place);

            onA.type("newItem:title", saved);
            onA.click("newItem:add");
            onA.waitForText(By.id("agendaItems"), saved);
            long savedAt = System.nanoTime();
            // One more keystroke at a time on node B (each asks for hints again) until the item saved on node A is among them.
            // Checked every 20 ms, not at WebDriverWait's default half second: the check's own sleep counted in the measure,
            // so a hint shown at 1.4 s could read as 2.0 s (a run measured 2,020 ms, another 754 ms).
            new WebDriverWait(onB.driver(), Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> {
                        d.findElement(By.id("newItem:title")).sendKeys(" ");
                        try {
                            new WebDriverWait(d, Duration.ofMillis(400)).pollingEvery(Duration.ofMillis(20))
                                    .until(x -> x.findElement(By.id("newItem:hints")).getText().contains(place));
                            return true;
                        } catch (org.openqa.selenium.TimeoutException notYet) {
                            return false;
                        }
                    });
            long seenAfterMillis = (System.nanoTime() - savedAt) / 1_000_000;
            System.out.printf(Locale.ROOT, "Cluster: an item saved on node A showed in hints on node B after %d ms (one keystroke's round trip included)%n",
                    seenAfterMillis);
            assertThat(seenAfterMillis).as("from the save on node A to the hint on node B").isLessThanOrEqualTo(2000);
        }
        // with the item in both nodes' indexes, the duplicates report is the same on both: the same groups, in the same order
        try (Browser adminOnA = Browser.open(nodeA.base()); Browser adminOnB = Browser.open(nodeB.base())) {
            String[] reports = new String[2];
            int k = 0;
            for (Browser admin : List.of(adminOnA, adminOnB)) {
                admin.signInOverHttp("avery.admin", DEMO_PASSWORD);
                admin.go("duplicates/report.xhtml");
                admin.waitFor(By.id("clusterCount"));
                reports[k++] = admin.textOf("clusters");
            }
            assertThat(adminOnA.textOf("clusterCount")).as("groups in the report").doesNotStartWith("0 ").doesNotStartWith("No ");
            assertThat(reports[1]).as("the report on node B").isEqualTo(reports[0]);
        }
        // both nodes, started as the unit starts them (the Vector API's module, and the quick compiler only), score with
        // the plain loop and say why: compiled by the quick compiler the Vector API is far slower than the loop (with the
        // Vector API chosen, or the module missing, the log says otherwise)
        for (PayaraNode node : List.of(nodeA, nodeB)) {
            waitForLogLines(node, "Duplicate finder ready", 1, Duration.ofSeconds(30));
            assertThat(Files.readAllLines(node.log())).as(node.log() + ": the duplicate finder's index is ready")
                    .filteredOn(line -> line.contains("Duplicate finder ready")).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).contains("embedding dot products: plain loop: this JVM compiles with the quick compiler only"));
        }
    }

    @Test
    @Order(2)
    void aDatasetChangedThroughOneNodeIsReadAtOnceOnTheOther() throws Exception {
        String issue = "Cluster check " + ThreadLocalRandom.current().nextInt(1000, 9999) + ": contacts in academies are not recorded.";
        try (Browser onA = Browser.open(nodeA.base()); Browser onB = Browser.open(nodeB.base())) {
            onA.signIn("dana.datalead", DEMO_PASSWORD);
            onB.signIn("dana.datalead", DEMO_PASSWORD);
            String dataset = "catalogue/dataset.xhtml?id=" + datasetHeldBy("dana.datalead");
            onA.go(dataset);
            onA.waitFor(By.id("datasetFacts"));
            // Node B reads the dataset first, so any cache of its own would now hold the old text.
            onB.go(dataset);
            onB.waitFor(By.id("datasetFacts"));
            assertThat(onB.text()).doesNotContain(issue);

            onA.click("editForm:edit");
            onA.type("datasetForm:qualityIssues", issue);
            onA.click("datasetForm:save");
            onA.waitForText(By.id("qualityIssues"), issue);

            onB.go(dataset);
            onB.waitFor(By.id("datasetFacts"));
            assertThat(onB.textOf("qualityIssues")).as("node B reads the change at once (no stale shared cache)").contains(issue);
        }
    }

    @Test
    @Order(3)
    void aMembershipEndedThroughOneNodeIsRefusedAtTheMembersNextRequestOnTheOther() throws Exception {
        String shortName = "CL" + ThreadLocalRandom.current().nextInt(1000, 9999);
        String boardName = "Cluster Check Board " + shortName;
        try (Browser admin = Browser.open(nodeA.base()); Browser member = Browser.open(nodeB.base())) {
            admin.signIn("avery.admin", DEMO_PASSWORD);
            admin.go("admin/boards.xhtml");
            admin.type("newBoard:name", boardName);
            admin.type("newBoard:shortName", shortName);
            admin.choose("newBoard:meetingFrequency", "Quarterly");
            admin.click("newBoard:create");
            admin.waitForText(By.id("boards"), boardName);
            admin.driver().findElement(By.linkText(boardName)).click();
            admin.waitFor(By.id("newMember:userId_input"));
            admin.choose("newMember:userId", "Riley Reviewer (KICB)");
            admin.choose("newMember:role", "Member");
            admin.click("newMember:add");
            admin.waitForText(By.id("members"), "Riley Reviewer");

            member.signIn("riley.reviewer", DEMO_PASSWORD);
            member.go("boards/index.xhtml");
            member.waitForText(By.id("myBoards"), boardName);
            member.driver().findElement(By.linkText(boardName)).click();
            member.waitForText(By.id("yourSeat"), "Member");
            String workspace = member.driver().getCurrentUrl();

            admin.driver().navigate().refresh();
            admin.waitFor(By.cssSelector("#members button.end-membership")).click();
            admin.answerConfirmation(true);
            admin.waitForText(By.id("members"), "has ended");

            member.driver().get(workspace);
            member.waitFor(By.id("refused"));
            assertThat(member.driver().getCurrentUrl()).as("node B answered").startsWith(nodeB.base().toString());
        }
    }

    @Test
    @Order(4)
    void wrongPasswordsOnEitherNodeCountTowardsOneLockout() throws Exception {
        org.partnershipportal.testsupport.PortalClient onA = new org.partnershipportal.testsupport.PortalClient(nodeA.base());
        org.partnershipportal.testsupport.PortalClient onB = new org.partnershipportal.testsupport.PortalClient(nodeB.base());
        for (int attempt = 1; attempt <= 5; attempt++) {
            var client = attempt % 2 == 1 ? onA : onB;
            assertThat(client.signIn("morgan.member", "wrong-password-" + attempt).statusCode()).as("wrong password " + attempt).isEqualTo(200);
        }
        // Three failures were on node A and two on node B: the lock counts all five, on both nodes.
        for (var client : List.of(new org.partnershipportal.testsupport.PortalClient(nodeA.base()),
                new org.partnershipportal.testsupport.PortalClient(nodeB.base()))) {
            assertThat(client.signIn("morgan.member", DEMO_PASSWORD).statusCode()).as("the right password while locked").isEqualTo(200);
        }
        try (Connection db = ownerConnection();
             PreparedStatement locked = db.prepareStatement("SELECT locked_until IS NOT NULL FROM user_account WHERE username = 'morgan.member'");
             ResultSet row = locked.executeQuery()) {
            row.next();
            assertThat(row.getBoolean(1)).as("locked in the shared database").isTrue();
        }
    }

    @Test
    @Order(4)
    void theWeeklyDigestIsSentOnceToEachOwnerThoughEveryNodesTimerFires() throws Exception {
        // Both nodes' timers fire every five seconds: wait until each has fired at least three times this week.
        for (PayaraNode node : List.of(nodeA, nodeB)) {
            waitForLogLines(node, "Overdue-action digest timer fired for", 3, Duration.ofSeconds(60));
        }

        Map<String, Integer> mailsPerOwner = new HashMap<>();
        for (MimeMessage mail : MAIL.getReceivedMessages()) {
            if (mail.getSubject().contains("overdue action")) {
                for (var to : mail.getRecipients(Message.RecipientType.TO)) {
                    mailsPerOwner.merge(to.toString(), 1, Integer::sum);
                }
            }
        }
        assertThat(mailsPerOwner).as("the demo has owners of overdue actions").isNotEmpty();
        assertThat(mailsPerOwner).as("one digest per owner, not one per node").allSatisfy((owner, count) -> assertThat(count).as(owner).isEqualTo(1));
        try (Connection db = ownerConnection();
             PreparedStatement runs = db.prepareStatement("SELECT COUNT(*) FROM scheduled_run WHERE job = 'overdue-action-digest'");
             ResultSet count = runs.executeQuery()) {
            count.next();
            assertThat(count.getInt(1)).as("one claimed run this week").isEqualTo(1);
        }
    }

    @Test
    @Order(5)
    void whileMariaDbRestartsUnderLoadRequestsFailCleanlyTheNodesRecoverAndNoAcknowledgedWriteIsLost() throws Exception {
        String run = String.valueOf(ThreadLocalRandom.current().nextInt(1000, 9999));
        try (Browser chair = Browser.throughEdge(edge)) {
            chair.signIn("casey.chair", DEMO_PASSWORD);
            openFirstMeetingOf(chair, "Children's Safeguarding Partnership");
            String meetingPage = chair.driver().getCurrentUrl();
            List<String> acknowledged = new ArrayList<>();
            List<String> refusedPages = new ArrayList<>();
            // Each attempt from the stop until the first write after MariaDB is back: when and how long, and what it showed.
            List<String> attemptsSinceTheStop = new ArrayList<>();
            long restartedAt = 0;
            long backAt = 0;
            long firstWriteAfterBack = 0;
            long firstWriteAfterBackSentAt = 0;
            long slowestWriteBeforeTheStop = 0;
            java.util.concurrent.CompletableFuture<Long> nodeAReady = null;
            java.util.concurrent.CompletableFuture<Long> nodeBReady = null;
            int afterBack = 0;
            long longestAnswerWhileDown = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            // A bounded loop of reads and writes through the edge, with MariaDB stopped after the third write and
            // started again five seconds later; it ends three acknowledged writes after MariaDB is back.
            for (int i = 1; afterBack < 3 && System.nanoTime() < deadline; i++) {
                if (acknowledged.size() == 3 && restartedAt == 0) {
                    database.stop();
                    restartedAt = System.nanoTime();
                }
                if (restartedAt != 0 && backAt == 0 && System.nanoTime() - restartedAt > Duration.ofSeconds(5).toNanos()) {
                    database.startAgain();
                    backAt = System.nanoTime();
                    long back = backAt;
                    nodeAReady = java.util.concurrent.CompletableFuture.supplyAsync(() -> millisUntilReady(nodeA, back));
                    nodeBReady = java.util.concurrent.CompletableFuture.supplyAsync(() -> millisUntilReady(nodeB, back));
                }
                String title = "Outage check " + run + " write " + i;
                long triedAt = System.nanoTime();
                String outcome = tryToAdd(chair, meetingPage, title);
                long tookMillis = (System.nanoTime() - triedAt) / 1_000_000;
                if (restartedAt != 0 && backAt == 0) {
                    longestAnswerWhileDown = Math.max(longestAnswerWhileDown, tookMillis);
                }
                if (restartedAt != 0 && afterBack == 0) {
                    attemptsSinceTheStop.add(String.format(Locale.ROOT, "%s+%d ms took %d ms: %s", backAt == 0 ? "stop" : "back",
                            (triedAt - (backAt == 0 ? restartedAt : backAt)) / 1_000_000, tookMillis,
                            outcome == null ? "acknowledged" : "refused: " + firstLineOf(outcome)));
                }
                if (outcome == null) {
                    acknowledged.add(title);
                    if (restartedAt == 0) {
                        slowestWriteBeforeTheStop = Math.max(slowestWriteBeforeTheStop, tookMillis);
                    }
                    if (backAt != 0) {
                        afterBack++;
                        if (firstWriteAfterBack == 0) {
                            firstWriteAfterBack = System.nanoTime();
                            firstWriteAfterBackSentAt = triedAt;
                        }
                    }
                } else {
                    refusedPages.add(outcome);
                }
            }
            assertThat(backAt).as("MariaDB was restarted during the loop").isNotZero();
            assertThat(afterBack).as("writes acknowledged after MariaDB came back").isEqualTo(3);
            long recoveryMillis = (firstWriteAfterBackSentAt - backAt) / 1_000_000;
            long nodeAReadyMillis = nodeAReady.get();
            long nodeBReadyMillis = nodeBReady.get();
            List<String> inDatabase = titlesInDatabase("Outage check " + run + " write %");
            System.out.printf(Locale.ROOT, "Cluster: MariaDB down %d ms; the nodes ready again %d and %d ms after it was back; the first write that "
                            + "succeeded was sent %d ms after it was back and acknowledged after %d ms (writes before the stop: at most %d ms); "
                            + "%d writes acknowledged, %d in the database; %d requests answered with a refusal page (from the stop until the "
                            + "first write after it), the slowest answer while MariaDB was down in %d ms%n",
                    (backAt - restartedAt) / 1_000_000, nodeAReadyMillis, nodeBReadyMillis, recoveryMillis,
                    (firstWriteAfterBack - firstWriteAfterBackSentAt) / 1_000_000, slowestWriteBeforeTheStop, acknowledged.size(),
                    inDatabase.size(), refusedPages.size(), longestAnswerWhileDown);
            attemptsSinceTheStop.forEach(attempt -> System.out.println("Cluster: attempt at " + attempt));
            assertThat(refusedPages).as("pages shown while MariaDB was down: the portal's own error page, never a stack trace or a proxy's page")
                    .allSatisfy(page -> assertThat(page).containsAnyOf("Unavailable for a moment", "Something went wrong").contains("Try again in a")
                            .doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at java.").doesNotContain("nginx")
                            // The edge's own page (no node could answer): nginx took the nodes out on their 503s.
                            .doesNotContain("cannot answer just now"));
            // Until LostConnectionRetry, EclipseLink slept 5 s before each of up to three retries of a read: in
            // four runs the loop got one answer in the whole outage, which lasted 26 to 83 s because of it. The bound leaves
            // room for a slow machine: a page load and a post through nginx on 2 cores shared with two nodes.
            assertThat(longestAnswerWhileDown).as("while MariaDB is down the error page comes at once, not after retries").isLessThanOrEqualTo(10_000);
            // Recovered means answering again: both nodes report ready, and a write sent from then on succeeds. Until
            // 412a06f the bound was on the moment that write's answer came back, which adds a page load and a post through
            // a browser; with other test classes beside this one on 2 cores that failed at 11.8 and 12.7 s in two
            // fresh-clone runs (docs/measurements.md). The answer is still bounded: by the same 10 s plus the slowest
            // write before the stop, the round trip the machine's load gave an ordinary write.
            String attempts = String.join(System.lineSeparator(), attemptsSinceTheStop);
            assertThat(List.of(nodeAReadyMillis, nodeBReadyMillis)).as("both nodes report ready within 10 s of MariaDB being back")
                    .allSatisfy(millis -> assertThat(millis).isBetween(0L, 10_000L));
            assertThat(recoveryMillis).as("a write sent within 10 s of MariaDB being back succeeds; attempts since the stop:%n%s", attempts)
                    .isLessThanOrEqualTo(10_000);
            assertThat((firstWriteAfterBack - backAt) / 1_000_000).as("that write is answered within 10 s of MariaDB being back, plus the "
                    + "slowest write before the stop (%d ms); attempts since the stop:%n%s", slowestWriteBeforeTheStop, attempts)
                    .isLessThanOrEqualTo(10_000 + slowestWriteBeforeTheStop);
            assertThat(inDatabase).as("every acknowledged write is in the database").containsAll(acknowledged);
        }
    }

    /** How long after a moment a node's /health/ready (which asks MariaDB) answers UP; -1 if not within 30 s. */
    static long millisUntilReady(PayaraNode node, long sinceNanos) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(node.base() + "health/ready")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() - sinceNanos < Duration.ofSeconds(30).toNanos()) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - sinceNanos) / 1_000_000;
                }
                Thread.sleep(100);
            } catch (IOException e) {
                // Not answering yet: ask again shortly.
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return -1;
    }

    /** A page's heading, or its first line: enough to tell which page a refused attempt showed. */
    private static String firstLineOf(String pageText) {
        String first = pageText.lines().filter(line -> !line.isBlank()).findFirst().orElse("(an empty page)");
        return first.length() > 80 ? first.substring(0, 80) + "…" : first;
    }

    /** Adds an agenda item; null when the page then shows it (acknowledged), else the text of the page shown instead. */
    static String tryToAdd(Browser chair, String meetingPage, String title) {
        try {
            if (chair.driver().findElements(By.id("newItem:title")).isEmpty()) {
                chair.driver().get(meetingPage);
            }
            if (chair.driver().findElements(By.id("newItem:title")).isEmpty()) {
                return chair.text();
            }
            chair.type("newItem:title", title);
            chair.click("newItem:add");
            new WebDriverWait(chair.driver(), Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.id("agendaItems")).stream().anyMatch(e -> e.getText().contains(title))
                            || d.findElements(By.id("newItem:title")).isEmpty());
            boolean shown = chair.driver().findElements(By.id("agendaItems")).stream().anyMatch(e -> e.getText().contains(title));
            return shown ? null : chair.text();
        } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.NoSuchElementException e) {
            return chair.text();
        }
    }

    @Test
    @Order(6)
    void aPersonStaysSignedInWhenANodeIsKilledAndNothingAcknowledgedIsLost() throws Exception {
        String run = String.valueOf(ThreadLocalRandom.current().nextInt(1000, 9999));
        try (Browser chair = Browser.throughEdge(edge)) {
            chair.signIn("casey.chair", DEMO_PASSWORD);
            assertThat(chair.signedInName()).contains("Casey");
            openFirstMeetingOf(chair, "Children's Safeguarding Partnership");
            String meetingPage = chair.driver().getCurrentUrl();
            // Several saves through the edge; nginx keeps this person's session on one node (by its cookie).
            List<String> acknowledged = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                String title = "Failover check " + run + " item " + i;
                chair.type("newItem:title", title);
                chair.click("newItem:add");
                chair.waitForText(By.id("agendaItems"), title);
                acknowledged.add(title);
            }
            // A second tab holds the board's action log, a lazy table whose rows the session does not carry (PagedList).
            String meetingTab = chair.driver().getWindowHandle();
            chair.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            openWorkspaceOf(chair, "Children's Safeguarding Partnership");
            chair.clickLink("Action log");
            List<String> ownersByDueDate = ownersInTheActionLog(chair);
            List<String> ownersByName = ownersByDueDate.stream().sorted().toList();
            assertThat(ownersByDueDate).as("the log opens sorted by due date, not by owner").hasSizeGreaterThan(1)
                    .isNotEqualTo(ownersByName);
            String actionLogTab = chair.driver().getWindowHandle();
            chair.driver().switchTo().window(meetingTab);

            chair.type("newItem:title", "Failover check " + run + " typed before the crash");

            // The node that served this person's last request (nginx's access log names it) dies.
            PayaraNode served = nodeThatServedTheLastRequest();
            PayaraNode survivor = served == nodeA ? nodeB : nodeA;
            assertThat(served).as("the last request was served by one of the two nodes").isNotNull();
            served.kill();

            // The form typed before the crash either saves or shows the expired page; it never shows an error.
            chair.click("newItem:add");
            // The answer replaces the page: a body read while it is swapped is stale, so read it again.
            new WebDriverWait(chair.driver(), Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                String text = d.findElement(By.tagName("body")).getText();
                return text.contains("typed before the crash") && d.findElements(By.id("agendaItems")).size() == 1
                        || text.contains("expired") || text.contains("Something went wrong");
            });
            String answer = chair.text();
            assertThat(answer).as("no error page after the node was killed").doesNotContain("Something went wrong");
            boolean savedAfterCrash = answer.contains("typed before the crash") && !answer.contains("expired");
            if (savedAfterCrash) {
                acknowledged.add("Failover check " + run + " typed before the crash");
            }

            chair.driver().get(meetingPage);
            chair.waitFor(By.id("agendaItems"));
            assertThat(chair.signedInName()).as("still signed in on the surviving node").contains("Casey");
            assertThat(chair.textOf("agendaItems")).as("every acknowledged save is on the register").contains(acknowledged.toArray(String[]::new));
            assertThat(titlesInDatabase("Failover check " + run + "%")).containsAll(acknowledged);
            assertThat(upstreamOfLastRequest()).as("the person's requests went on to the surviving node").isEqualTo("127.0.0.1:" + survivor.port());
            for (PayaraNode node : List.of(nodeA, nodeB)) {
                assertThat(Files.readString(node.log())).as(node.log() + ": every session could be replicated")
                        .doesNotContain("Cannot serialize").doesNotContain("NotSerializableException");
            }
            System.out.printf(Locale.ROOT, "Cluster: the serving node killed; %d acknowledged saves, %d in the database; the form typed before the crash %s%n",
                    acknowledged.size(), titlesInDatabase("Failover check " + run + "%").size(), savedAfterCrash ? "saved" : "showed the expired page");

            // The action log opened on the dead node is sorted on the survivor: its view comes from the replicated session
            // without the rows it showed, and the table reads them again, in the new order.
            chair.driver().switchTo().window(actionLogTab);
            chair.driver().findElement(By.xpath("//th[.//span[contains(@class,'ui-column-title')][text()='Owner']]")).click();
            new WebDriverWait(chair.driver(), Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> ownersInTheActionLog(chair).equals(ownersByName));
            assertThat(chair.text()).as("the sort after the crash").doesNotContain("expired").doesNotContain("Something went wrong");
            assertThat(upstreamOfLastRequest()).as("the sort was answered by the surviving node").isEqualTo("127.0.0.1:" + survivor.port());
        }
    }

    @Test
    @Order(7)
    void aBackupRestoredIntoAFreshMariaDbHasEveryRowAndServesTheSameDocument() throws Exception {
        PayaraNode survivor = nodeA.isAlive() ? nodeA : nodeB;
        // A 20 MB paper (the largest the portal accepts): its row is beyond the MariaDB client's default packet.
        byte[] large = new byte[20 * 1024 * 1024];
        new java.util.Random(20).nextBytes(large);
        long paperId = insertPaper("large-paper.pdf", large);
        org.partnershipportal.testsupport.PortalClient before = new org.partnershipportal.testsupport.PortalClient(survivor.base());
        assertThat(before.signIn("casey.chair", DEMO_PASSWORD).statusCode()).isEqualTo(302);
        byte[] downloadedBefore = before.getBytes("meetings/paper?id=" + paperId).body();
        assertThat(downloadedBefore).as("the paper as served before the backup").isEqualTo(large);
        Map<String, String> live = countsAndChecksums(ownerConnection());

        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        Path work = project.resolve("target/cluster-backup");
        org.partnershipportal.testsupport.Folders.deleteRecursively(work);
        Files.createDirectories(work);
        Path liveOptions = clientOptions(work.resolve("live.cnf"), database.port());
        run(work, List.of("bash", project.resolve("deploy/backup-database.sh").toString(), "-c", liveOptions.toString(), "-d", work.toString(), "-k", "0"));
        Path dump;
        try (var files = Files.list(work)) {
            dump = files.filter(f -> f.getFileName().toString().endsWith(".sql.gz")).findFirst().orElseThrow();
        }

        Path restoredData = project.resolve("target/restored-mariadb");
        org.partnershipportal.testsupport.Folders.deleteRecursively(restoredData);
        try (EmbeddedMariaDb restored = EmbeddedMariaDb.start(FreePort.onLoopback(), EmbeddedMariaDb.defaultBaseDir(), restoredData,
                TestDatabase.OWNER_PASSWORD, TestDatabase.APP_PASSWORD)) {
            // deploy/README.md's restore command, against the fresh server.
            Path restoredOptions = clientOptions(work.resolve("restored.cnf"), restored.port());
            run(work, List.of("bash", "-o", "pipefail", "-c", "gunzip -c '" + dump + "' | mariadb --defaults-extra-file='" + restoredOptions
                    + "' portal"));
            Map<String, String> copy;
            try (Connection db = java.sql.DriverManager.getConnection(restored.jdbcUrl(), EmbeddedMariaDb.OWNER, TestDatabase.OWNER_PASSWORD)) {
                copy = countsAndChecksums(db);
            }
            assertThat(copy).as("every table's row count and CHECKSUM TABLE after the restore").isEqualTo(live);

            try (PayaraNode onRestored = PayaraNode.start("restored-portal", List.of("-Xmx512m", "-XX:+UseSerialGC", "--add-modules=jdk.incubator.vector"), List.of("--nohazelcast"),
                    Map.of("DB_URL", restored.jdbcUrl()))) {
                org.partnershipportal.testsupport.PortalClient after = new org.partnershipportal.testsupport.PortalClient(onRestored.base());
                assertThat(after.signIn("casey.chair", DEMO_PASSWORD).statusCode()).isEqualTo(302);
                byte[] downloadedAfter = after.getBytes("meetings/paper?id=" + paperId).body();
                assertThat(downloadedAfter).as("the paper served by a portal on the restored database is byte-identical").isEqualTo(downloadedBefore);
            }
            System.out.printf(Locale.ROOT, "Cluster: backup %d bytes restored into a fresh MariaDB: %d tables with equal row counts and checksums; "
                    + "a 20 MB paper downloaded before and after is byte-identical%n", Files.size(dump), copy.size());
        }
    }

    static long insertPaper(String fileName, byte[] content) throws Exception {
        try (Connection db = ownerConnection()) {
            long item;
            long board;
            try (PreparedStatement query = db.prepareStatement("SELECT i.id, m.board_id FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id "
                    + "JOIN board b ON b.id = m.board_id WHERE b.name = ? ORDER BY i.id LIMIT 1")) {
                query.setString(1, "Children's Safeguarding Partnership");
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    item = row.getLong(1);
                    board = row.getLong(2);
                }
            }
            String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
            long paper;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO paper (agenda_item_id, board_id, file_name, content_type, size_bytes, "
                    + "sha256, uploaded_by, uploaded_at) VALUES (?, ?, ?, 'application/pdf', ?, ?, 'casey.chair', UTC_TIMESTAMP())",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, item);
                insert.setLong(2, board);
                insert.setString(3, fileName);
                insert.setLong(4, content.length);
                insert.setString(5, sha256);
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    paper = key.getLong(1);
                }
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO paper_content (paper_id, content) VALUES (?, ?)")) {
                insert.setLong(1, paper);
                insert.setBytes(2, content);
                insert.executeUpdate();
            }
            return paper;
        }
    }

    /** Each base table's "rows checksum", read with the schema owner's connection. */
    static Map<String, String> countsAndChecksums(Connection db) throws SQLException {
        Map<String, String> tables = new java.util.TreeMap<>();
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        for (String table : names) {
            try (var statement = db.createStatement()) {
                long count;
                try (ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    row.next();
                    count = row.getLong(1);
                }
                try (ResultSet row = statement.executeQuery("CHECKSUM TABLE `" + table + "`")) {
                    row.next();
                    tables.put(table, count + " rows, checksum " + row.getString(2));
                }
            }
        }
        return tables;
    }

    /** A [client] option file as deploy/backup.cnf.example describes, for the test's schema owner. */
    static Path clientOptions(Path file, int port) throws IOException {
        Files.writeString(file, "[client]\nhost=127.0.0.1\nport=" + port + "\nuser=" + EmbeddedMariaDb.OWNER + "\npassword="
                + TestDatabase.OWNER_PASSWORD + "\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    /** Runs a command with MariaDB's client programs (those of the test's MariaDB) first on the PATH; fails on a non-zero exit. */
    static void run(Path directory, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("PATH", EmbeddedMariaDb.defaultBaseDir().resolve("bin") + ":" + System.getenv("PATH"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
    }

    // ---------------------------------------------------------------- helpers

    /** The owner column of the action log's rows, top to bottom. */
    static List<String> ownersInTheActionLog(Browser browser) {
        browser.waitFor(By.id("actions:table_data"));
        return browser.driver().findElements(By.cssSelector("#actions\\:table_data > tr > td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
    }

    /** From "My boards", the board's workspace. */
    static void openWorkspaceOf(Browser browser, String board) {
        browser.go("boards/index.xhtml");
        browser.waitForText(By.id("myBoards"), board);
        browser.driver().findElement(By.linkText(board)).click();
    }

    static void openFirstMeetingOf(Browser browser, String board) {
        openWorkspaceOf(browser, board);
        browser.waitFor(By.id("meetings")).findElement(By.cssSelector("li a")).click();
        browser.waitFor(By.id("newItem:title"));
    }

    /** The finder builds its index in the background after a node starts: type until it answers at all. */
    static void waitUntilTheFinderAnswers(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).pollingEvery(Duration.ofSeconds(2))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> {
                    WebElement field = driver.findElement(By.id("newItem:title"));
                    field.clear();
                    field.sendKeys("Sharing data on children exploited by gangs between agencies");
                    try {
                        new WebDriverWait(driver, Duration.ofSeconds(2)).until(d -> d.findElement(By.id("newItem:hints")).getText().contains("Already on another board"));
                        return true;
                    } catch (org.openqa.selenium.TimeoutException notYet) {
                        return false;
                    }
                });
    }

    static PayaraNode nodeThatServedTheLastRequest() throws IOException {
        String upstream = upstreamOfLastRequest();
        return upstream.equals("127.0.0.1:" + nodeA.port()) ? nodeA : upstream.equals("127.0.0.1:" + nodeB.port()) ? nodeB : null;
    }

    /** The upstream address of the last proxied request in nginx's access log ("127.0.0.1:PORT"). */
    static String upstreamOfLastRequest() throws IOException {
        List<String> lines = Files.readAllLines(edge.accessLog());
        for (int i = lines.size() - 1; i >= 0; i--) {
            String upstream = upstreamOf(lines.get(i));
            if (upstream != null) {
                return upstream;
            }
        }
        throw new AssertionError("nginx logged no proxied request");
    }

    /** The node that answered one logged request ("127.0.0.1:PORT"), or null if nginx answered it itself. */
    static String upstreamOf(String accessLogLine) {
        java.util.regex.Matcher upstream = java.util.regex.Pattern.compile("upstream=(.+?) upstream_status=").matcher(accessLogLine);
        if (!upstream.find() || upstream.group(1).equals("-")) {
            return null;
        }
        // After a failed try nginx lists both: "127.0.0.1:1, 127.0.0.1:2"; the last one answered.
        String[] tried = upstream.group(1).split(",\\s*");
        return tried[tried.length - 1];
    }

    /** A dataset held by the person's own agency (a data lead may edit only those). */
    static long datasetHeldBy(String username) throws SQLException {
        try (Connection db = ownerConnection();
             PreparedStatement query = db.prepareStatement("SELECT MIN(d.id) FROM dataset d JOIN user_account u ON u.agency_id = d.agency_id "
                     + "WHERE u.username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    static Connection ownerConnection() throws SQLException {
        return java.sql.DriverManager.getConnection(database.jdbcUrl(), EmbeddedMariaDb.OWNER, TestDatabase.OWNER_PASSWORD);
    }

    static List<String> titlesInDatabase(String pattern) throws SQLException {
        try (Connection db = ownerConnection();
             PreparedStatement query = db.prepareStatement("SELECT title FROM agenda_item WHERE title LIKE ?")) {
            query.setString(1, pattern);
            List<String> titles = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    titles.add(rows.getString(1));
                }
            }
            return titles;
        }
    }

    static String waitForBody(PayaraNode node, String path, java.util.function.Predicate<String> wanted, Duration patience)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + patience.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = http.send(HttpRequest.newBuilder(URI.create(node.base() + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
            if (wanted.test(body)) {
                return body;
            }
            Thread.sleep(500);
        }
        return body;
    }

    static void waitForLogLines(PayaraNode node, String text, int times, Duration patience) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(node.log()).split(java.util.regex.Pattern.quote(text), -1).length - 1 >= times) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(node.log() + " did not log \"" + text + "\" " + times + " times within " + patience);
    }

    /** Local addresses of listening TCP sockets on ports in [from, to], from the kernel's tables. */
    static List<String> listeningSockets(int from, int to) throws IOException {
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                String[] local = fields[1].split(":");
                int port = Integer.parseInt(local[1], 16);
                if ("0A".equals(fields[3]) && port >= from && port <= to) {
                    addresses.add(address(local[0]) + ":" + port);
                }
            }
        }
        return addresses;
    }

    /** A kernel table's hex address as text: 0100007F is 127.0.0.1; IPv6 any is "::", v4-mapped loopback is shown as 127.0.0.1. */
    static String address(String hex) {
        if (hex.length() == 8) {
            long value = Long.parseLong(hex, 16);
            return (value & 0xff) + "." + ((value >> 8) & 0xff) + "." + ((value >> 16) & 0xff) + "." + ((value >> 24) & 0xff);
        }
        if (hex.equals("0000000000000000FFFF00000100007F")) {
            return "127.0.0.1";
        }
        return hex.chars().allMatch(c -> c == '0') ? "::" : "[" + hex + "]";
    }
}
