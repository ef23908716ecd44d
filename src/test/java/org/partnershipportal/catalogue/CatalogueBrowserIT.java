package org.partnershipportal.catalogue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.AxeCore;
import org.partnershipportal.testsupport.Browser;
import org.partnershipportal.testsupport.LongText;
import org.partnershipportal.testsupport.Mailbox;
import org.partnershipportal.testsupport.RequestSteps;
import org.partnershipportal.testsupport.TestDatabase;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/** The data catalogue in a real Chromium, on the demo partnership: each role's path, and what must be refused. */
@UsesDemoPartnership
class CatalogueBrowserIT {

    static final String CAMHS_ASK = "How long do children wait for CAMHS after an exploitation concern is raised?";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.mail.port", 33025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    /** The portal shared by every outside-in test of the run (one server start, not one per class). */
    final URL base = SharedPortal.base();

    /**
     * An agency nobody answers requests for (no data lead in the portal): the form says so beside it, and a request sent
     * to it says nobody there has been told, instead of "sent to the data leads".
     */
    @Test
    void aRequestToAnAgencyWithNoDataLeadIsMarkedOnTheFormAndTheRequesterIsToldNobodyThereKnows() throws Exception {
        String run = Long.toString(System.currentTimeMillis() % 1_679_616L, 36).toUpperCase(java.util.Locale.ROOT);
        String name = "Harbour Youth Trust " + run;
        String shortName = "HYT" + run;
        try (Connection db = TestDatabase.connectAsOwner();
             PreparedStatement insert = db.prepareStatement("INSERT INTO agency (name, short_name, kind) VALUES (?, ?, 'CHARITY')")) {
            insert.setString(1, name);
            insert.setString(2, shortName);
            insert.executeUpdate();
        }
        try (Browser blake = Browser.open(base)) {
            blake.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            RequestSteps.openNewRequest(blake, CAMHS_ASK);
            // a checkbox menu keeps one hidden checkbox and label per choice
            org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) blake.driver();
            @SuppressWarnings("unchecked")
            List<String> agencies = (List<String>) js.executeScript("return Array.from(document.querySelectorAll(\"input[name='requestForm:agencySelection']\"))"
                    + ".map(function (i) { var l = document.querySelector(\"label[for='\" + i.id + \"']\"); return l ? l.textContent : ''; });");
            assertThat(agencies).contains(name + " (no data lead in the portal yet)")
                    .anyMatch(label -> !label.isBlank() && !label.contains("no data lead"));
            // the dataset it maps is held by an agency with a data lead (dana.datalead's): no such words beside it
            assertThat(blake.driver().findElement(By.id("requestForm:datasetSelection")).getText())
                    .contains("CAMHS referrals and waiting times").doesNotContain("no data lead");

            // ask the new agency only: the mapped dataset unticked, the agency chosen
            js.executeScript("document.querySelectorAll(\"input[name='requestForm:datasetSelection']\").forEach(function (i) { i.checked = false; });");
            String choice = name + " (no data lead in the portal yet)";
            blake.click("requestForm:agencySelection");
            WebElement item = blake.waitUpTo(10).until(d -> d.findElements(By.cssSelector("#requestForm\\:agencySelection_panel li.ui-selectcheckboxmenu-item"))
                    .stream().filter(li -> li.isDisplayed() && li.getText().strip().equals(choice)).findFirst().orElse(null));
            item.findElement(By.cssSelector(".ui-chkbox-box")).click();
            blake.waitUpTo(10).until(d -> d.findElement(By.id("requestForm:agencySelection")).getText().contains(choice));
            blake.driver().findElement(By.tagName("h1")).click(); // closes the menu
            blake.type("requestForm:whatNeeded", "Referrals to the trust's youth work after an exploitation concern, by month.");
            blake.type("requestForm:whyNeeded", "To see whether children are offered youth work after a concern is raised.");
            blake.setValue("requestForm:neededBy", LocalDate.now().plusDays(21).toString());
            blake.click("requestForm:submit");
            blake.waitForText(By.id("requestStatus"), "Submitted");
            assertThat(blake.text()).contains("Request sent to " + shortName + ". " + shortName
                    + " has no data lead in the portal yet, so nobody there has been told: ask an administrator to give the agency one")
                    .doesNotContain("sent to the data leads of " + shortName);
            blake.screenshot("data-request-agency-without-data-lead");
        }
    }

    @Test
    void aDataLeadAnswersARequestTheRequesterSeesTheAnswerAndAnotherBoardsMemberIsRefused() throws Exception {
        String requestPath;
        try (Browser blake = Browser.open(base)) {
            blake.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            RequestSteps.openNewRequest(blake, CAMHS_ASK);
            assertThat(blake.driver().findElement(By.id("requestForm:datasetSelection")).getText()).contains("CAMHS referrals and waiting times");

            blake.type("requestForm:whatNeeded", "Weeks to first CAMHS appointment after an exploitation concern, by quarter.");
            blake.type("requestForm:whyNeeded", "For the partnership's deep dive on help for exploited children.");
            blake.setValue("requestForm:neededBy", LocalDate.now().minusDays(3).toString());
            blake.click("requestForm:submit");
            blake.waitForText(By.id("requestForm"), "The date you need it by must be in the future");
            blake.screenshot("data-request-bad-input");

            blake.setValue("requestForm:neededBy", LocalDate.now().plusDays(21).toString());
            blake.click("requestForm:submit");
            blake.waitForText(By.id("requestStatus"), "Submitted");
            assertThat(blake.text()).contains("Request sent to the data leads of KICB");
            requestPath = blake.currentPath().substring(1);
            assertThat(requestPath).startsWith("catalogue/request.xhtml?id=");
        }
        MimeMessage toDataLead = Mailbox.of(MAIL).await(m -> Mailbox.to(m, "dana.datalead") && Mailbox.subject(m).startsWith("New data request"));
        assertThat(GreenMailUtil.getBody(toDataLead)).contains("Weeks to first CAMHS appointment").contains(requestPath);

        try (Browser dana = Browser.open(base)) {
            dana.signInOverHttp("dana.datalead", DEMO_PASSWORD);
            dana.go("catalogue/requests.xhtml");
            dana.waitForText(By.id("requests:table"), "Weeks to first CAMHS appointment after an exploitation concern");
            dana.screenshot("data-request-queue");
            dana.go(requestPath);
            RequestSteps.acceptAndStart(dana);

            dana.click("answerForm:sendAnswer");
            dana.waitForText(By.id("answerForm"), "Write the answer");
            dana.type("answerForm:answerText", "Median 14 weeks (range 3 to 31) for the 42 children referred with an exploitation concern.");
            dana.click("answerForm:sendAnswer");
            dana.waitForText(By.id("answerForm"), "Attach the data as a file, or give the https link");
            java.nio.file.Path renamed = java.nio.file.Files.createTempFile("counts", ".pdf");
            java.nio.file.Files.write(renamed, "MZ\u0090 not really a PDF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            dana.attach("answerForm", renamed);
            dana.click("answerForm:sendAnswer");
            dana.waitForText(By.id("answerForm"), "Attach a real PDF, Word (.docx) or Excel (.xlsx) file");
            assertThat(dana.textOf("requestStatus")).contains("In progress");
            dana.type("answerForm:answerText", "Median 14 weeks (range 3 to 31) for the 42 children referred with an exploitation concern.");
            dana.type("answerForm:answerLink", "javascript:alert(1)");
            dana.click("answerForm:sendAnswer");
            dana.waitForText(By.id("answerForm"), "Give a full https:// link");
            dana.type("answerForm:answerLink", "https://reports.kestrel-vale.example/camhs-exploitation");
            dana.clickCss("label[for='answerForm:sharesPersonal:1']");
            dana.click("answerForm:sendAnswer");
            dana.waitForText(By.id("answerForm"), "CAMHS referrals and waiting times is catalogued as anonymised, not personal data.");
            assertThat(dana.textOf("requestStatus")).contains("In progress");
            dana.clickCss("label[for='answerForm:sharesPersonal:0']");
            java.nio.file.Path tables = java.nio.file.Files.createTempFile("camhs-waiting-tables", ".pdf");
            org.partnershipportal.testsupport.TestFiles.writePdf(tables, "CAMHS waiting times by quarter.");
            dana.attach("answerForm", tables);
            dana.click("answerForm:sendAnswer");
            dana.waitForText(By.id("requestStatus"), "Answered");
            assertThat(dana.textOf("answerText")).contains("Median 14 weeks");
            assertThat(dana.driver().findElements(By.id("answerForm:sendAnswer"))).as("no second answer").isEmpty();
            dana.screenshot("data-request-answered");
            assertThat(dana.consoleErrors()).isEmpty();
        }
        MimeMessage toRequester = Mailbox.of(MAIL).await(m -> Mailbox.to(m, "blake.boardmember") && Mailbox.subject(m).startsWith("Data request answered"));
        assertThat(GreenMailUtil.getBody(toRequester)).contains("Median 14 weeks");

        try (Browser blake = Browser.open(base)) {
            blake.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            blake.go(requestPath);
            blake.waitForText(By.id("answer"), "Median 14 weeks");
            assertThat(blake.driver().findElement(By.id("answerLink")).getAttribute("href")).isEqualTo("https://reports.kestrel-vale.example/camhs-exploitation");
            // The link and the file are two things, one under the other, never run together.
            org.openqa.selenium.WebElement link = blake.driver().findElement(By.id("answerLink"));
            org.openqa.selenium.WebElement file = blake.driver().findElement(By.id("answerFile"));
            assertThat(file.getText()).contains("camhs-waiting-tables").doesNotContain("reports.kestrel-vale.example");
            assertThat(link.getText()).doesNotContain("camhs-waiting-tables");
            assertThat(file.getRect().getY()).as("file below the link").isGreaterThanOrEqualTo(link.getRect().getY() + link.getRect().getHeight());
            String firstChoice = blake.driver().findElements(By.cssSelector("#citeForm\\:citation_input option")).get(1).getText();
            blake.choose("citeForm:citation", firstChoice);
            blake.click("citeForm:cite");
            blake.waitForText(By.id("citations"), firstChoice.substring(firstChoice.lastIndexOf(": ") + 2));

            blake.go("catalogue/index.xhtml");
            blake.type("search:text", "CAMHS waiting");
            blake.click("search:find");
            // The search answers by ajax, replacing the list: a link clicked before that may be the old list's.
            blake.waitForAjaxToSettle();
            blake.clickLink("CAMHS referrals and waiting times");
            blake.waitForText(By.id("use"), "Weeks to first CAMHS appointment after an exploitation concern");
            assertThat(blake.textOf("use")).contains("Cited:");
            blake.screenshot("dataset-where-used");
        }

        try (Browser morgan = Browser.open(base)) {
            morgan.signInOverHttp("morgan.member", DEMO_PASSWORD);
            morgan.go(requestPath);
            morgan.waitForText(By.tagName("body"), "restricted");
            assertThat(morgan.text()).doesNotContain("Median 14 weeks").doesNotContain("Weeks to first CAMHS appointment");
            morgan.go("catalogue/requests.xhtml?scope=my_boards");
            morgan.waitFor(By.id("requests:table"));
            assertThat(morgan.textOf("requests:table")).doesNotContain("Weeks to first CAMHS appointment");
            // Every request is for those who may see every one: asked for anyway, Morgan gets his own list.
            assertThat(morgan.driver().findElements(By.id("scopeAll"))).isEmpty();
            morgan.go("catalogue/requests.xhtml?scope=all");
            morgan.waitFor(By.id("requests:table"));
            assertThat(morgan.textOf("scopeMine")).isEqualTo("Raised by me");
            assertThat(morgan.driver().findElement(By.id("scopeMine")).getAttribute("class")).contains("current");
            assertThat(morgan.textOf("requests:table")).doesNotContain("Weeks to first CAMHS appointment");
        }

        // The administrator sits on no board and raised nothing: they start on every request ("Raised by me" was empty,
        // and every request sat under "My boards' requests").
        try (Browser admin = Browser.open(base)) {
            admin.signInOverHttp("avery.admin", DEMO_PASSWORD);
            admin.go("catalogue/requests.xhtml");
            admin.waitFor(By.id("requests:table"));
            assertThat(admin.driver().findElement(By.id("scopeAll")).getAttribute("class")).contains("current");
            assertThat(admin.driver().findElements(By.id("scopeBoards"))).as("no 'my boards' for someone on none").isEmpty();
            assertThat(admin.driver().findElements(By.cssSelector("#requests\\:table a[href*='request.xhtml?id=']"))).isNotEmpty();
        }
    }

    /**
     * A note to the requester over the 2,000 characters a timeline entry holds is refused whole, with the reason
     * beside it, never cut short to fit (the browser used to drop the rest as it was typed); one that fits is kept whole.
     */
    @Test
    void aNoteOverItsLimitIsRefusedNotCutShortAndOneThatFitsIsKeptWhole() throws Exception {
        String requestPath = RequestSteps.raise(base, "blake.boardmember", CAMHS_ASK,
                "Children referred to CAMHS after an exploitation concern, by month of referral.",
                "To see whether waits grow after the summer holidays.");
        String fits = noteOfLength(DataRequestEntry.BODY_MAX);
        String tooLong = fits + "!";
        try (Browser dana = Browser.open(base)) {
            dana.signInOverHttp("dana.datalead", DEMO_PASSWORD);
            dana.go(requestPath);
            dana.type("workflow:note", tooLong);
            dana.click("workflow:accept");
            dana.waitForText(By.xpath("//*[@id='workflow:note']/ancestor::div[contains(@class,'field')][1]"), "Use at most 2000 characters");

            // Opened afresh, as the requester would see it: still waiting, and nothing of the note in the timeline.
            dana.go(requestPath);
            dana.waitForText(By.id("requestStatus"), "Submitted");
            assertThat(dana.textOf("timeline")).doesNotContain(fits.substring(0, 60));

            dana.type("workflow:note", fits);
            dana.click("workflow:accept");
            dana.waitForText(By.id("requestStatus"), "Accepted");
            dana.go(requestPath);
            dana.waitForText(By.id("requestStatus"), "Accepted");
            assertThat(dana.textOf("timeline")).contains(fits).as("who wrote it, named as pages name people")
                    .contains("Dana Datalead (KICB)").doesNotContain("dana.datalead");
        }
    }

    /**
     * A decline's detail over the 1,000 characters its column holds is refused whole, with its own limit beside it
     * (the field used to cut it short as it was typed), and the request is not declined; one that fits is kept whole.
     */
    @Test
    void aDeclineDetailOverItsLimitIsRefusedNotCutShortAndOneThatFitsIsKeptWhole() throws Exception {
        String requestPath = RequestSteps.raise(base, "blake.boardmember", CAMHS_ASK,
                "Children seen by CAMHS within four weeks of an exploitation concern, by the agency that raised it.",
                "To compare how quickly each agency's referrals are seen.");
        String fits = LongText.ofLength("Referrals are not recorded by the agency that raised the concern; the MASH holds that.",
                DataRequest.DECLINE_DETAIL_MAX);
        String tooLong = fits + "!";
        try (Browser dana = Browser.open(base)) {
            dana.signInOverHttp("dana.datalead", DEMO_PASSWORD);
            dana.go(requestPath);
            declineWithDetail(dana, tooLong);
            dana.waitForText(By.xpath("//*[@id='declineForm:declineDetail']/ancestor::div[contains(@class,'field')][1]"), "Use at most 1000 characters");

            // Opened afresh, as the requester would see it: still waiting, and nothing of the detail on the page.
            dana.go(requestPath);
            dana.waitForText(By.id("requestStatus"), "Submitted");
            assertThat(dana.text()).doesNotContain(fits.substring(0, 60));

            declineWithDetail(dana, fits);
            dana.waitForText(By.id("requestStatus"), "Declined");
            dana.go(requestPath);
            dana.waitForText(By.id("requestStatus"), "Declined");
            assertThat(dana.textOf("declined")).contains(fits);
        }
    }

    static final String KNIFE_ASK = "How many young people are involved in knife crime, as victims and suspects, by ward?";

    /**
     * An ask whose data two agencies hold (police recorded crime, health's emergency attendances) is raised as one request to
     * each: the police declining theirs leaves health's open for health to accept, and the requester sees each agency's own
     * status. Each data lead is mailed their own request; health's data lead sees the police's decline but cannot open it.
     */
    @Test
    void aRequestToTwoAgenciesIsOneForEachSoOneAgencysDeclineLeavesTheOtherToAnswer() throws Exception {
        // Written as people paste it from a document: curly apostrophes, an en dash, a name with a circumflex.
        String needed = "Young people injured with a knife or charged with knife offences – victims’ and suspects’ wards, as Siân’s team asked ("
                + System.nanoTime() + ").";
        String healthPath;
        String policePath;
        try (Browser blake = Browser.open(base)) {
            blake.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            fillTheKnifeCrimeRequest(blake, needed, LocalDate.now().plusDays(7));
            // For the board's last planned meeting on the list, named on the request by its date.
            List<String> meetings = blake.optionsOf("requestForm:meetingId");
            String meeting = meetings.get(meetings.size() - 1);
            blake.choose("requestForm:meetingId", meeting);
            String meetingDay = meeting.substring(meeting.lastIndexOf('(') + 1, meeting.length() - 1);
            blake.click("requestForm:submit");
            blake.waitForText(By.id("requestStatus"), "Submitted");
            assertThat(blake.text()).contains("Sent as 2 requests, one to each agency (KICB, KSP)");
            assertThat(blake.textOf("askedOf")).isEqualTo("KICB");
            assertThat(blake.textOf("alsoAskedOf")).isEqualTo("KSP Submitted");
            assertThat(blake.textOf("requestFor")).endsWith(", meeting on " + meetingDay);
            healthPath = blake.currentPath().substring(1);
            WebElement toPolice = blake.driver().findElement(By.cssSelector("#alsoAskedOf a"));
            assertThat(toPolice.getText()).isEqualTo("KSP");
            toPolice.click();
            blake.waitForText(By.id("askedOf"), "KSP");
            policePath = blake.currentPath().substring(1);
            assertThat(policePath).isNotEqualTo(healthPath);
            assertThat(blake.textOf("whatNeeded")).isEqualTo(needed);
        }
        MimeMessage toHealth = Mailbox.of(MAIL).await(m -> Mailbox.to(m, "dana.datalead") && Mailbox.textOf(m).contains(needed));
        assertThat(Mailbox.textOf(toHealth)).contains(healthPath).doesNotContain(policePath);
        MimeMessage toPolice = Mailbox.of(MAIL).await(m -> Mailbox.to(m, "pat.policedata") && Mailbox.textOf(m).contains(needed));
        assertThat(Mailbox.textOf(toPolice)).contains(policePath).doesNotContain(healthPath);

        try (Browser dana = Browser.open(base)) {
            dana.signInOverHttp("dana.datalead", DEMO_PASSWORD);
            dana.go(healthPath);
            List<String> destinations = dana.optionsOf("transferForm:transferTo");
            assertThat(destinations).as("health may pass its request on, but not to the police, who have their own").anyMatch(o -> o.startsWith("KVC:"))
                    .noneMatch(o -> o.startsWith("KSP:"));
        }
        try (Browser pat = Browser.open(base)) {
            pat.signInOverHttp("pat.policedata", DEMO_PASSWORD);
            pat.go(policePath);
            pat.choose("declineForm:declineReason", "The agency does not hold this data");
            pat.type("declineForm:declineDetail", "Injuries without a crime report are health's to count; our offences go in our own return.");
            pat.click("declineForm:decline");
            pat.waitForText(By.id("requestStatus"), "Declined");
        }
        try (Browser dana = Browser.open(base)) {
            dana.signInOverHttp("dana.datalead", DEMO_PASSWORD);
            dana.go(healthPath);
            dana.waitForText(By.id("requestStatus"), "Submitted");
            assertThat(dana.textOf("alsoAskedOf")).isEqualTo("KSP Declined");
            assertThat(dana.driver().findElements(By.cssSelector("#alsoAskedOf a"))).as("the police's request is not the health data lead's to open").isEmpty();
            assertThat(dana.optionsOf("transferForm:transferTo"))
                    .as("nor, now the police have declined theirs, a destination for health's").anyMatch(o -> o.startsWith("KVC:"))
                    .noneMatch(o -> o.startsWith("KSP:"));
            dana.click("workflow:accept");
            dana.waitForText(By.id("requestStatus"), "Accepted");
            dana.screenshot("data-request-raised-to-two-agencies");
        }
        try (Browser blake = Browser.open(base)) {
            blake.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            blake.go(policePath);
            blake.waitForText(By.id("requestStatus"), "Declined");
            assertThat(blake.textOf("alsoAskedOf")).isEqualTo("KICB Accepted");
            assertThat(blake.textOf("declined")).contains("Injuries without a crime report are health's to count");
        }
    }

    /**
     * Health's and the police's data leads each pass their part of one request, raised together, to the same third agency
     * at the same moment: only one part goes there, and the other data lead is told that agency now has a part of its own
     * in the group, with their request left as it was. To have both transfers in flight at once, the test holds the
     * group's first request in MariaDB, as a transfer in progress does: both must wait for the group (without the turn
     * taking, the police's transfer went straight through while health's waited), and once the group is let go one passes
     * and the other is refused.
     */
    @Test
    void twoDataLeadsPassingPartsOfOneRequestToTheSameAgencyAtOnceCannotBothSendIt() throws Exception {
        String needed = "Knife injuries and knife offences by ward, for two transfers at once (" + System.nanoTime() + ").";
        String healthPath;
        String policePath;
        try (Browser blake = Browser.open(base)) {
            blake.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            fillTheKnifeCrimeRequest(blake, needed, LocalDate.now().plusDays(21));
            blake.click("requestForm:submit");
            blake.waitForText(By.id("askedOf"), "KICB");
            healthPath = blake.currentPath().substring(1);
            blake.clickCss("#alsoAskedOf a");
            blake.waitForText(By.id("askedOf"), "KSP");
            policePath = blake.currentPath().substring(1);
        }
        long healthId = requestIdIn(healthPath);
        long policeId = requestIdIn(policePath);
        try (Browser dana = Browser.open(base); Browser pat = Browser.open(base);
             Connection holder = TestDatabase.connectAsOwner(); Connection watcher = TestDatabase.connectAsOwner()) {
            for (Browser lead : List.of(dana.signInOverHttp("dana.datalead", DEMO_PASSWORD), pat.signInOverHttp("pat.policedata", DEMO_PASSWORD))) {
                lead.go(lead == dana ? healthPath : policePath);
                lead.choose("transferForm:transferTo", optionStartingWith(lead, "transferForm:transferTo", "KVC:"));
                lead.type("transferForm:transferReason", "The council's return home interviews record where children were hurt.");
            }
            holder.setAutoCommit(false);
            try (PreparedStatement hold = holder.prepareStatement("SELECT id FROM data_request WHERE id = ? FOR UPDATE")) {
                hold.setLong(1, healthId);
                hold.executeQuery().close();
            }
            dana.click("transferForm:transfer");
            pat.click("transferForm:transfer");
            // Each transfer is either waiting for the group or has committed.
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            long waiting = 0;
            long committed = 0;
            while (waiting + committed < 2 && System.nanoTime() < deadline) {
                // A statement on the requests running for more than 200 ms is waiting for the lock (InnoDB's own list of
                // transactions, information_schema.INNODB_TRX, left out one of two such waiters on this machine).
                waiting = count(watcher, "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE command = 'Query' AND time_ms > 200"
                        + " AND info LIKE '%data_request%' AND id <> CONNECTION_ID()");
                committed = count(watcher, "SELECT COUNT(*) FROM data_request_transfer WHERE request_id IN (" + healthId + ", " + policeId + ")");
                Thread.sleep(25);
            }
            assertThat(waiting).as("transfers waiting for the group while it is held (%d committed meanwhile); the database's connections: %s",
                    committed, connections(watcher)).isEqualTo(2);
            holder.commit();

            for (Browser lead : List.of(dana, pat)) {
                lead.waitUpTo(20).until(d -> lead.textOf("timeline").contains("to KVC") || lead.text().contains("KVC was asked for this data"));
            }
            Browser sent = dana.textOf("timeline").contains("to KVC") ? dana : pat;
            Browser refused = sent == dana ? pat : dana;
            assertThat(refused.text()).contains("KVC was asked for this data in a request of its own, raised with this one; decline yours instead, saying so");
            assertThat(refused.textOf("timeline")).doesNotContain("Transferred");
            assertThat(refused.textOf("askedOf")).isEqualTo(refused == dana ? "KICB" : "KSP");
            assertThat(count(watcher, "SELECT COUNT(*) FROM data_request_transfer WHERE request_id IN (" + healthId + ", " + policeId + ")"))
                    .as("transfers recorded").isEqualTo(1);
            assertThat(count(watcher, "SELECT COUNT(*) FROM data_request_agency ra JOIN agency a ON a.id = ra.agency_id"
                    + " WHERE ra.request_id IN (" + healthId + ", " + policeId + ") AND a.short_name = 'KVC'")).as("parts with KVC").isEqualTo(1);
        }
    }

    /** What each connection to the test database is doing, for a failure's message. */
    private static List<String> connections(Connection db) throws SQLException {
        List<String> found = new java.util.ArrayList<>();
        try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(
                "SELECT p.user, p.command, p.state, p.info, t.trx_state FROM information_schema.PROCESSLIST p"
                        + " LEFT JOIN information_schema.INNODB_TRX t ON t.trx_mysql_thread_id = p.id WHERE p.id <> CONNECTION_ID()")) {
            while (rows.next()) {
                found.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " [" + rows.getString(4) + "] " + rows.getString(5));
            }
        }
        return found;
    }

    /** As the signed-in board member: the form for a new request on the knife crime ask (police and health data), filled in, not sent. */
    private static void fillTheKnifeCrimeRequest(Browser member, String needed, LocalDate neededBy) {
        RequestSteps.openNewRequest(member, KNIFE_ASK);
        member.type("requestForm:whatNeeded", needed);
        member.type("requestForm:whyNeeded", "For the community safety partnership's knife crime problem profile.");
        member.setValue("requestForm:neededBy", neededBy.toString());
    }

    private static long requestIdIn(String path) {
        return Long.parseLong(path.substring(path.indexOf("id=") + 3).replaceAll("[^0-9].*", ""));
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement query = db.createStatement(); ResultSet row = query.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Declines the open request for "another reason", with this detail. */
    private static void declineWithDetail(Browser dataLead, String detail) {
        dataLead.choose("declineForm:declineReason", "Another reason (see the detail)");
        dataLead.type("declineForm:declineDetail", detail);
        dataLead.click("declineForm:decline");
    }

    /** A note of exactly this many characters, made of words, as a person would write it. */
    private static String noteOfLength(int length) {
        return LongText.ofLength("We hold referral dates and first appointments; waits by month follow within two weeks.", length);
    }

    @Test
    void aDeclinedRequestShowsItsReasonAndAStalePageCannotMoveARequestTwice() throws Exception {
        try (Browser sam = Browser.open(base)) {
            sam.signInOverHttp("sam.support", DEMO_PASSWORD);
            RequestSteps.openFromList(sam, "raised_by_me", "Names and links of adults suspected of exploiting children, for the subgroup's problem profile.");
            sam.waitForText(By.id("declined"), "No lawful basis to share this data");
            assertThat(sam.textOf("declined")).contains("Named suspects are shared case by case at MACE");
            sam.screenshot("data-request-declined");
        }
        try (Browser first = Browser.open(base); Browser second = Browser.open(base)) {
            first.signInOverHttp("pat.policedata", DEMO_PASSWORD);
            second.signInOverHttp("pat.policedata", DEMO_PASSWORD);
            first.go("catalogue/requests.xhtml");
            String overdueRequest = "The ten places children were most often found after missing episodes, last 12 months.";
            first.waitForText(By.id("requests:table"), overdueRequest);
            String inTheQueue = first.driver().findElement(By.xpath("//tr[.//a[normalize-space()='" + overdueRequest + "']]//span[contains(@class,'request-status')]")).getText();
            first.clickLink(overdueRequest);
            first.waitForText(By.id("requestStatus"), "In progress · past the date needed");
            assertThat(inTheQueue).as("the status in the queue and on the request's page").isEqualTo(first.textOf("requestStatus"));
            String path = first.currentPath().substring(1);
            second.go(path);
            second.waitFor(By.id("declineForm:decline"));

            first.choose("declineForm:declineReason", "The agency does not hold this data");
            first.type("declineForm:declineDetail", "Found locations are the council's return home interviews, not ours.");
            first.click("declineForm:decline");
            first.waitForText(By.id("requestStatus"), "Declined");

            second.choose("declineForm:declineReason", "Another reason (see the detail)");
            second.type("declineForm:declineDetail", "Second try from a stale page");
            second.click("declineForm:decline");
            second.waitForText(By.tagName("body"), "This request changed while you were looking at it");
            second.waitForText(By.id("declined"), "The agency does not hold this data");
            assertThat(second.text()).doesNotContain("Second try from a stale page");
        }
    }

    @Test
    void aDataLeadDescribesTheirDatasetAndAPersonalDatasetWithoutALawfulBasisIsRefused() throws Exception {
        try (Browser dana = Browser.open(base)) {
            dana.signInOverHttp("dana.datalead", DEMO_PASSWORD);
            dana.go("catalogue/index.xhtml");
            dana.waitFor(By.id("addDataset")).click();
            dana.type("datasetForm:name", "School nursing safeguarding contacts");
            dana.type("datasetForm:description", "Contacts by school nurses where a safeguarding concern was raised, by school and month.");
            dana.type("datasetForm:systemName", "SystmOne");
            dana.clickCss("#datasetForm\\:subjectSelection .ui-chkbox-box");
            dana.choose("datasetForm:granularity", "Individual level");
            dana.choose("datasetForm:updateFrequency", "Monthly");
            dana.choose("datasetForm:classification", "Personal");
            dana.click("datasetForm:save");
            dana.waitForText(By.id("datasetForm"), "Personal data needs its lawful basis for sharing");
            dana.screenshot("dataset-missing-lawful-basis");

            dana.choose("datasetForm:article6Basis", "6(1)(e) Public task");
            dana.click("datasetForm:save");
            dana.waitForText(By.id("datasetFacts"), "Kestrel Vale Integrated Care Board");
            assertThat(dana.textOf("legalBasis")).contains("6(1)(e) Public task");
            assertThat(dana.text()).contains("never been reviewed");

            dana.click("editForm:edit");
            dana.type("datasetForm:qualityIssues", "Contacts in academies are not recorded.");
            dana.setValue("datasetForm:lastReviewedOn", LocalDate.now().toString());
            dana.click("datasetForm:save");
            dana.waitForText(By.id("qualityIssues"), "Contacts in academies are not recorded.");
            assertThat(dana.textOf("history")).contains("Known quality issues").contains("Dana Datalead (KICB)");
            assertThat(dana.driver().findElements(By.id("reviewOverdue"))).isEmpty();
            dana.screenshot("dataset-page");
            dana.go(dana.currentPath().substring(1));
            dana.waitFor(By.id("datasetFacts"));
            assertThat(AxeCore.seriousViolations(dana.driver())).as("axe on a dataset page").isEmpty();

            dana.go("catalogue/index.xhtml");
            dana.type("search:text", "missing episodes");
            dana.click("search:find");
            // The glossary's "Missing" has "missing episode" as a synonym: the police's missing person reports are found too.
            dana.waitForText(By.id("search:datasets"), "Missing person reports (under 18)");
            assertThat(dana.textOf("search:datasets")).contains("Return home interviews");
            dana.clickLink("Return home interviews");
            dana.waitFor(By.id("readOnly"));
            assertThat(dana.textOf("readOnly")).contains("Only KVC's data lead or a partnership administrator");
            assertThat(dana.driver().findElements(By.id("editForm:edit"))).isEmpty();

            // Two words of a term's name find the term in any form: the police's flags dataset says "CSE", never
            // "sexual exploitation".
            dana.go("catalogue/index.xhtml");
            String everyDataset = dana.textOf("resultsHeading");
            dana.type("search:text", "sexual exploitation");
            dana.click("search:find");
            dana.waitForAjaxToSettle();
            assertThat(dana.textOf("resultsHeading")).as("the search has answered").isNotEqualTo(everyDataset);
            assertThat(dana.textOf("search:datasets")).contains("Children flagged for exploitation (police)");
            assertThat(dana.consoleErrors()).isEmpty();
        }
    }

    /**
     * The catalogue's search reads the glossary once per request (glossary.SearchFormsThisRequest): a way of writing a
     * term that an administrator adds finds that term's datasets from the next search on, as it did before.
     */
    @Test
    void aSynonymAnAdministratorAddsToTheGlossaryWidensTheNextCatalogueSearch() throws Exception {
        String word = "kestrelwatch" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        try (Browser casey = Browser.open(base); Browser admin = Browser.open(base)) {
            casey.signInOverHttp("casey.chair", DEMO_PASSWORD);
            casey.go("catalogue/index.xhtml");
            casey.type("search:text", word);
            casey.click("search:find");
            // the whole heading: "20 datasets" holds "0 datasets" too
            casey.waitUpTo(20).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("resultsHeading")).getText().strip().equals("0 datasets"));

            admin.signInOverHttp("avery.admin", DEMO_PASSWORD);
            admin.go("glossary/index.xhtml");
            admin.type("search:text", "missing");
            admin.click("search:find");
            // again if the search's answer replaces the list between finding the link and following it
            admin.clickLink("Missing");
            admin.waitFor(By.id("termForm:synonyms"));
            String termPage = admin.currentPath().substring(1);
            String synonyms = admin.driver().findElement(By.id("termForm:synonyms")).getAttribute("value");
            assertThat(synonyms).as("the demo term's ways of writing it").contains("missing episode").doesNotContain(word);
            try {
                admin.type("termForm:synonyms", synonyms + "; " + word);
                admin.click("termForm:save");
                admin.waitForText(By.cssSelector("dl.facts"), word);

                // A new request: the search reads the glossary as it is now.
                casey.type("search:text", word);
                casey.click("search:find");
                casey.waitForText(By.id("search:datasets"), "Missing person reports (under 18)");
                assertThat(casey.textOf("resultsHeading")).isNotEqualTo("0 datasets");
            } finally {
                // the term as it was, for the tests that read the demo glossary after this one
                admin.go(termPage);
                admin.type("termForm:synonyms", synonyms);
                admin.click("termForm:save");
                admin.waitForTextGone(By.cssSelector("dl.facts"), word);
            }
        }
    }

    @Test
    void searchFacetsAndTheGapViewShowWhatThePartnershipCannotAnswer() throws Exception {
        try (Browser casey = Browser.open(base)) {
            casey.signInOverHttp("casey.chair", DEMO_PASSWORD);
            casey.go("catalogue/index.xhtml");
            casey.waitFor(By.id("search:datasets"));
            String all = casey.textOf("resultsHeading");
            casey.chooseAndApply("search:agency", optionStartingWith(casey, "search:agency", "KSP"));
            casey.waitForTextGone(By.id("search:datasets"), "Return home interviews");
            assertThat(casey.textOf("search:datasets")).contains("Missing person reports (under 18)").doesNotContain("CAMHS");
            assertThat(casey.textOf("resultsHeading")).isNotEqualTo(all);
            casey.chooseAndApply("search:classification", optionStartingWith(casey, "search:classification", "Special category"));
            casey.waitForTextGone(By.id("search:datasets"), "Missing person reports (under 18)");
            assertThat(casey.textOf("search:datasets")).contains("Children flagged for exploitation (police)");
            casey.screenshot("catalogue-search");
            assertThat(AxeCore.seriousViolations(casey.driver())).as("axe on the catalogue").isEmpty();
            casey.type("search:text", "CAMHS");
            casey.click("search:find");
            casey.waitForText(By.id("search:datasets"), "No dataset matches");
            assertThat(casey.textOf("search:agency")).as("a chosen filter stays visible with nothing left").contains("KSP (0)");

            casey.go("catalogue/gaps.xhtml");
            casey.waitFor(By.id("bySubject"));
            assertThat(casey.textOf("bySubject")).contains("How many children are flagged for exploitation by any agency")
                    .doesNotContain("How many young people are involved in knife crime");
            assertThat(casey.textOf("byAgency")).contains("No agency holds anything")
                    .contains("Who are the adults exploiting children in Kestrel Vale");
            assertThat(casey.textOf("unused")).contains("Anti-social behaviour incidents by location");
            casey.screenshot("catalogue-gaps");

            casey.go("flags/index.xhtml");
            casey.clickLink("Child criminal exploitation");
            casey.waitForText(By.id("carriedBy"), "KSP: Recorded violence and knife offences involving under-25s");
            casey.go("glossary/index.xhtml");
            casey.clickLink("Return home interview (RHI)");
            casey.waitForText(By.id("uses"), "KVC: Return home interviews");
            assertThat(casey.textOf("uses")).contains("had a return home interview within 72 hours");
            assertThat(casey.consoleErrors()).isEmpty();
        }
        try (Browser parker = Browser.open(base)) {
            parker.signInOverHttp("parker.practitioner", DEMO_PASSWORD);
            parker.go("catalogue/index.xhtml");
            parker.waitForText(By.tagName("body"), "restricted");
            assertThat(parker.text()).doesNotContain("Missing person reports");
        }
    }

    @Test
    void aBoardMemberRecordsAnAskAndSaysHowDatasetsAnswerIt() throws Exception {
        try (Browser riley = Browser.open(base)) {
            riley.signInOverHttp("riley.reviewer", DEMO_PASSWORD);
            riley.go("catalogue/asks.xhtml");
            riley.waitFor(By.id("askForm:question"));
            riley.choose("askForm:boardId", "YOS Management Board");
            riley.choose("askForm:subject", "Services");
            riley.type("askForm:whyItMatters", "To plan health support for children leaving custody.");
            riley.click("askForm:raise");
            riley.waitForText(By.id("askForm"), "Enter the question the board wants answered");

            riley.type("askForm:question", "How many children on the YOS caseload are waiting for a health assessment?");
            riley.click("askForm:raise");
            riley.waitForText(By.id("askFacts"), "YOS Management Board");
            assertThat(riley.textOf("mappings:mapped")).contains("No dataset is mapped to this ask yet");

            riley.choose("mapForm:datasetId", "KYOS: Youth justice caseload and outcomes");
            riley.choose("mapForm:fit", "Answers it in part");
            riley.click("mapForm:map");
            riley.waitForText(By.id("mapForm"), "Say what is missing, so the gap is clear");
            riley.type("mapForm:missing", "Health assessments are recorded by the ICB, not the YOS.");
            riley.click("mapForm:map");
            riley.waitForText(By.id("mappings:mapped"), "Youth justice caseload and outcomes");
            assertThat(riley.textOf("mappings:mapped")).contains("Answers it in part").contains("Health assessments are recorded by the ICB");
            riley.screenshot("ask-mapped");

            riley.go("catalogue/gaps.xhtml");
            riley.waitForText(By.id("bySubject"), "How many children on the YOS caseload are waiting for a health assessment?");
            assertThat(riley.consoleErrors()).isEmpty();
        }
    }

    private static String optionStartingWith(Browser browser, String menuId, String prefix) {
        List<WebElement> options = browser.driver().findElements(By.cssSelector("#" + menuId.replace(":", "\\:") + "_input option"));
        return options.stream().map(WebElement::getText).filter(t -> t.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("No option starting " + prefix + " in " + menuId));
    }


    /** Before raising another request on an ask, a requester sees their own still open on it, linked; nobody else's. */
    @Test
    void aRequesterSeesTheirOwnOpenRequestsOnAnAskBeforeRaisingAnother() throws Exception {
        String needed = "Waiting times by CAMHS team, for the already-asked test " + java.util.UUID.randomUUID();
        String path = RequestSteps.raise(base, "blake.boardmember", CAMHS_ASK, needed, "To compare the teams.");
        String link = path.substring(path.indexOf("catalogue/request.xhtml"));
        try (Browser blake = Browser.open(base)) {
            blake.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            RequestSteps.openNewRequest(blake, CAMHS_ASK);
            WebElement mine = blake.driver().findElements(By.cssSelector("#alreadyAsked a")).stream()
                    .filter(a -> a.getAttribute("href").endsWith(link)).findFirst().orElseThrow(() -> new AssertionError(
                            "no link to " + link + " in: " + blake.driver().findElements(By.id("alreadyAsked"))));
            assertThat(mine.getText()).startsWith("KICB: ").contains(", raised ");
            blake.screenshot("new-request-already-asked");
        }
        try (Browser casey = Browser.open(base)) {
            casey.signInOverHttp("casey.chair", DEMO_PASSWORD);
            RequestSteps.openNewRequest(casey, CAMHS_ASK);
            assertThat(casey.driver().findElements(By.cssSelector("#alreadyAsked a")).stream().map(a -> a.getAttribute("href")))
                    .as("another member's request is not listed").noneMatch(href -> href.endsWith(link));
        }
    }

}
