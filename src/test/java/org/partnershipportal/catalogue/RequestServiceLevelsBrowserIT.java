package org.partnershipportal.catalogue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnershipportal.platform.WorkingCalendar;
import org.partnershipportal.platform.Wording;
import org.partnershipportal.testsupport.AuditTrail;
import org.partnershipportal.testsupport.Browser;
import org.partnershipportal.testsupport.Mailbox;
import org.partnershipportal.testsupport.ClockControl;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.RequestSteps;
import org.partnershipportal.testsupport.SharedPortal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * Data requests that cannot be left waiting (issue 18), in a real Chromium on the demo partnership,
 * with the portal's clock moved by the test instead of waiting: a request left unaccepted gets one
 * reminder to the data leads the working day before it is due, then one escalation to the agency's
 * escalation contact and the board's chair once late; a data lead transfers a request to the agency
 * that holds the data and that agency's clock starts afresh; a decline without a reason changes nothing.
 */
@UsesDemoPartnership
class RequestServiceLevelsBrowserIT {

    static final String CAMHS_ASK = "How long do children wait for CAMHS after an exploitation concern is raised?";
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.mail.port", 33025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    final URL base = SharedPortal.base();

    /** The default service levels (5 and 10 working days) on the bank holidays V10 ships, as the test's own reckoning. */
    final DueDates rules = new DueDates(shippedCalendar(), 5, 10);

    @Test
    void aRequestLeftUnacceptedGetsOneReminderThenOneEscalationOnItsHistoryAndInTheAuditLog() throws Exception {
        String needed = "CAMHS waits by week for the service-level test " + UUID.randomUUID();
        LocalDate today = LocalDate.now(LONDON);
        LocalDate acceptBy = rules.acceptBy(today);
        String requestPath = raise("blake.boardmember", needed);
        long requestId = Long.parseLong(requestPath.substring(requestPath.indexOf("id=") + 3));

        try (Browser blake = Browser.open(base)) {
            blake.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            blake.go(requestPath);
            blake.waitForText(By.id("acceptDue"), Wording.date(acceptBy));
            assertThat(blake.textOf("lateness")).isEqualTo("To accept: on time");
        }

        PortalClient admin = new PortalClient(base);
        admin.signIn("avery.admin", DEMO_PASSWORD);
        try (Browser avery = Browser.open(base)) {
            avery.signInOverHttp("avery.admin", DEMO_PASSWORD);

            // The working day before the due date: one reminder to KICB's data lead, however often the job runs.
            moveClockTo(admin, rules.reminderDay(acceptBy));
            runReminders(avery);
            runReminders(avery);
            assertThat(mailsAbout(requestId, "dana.datalead@kestrel-vale.example", "Reminder: data request due")).hasSize(1);
            MimeMessage reminder = mailsAbout(requestId, "dana.datalead@kestrel-vale.example", "Reminder: data request due").get(0);
            assertThat(GreenMailUtil.getBody(reminder)).contains("accept or decline").contains(Wording.date(acceptBy));
            assertThat(mailsAbout(requestId, "riley.reviewer@kestrel-vale.example", "Overdue data request escalated")).isEmpty();
            avery.screenshot("service-levels-admin");
            assertThat(queueRowOf("dana.datalead", needed, "requests-queue-on-time", false).select(".next-step-late"))
                    .as("KICB's queue the day before acceptance is due").isEmpty();

            // One working day late: one escalation to KICB's escalation contact and the Safeguarding Partnership's chair; no second reminder.
            LocalDate oneDayLate = shippedCalendar().plusWorkingDays(acceptBy, 1);
            moveClockTo(admin, oneDayLate);
            runReminders(avery);
            runReminders(avery);
            assertThat(mailsAbout(requestId, "riley.reviewer@kestrel-vale.example", "Overdue data request escalated")).hasSize(1);
            assertThat(mailsAbout(requestId, "casey.chair@kestrel-vale.example", "Overdue data request escalated")).hasSize(1);
            assertThat(GreenMailUtil.getBody(mailsAbout(requestId, "casey.chair@kestrel-vale.example", "Overdue data request escalated").get(0)))
                    .contains("1 working day late").contains("chair of");
            assertThat(mailsAbout(requestId, "dana.datalead@kestrel-vale.example", "Reminder: data request due")).hasSize(1);
            // KICB's data lead sees it marked late in the queue, every column's words whole, on a laptop and a phone
            assertThat(queueRowOf("dana.datalead", needed, "requests-queue-late", true).select(".next-step-late").text())
                    .as("KICB's queue one working day after acceptance was due").isEqualTo("Late");

            // The requester sees how late it is, and both notices on its history.
            try (Browser blake = Browser.open(base)) {
                blake.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
                blake.go(requestPath);
                blake.waitForText(By.id("lateness"), "To accept: late by 1 working day");
                String history = blake.textOf("timeline");
                assertThat(history).contains("Reminder sent").contains("Escalated").contains("Riley").contains("Casey");
                assertThat(countOf(history, "Escalated to")).as("one escalation on the history").isEqualTo(1);
                assertThat(countOf(history, "Reminder to")).as("one reminder on the history").isEqualTo(1);
                blake.screenshot("request-late-escalated");
                blake.viewportWidth(390);
                blake.screenshot("request-late-escalated-phone");
            }

            // KICB's data lead accepts it that day, a working day late: the answer is then due on time, and the late
            // acceptance stays on the request's service level for the requester (it said a bare "On time" before).
            try (Browser dana = Browser.open(base)) {
                dana.signInOverHttp("dana.datalead", DEMO_PASSWORD);
                dana.go(requestPath);
                dana.click("workflow:accept");
                dana.waitForText(By.id("requestStatus"), "Accepted");
                // Said only because it is so: this portal has a mail server (without one, RequestNotificationsTest).
                assertThat(dana.textOf("pageMessages")).isEqualTo("Accepted. The requester is e-mailed.");
            }
            try (Browser blake = Browser.open(base)) {
                blake.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
                blake.go(requestPath);
                blake.waitForText(By.id("requestStatus"), "Accepted");
                assertThat(blake.textOf("lateness")).isEqualTo("To answer: on time · accepted 1 working day late");
                assertThat(blake.driver().findElement(By.cssSelector("#lateness .tag")).getAttribute("class")).as("marked late").contains("danger");
            }

            List<AuditTrail.Row> escalations = AuditTrail.filtered(admin, null, null, "DATA_REQUEST_ESCALATED").stream()
                    .filter(row -> row.detail().startsWith("ACCEPT_ESCALATION for " + acceptBy)).filter(row -> row.concerning().contains(needed.substring(0, 30)))
                    .toList();
            assertThat(escalations).hasSize(1);
            assertThat(AuditTrail.filtered(admin, null, null, "DATA_REQUEST_REMINDED").stream()
                    .filter(row -> row.detail().startsWith("ACCEPT_REMINDER for " + acceptBy)).filter(row -> row.concerning().contains(needed.substring(0, 30))))
                    .hasSize(1);
        } finally {
            ClockControl.reset(admin);
        }
    }

    @Test
    void aDataLeadTransfersARequestToTheAgencyHoldingTheDataWhoseClockStartsAfresh() throws Exception {
        String needed = "Police-held missing episode counts for the transfer test " + UUID.randomUUID();
        String requestPath = raise("blake.boardmember", needed);
        PortalClient admin = new PortalClient(base);
        admin.signIn("avery.admin", DEMO_PASSWORD);
        try {
            // Two working days past its due date the request is late for KICB; KICB's data lead passes it to the police, who hold the data.
            LocalDate weekOn = shippedCalendar().plusWorkingDays(rules.acceptBy(LocalDate.now(LONDON)), 2);
            moveClockTo(admin, weekOn);
            LocalDate newDue = rules.acceptBy(weekOn);
            try (Browser dana = Browser.open(base)) {
                dana.signInOverHttp("dana.datalead", DEMO_PASSWORD);
                dana.go(requestPath);
                dana.waitForText(By.id("lateness"), "To accept: late by");
                dana.click("transferForm:transfer");
                dana.waitForText(By.id("transferForm"), "Choose the agency that holds the data");
                dana.choose("transferForm:transferTo", "KSP: Kestrelshire Police");
                dana.click("transferForm:transfer");
                dana.waitForText(By.id("transferForm"), "Say why");
                assertThat(dana.textOf("askedOf")).isEqualTo("KICB");
                dana.choose("transferForm:transferTo", "KSP: Kestrelshire Police");
                dana.type("transferForm:transferReason", "Missing episodes are recorded by the police in Niche, not by health.");
                dana.click("transferForm:transfer");
                dana.waitForText(By.id("timeline"), "Transferred from KICB to KSP");
                assertThat(dana.textOf("pageMessages")).as("the police have a data lead, and mail is set up")
                        .isEqualTo("Transferred. The other agency's data leads and the requester are e-mailed.");
                assertThat(dana.textOf("askedOf")).isEqualTo("KSP");
                assertThat(dana.driver().findElements(By.id("workflow:accept"))).as("KICB can no longer act on it").isEmpty();
                dana.go("catalogue/requests.xhtml");
                dana.waitFor(By.id("requests:table"));
                assertThat(dana.textOf("requests:table")).as("gone from KICB's queue").doesNotContain(needed);
            }

            MimeMessage toPolice = Mailbox.of(MAIL).await(m -> Mailbox.to(m, "pat.policedata") && Mailbox.subject(m).startsWith("Data request transferred to KSP"));
            assertThat(GreenMailUtil.getBody(toPolice)).contains("Missing episodes are recorded by the police").contains(Wording.date(newDue));
            MimeMessage toRequester = Mailbox.of(MAIL).await(m -> Mailbox.to(m, "blake.boardmember") && Mailbox.subject(m).startsWith("Data request transferred to KSP"));
            assertThat(GreenMailUtil.getBody(toRequester)).contains("to Kestrelshire Police, 2 working days late to accept.").contains(Wording.date(newDue));

            try (Browser pat = Browser.open(base)) {
                pat.signInOverHttp("pat.policedata", DEMO_PASSWORD);
                pat.go("catalogue/requests.xhtml");
                pat.waitForText(By.id("requests:table"), needed);
                pat.clickLink(needed);
                pat.waitForText(By.id("requestStatus"), "Submitted");
                assertThat(pat.textOf("acceptDue")).as("the police's own clock").isEqualTo(Wording.date(newDue));
                assertThat(pat.textOf("lateness")).isEqualTo("To accept: on time");
                pat.screenshot("request-transferred");

                // A decline without a reason is refused and changes nothing.
                pat.type("declineForm:declineDetail", "We cannot share this.");
                pat.click("declineForm:decline");
                pat.waitForText(By.id("declineForm"), "Choose why the request is declined");
                assertThat(pat.textOf("requestStatus")).contains("Submitted");
                pat.choose("declineForm:declineReason", "The agency does not hold this data");
                pat.type("declineForm:declineDetail", "");
                pat.click("declineForm:decline");
                pat.waitForText(By.id("declineForm"), "Say in a few words why");
                pat.go(pat.currentPath().substring(1));
                pat.waitForText(By.id("requestStatus"), "Submitted");
                assertThat(pat.textOf("timeline")).doesNotContain("Declined");
                assertThat(pat.driver().findElements(By.id("workflow:accept"))).as("the police can accept it").isNotEmpty();
            }
            try (Browser blake = Browser.open(base)) {
                blake.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
                blake.go(requestPath);
                // The police's clock starts afresh, but the requester still sees how long the request has waited and how late it was.
                blake.waitForText(By.id("timeline"), "Transferred from KICB to KSP, 2 working days late to accept: Missing episodes are recorded by the police");
                assertThat(blake.textOf("acceptDue")).isEqualTo(Wording.date(newDue));
                assertThat(blake.textOf("raisedOn")).isEqualTo(Wording.date(LocalDate.now(LONDON)) + " · with KSP since " + Wording.date(weekOn));
            }
        } finally {
            ClockControl.reset(admin);
        }
    }

    @Test
    void aRequesterIsToldWhenTheServiceLevelLetsTheAnswerComeAfterTheDateTheyNeedItBy() throws Exception {
        LocalDate today = LocalDate.now(LONDON);
        LocalDate soon = today.plusDays(2);
        String hurried = "Missing episodes by ward, needed in two days " + UUID.randomUUID();
        String hurriedPath = RequestSteps.raise(base, "blake.boardmember", CAMHS_ASK, hurried, "For an urgent strategy meeting.", soon);
        String unhurried = "Missing episodes by ward, needed in three months " + UUID.randomUUID();
        String unhurriedPath = RequestSteps.raise(base, "blake.boardmember", CAMHS_ASK, unhurried, "For the annual report.", today.plusDays(90));
        try (Browser blake = Browser.open(base)) {
            blake.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            blake.go(hurriedPath);
            blake.waitForText(By.id("acceptDue"), Wording.date(rules.acceptBy(today)));
            // Accepted on the last day allowed, the answer is due ten working days later: after the two days the requester has.
            assertThat(blake.textOf("answerAfterNeededBy")).isEqualTo("After needed by At the agreed service level the answer may come as late as "
                    + Wording.date(rules.answerBy(rules.acceptBy(today), soon)) + ", after the date it is needed by. If it cannot wait, say so to the data lead.");
            blake.screenshot("request-answer-after-needed-by");

            blake.go(unhurriedPath);
            blake.waitForText(By.id("acceptDue"), Wording.date(rules.acceptBy(today)));
            assertThat(blake.driver().findElements(By.id("answerAfterNeededBy"))).as("needed in three months: nothing to warn of").isEmpty();
        }
    }

    @Test
    void serviceStatisticsCountTheRequestsThisTestCreated() throws Exception {
        String quarter = LocalDate.now(LONDON).getYear() + " Q" + LocalDate.now(LONDON).get(java.time.temporal.IsoFields.QUARTER_OF_YEAR);
        Map<String, Integer> kicbBefore;
        Map<String, Integer> kspBefore;
        try (Browser dana = Browser.open(base)) {
            dana.signInOverHttp("dana.datalead", DEMO_PASSWORD);
            kicbBefore = figures(dana, "KICB", quarter);
            kspBefore = figures(dana, "KSP", quarter);
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> paths = List.of(raise("blake.boardmember", "Statistics test, to accept " + run), raise("blake.boardmember", "Statistics test, to decline " + run),
                raise("blake.boardmember", "Statistics test, to transfer " + run), raise("blake.boardmember", "Statistics test, to accept then transfer " + run));
        try (Browser dana = Browser.open(base)) {
            dana.signInOverHttp("dana.datalead", DEMO_PASSWORD);
            dana.go(paths.get(0));
            dana.click("workflow:accept");
            dana.waitForText(By.id("requestStatus"), "Accepted");
            dana.go(paths.get(1));
            dana.choose("declineForm:declineReason", "The agency does not hold this data");
            dana.type("declineForm:declineDetail", "Ask the council's data lead.");
            dana.click("declineForm:decline");
            dana.waitForText(By.id("requestStatus"), "Declined");
            dana.go(paths.get(2));
            dana.choose("transferForm:transferTo", "KSP: Kestrelshire Police");
            dana.type("transferForm:transferReason", "Held by the police.");
            dana.click("transferForm:transfer");
            dana.waitForText(By.id("timeline"), "Transferred from KICB to KSP");
            // Accepted, then found to be the police's: KICB's acceptance still counts for KICB; KSP is measured from the transfer.
            dana.go(paths.get(3));
            dana.click("workflow:accept");
            dana.waitForText(By.id("requestStatus"), "Accepted");
            dana.choose("transferForm:transferTo", "KSP: Kestrelshire Police");
            dana.type("transferForm:transferReason", "On a closer look, the police hold these episodes.");
            dana.click("transferForm:transfer");
            dana.waitForText(By.id("timeline"), "Transferred from KICB to KSP");

            Map<String, Integer> kicb = figures(dana, "KICB", quarter);
            Map<String, Integer> ksp = figures(dana, "KSP", quarter);
            assertThat(kicb.get("received") - kicbBefore.get("received")).as("KICB received").isEqualTo(4);
            assertThat(kicb.get("accepted") - kicbBefore.get("accepted")).as("KICB accepted, the transferred acceptance included").isEqualTo(2);
            assertThat(kicb.get("declined") - kicbBefore.get("declined")).as("KICB declined").isEqualTo(1);
            assertThat(kicb.get("notHeld") - kicbBefore.get("notHeld")).as("KICB declined as not held").isEqualTo(1);
            assertThat(kicb.get("transfers") - kicbBefore.get("transfers")).as("KICB transfers out").isEqualTo(2);
            assertThat(ksp.get("received") - kspBefore.get("received")).as("KSP received by transfer").isEqualTo(2);
            assertThat(ksp.get("accepted") - kspBefore.get("accepted")).as("KSP has accepted neither transferred request yet").isZero();
            assertThat(ksp.get("transfers") - kspBefore.get("transfers")).as("KSP transfers out").isZero();
            assertThat(dana.driver().findElements(By.cssSelector("#serviceChart canvas, canvas"))).as("the chart is drawn").isNotEmpty();
            // The axis counts requests, so Chart.js is told to step in whole numbers (with a few requests it drew 0.5, 1.5...;
            // this test's quarter holds enough that the default steps are whole too, so the setting itself is read).
            Object precision = ((org.openqa.selenium.JavascriptExecutor) dana.driver()).executeScript(
                    "var chart = Chart.getChart(document.querySelector('#serviceChart canvas'));"
                            + " return chart ? String(chart.options.scales.y.ticks.precision) : 'no chart';");
            assertThat(precision).as("the y axis's decimal places").isEqualTo("0");
            dana.screenshot("service-statistics");
            dana.viewportWidth(390);
            dana.screenshot("service-statistics-phone");
            dana.viewportWidth(1366);

            String csv = new String(dana.download("catalogue/service-statistics.csv"), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(csv.lines()).anySatisfy(line -> assertThat(line).startsWith(quarter + ",KICB," + kicb.get("received") + "," + kicb.get("accepted") + ","));

            dana.go("index.xhtml");
            dana.waitForText(By.id("serviceThisQuarter"), "This quarter: " + kicb.get("received") + " received, " + kicb.get("accepted") + " accepted");
        }
        // The police accept what reached them: it counts for KSP now, and still once (not twice, not taken away) for KICB.
        try (Browser pat = Browser.open(base)) {
            pat.signInOverHttp("pat.policedata", DEMO_PASSWORD);
            pat.go(paths.get(3));
            pat.click("workflow:accept");
            pat.waitForText(By.id("requestStatus"), "Accepted");
            assertThat(figures(pat, "KSP", quarter).get("accepted") - kspBefore.get("accepted")).as("KSP accepted").isEqualTo(1);
            assertThat(figures(pat, "KICB", quarter).get("accepted") - kicbBefore.get("accepted")).as("KICB accepted").isEqualTo(2);
        }
    }

    // ---- helpers

    /** The "all agencies" row of one agency and quarter on the service page, as numbers (0 when the agency has none yet). */
    private static Map<String, Integer> figures(Browser browser, String agency, String quarter) {
        browser.go("catalogue/service.xhtml");
        browser.waitFor(By.id("all"));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#all tr[data-agency='" + agency + "'][data-quarter='" + quarter + "']"));
        Map<String, Integer> figures = new java.util.HashMap<>(Map.of("received", 0, "accepted", 0, "declined", 0, "notHeld", 0, "transfers", 0));
        if (rows.isEmpty()) {
            return figures;
        }
        WebElement row = rows.get(0);
        figures.put("received", Integer.parseInt(row.findElement(By.cssSelector("td.received")).getText().trim()));
        figures.put("accepted", Integer.parseInt(row.findElement(By.cssSelector("td.accepted")).getText().trim()));
        figures.put("transfers", Integer.parseInt(row.findElement(By.cssSelector("td.transfers")).getText().trim()));
        String declined = row.findElement(By.cssSelector("td.declined")).getText();
        figures.put("declined", Integer.parseInt(declined.lines().findFirst().orElse("0").trim()));
        java.util.regex.Matcher notHeld = Pattern.compile("The agency does not hold this data: (\\d+)").matcher(declined);
        figures.put("notHeld", notHeld.find() ? Integer.parseInt(notHeld.group(1)) : 0);
        return figures;
    }

    /** Raises a request on the CAMHS ask (its dataset is KICB's) as the given board member; returns its path. */
    private String raise(String who, String needed) throws IOException {
        return RequestSteps.raise(base, who, CAMHS_ASK, needed, "For the partnership's deep dive on help for exploited children.");
    }

    /** Moves the portal's clock to noon in London on {@code day}. */
    private static void moveClockTo(PortalClient admin, LocalDate day) throws IOException, InterruptedException {
        ClockControl.moveToNoonOn(admin, day);
    }

    /**
     * The row of {@code needed} in the data lead's queue (data requests, "My agency's queue"), checked at 1366 and 390 px
     * for cells that cut their text off, with a screenshot at each; at the phone width when {@code andOnAPhone}.
     */
    private org.jsoup.nodes.Element queueRowOf(String dataLead, String needed, String screenshot, boolean andOnAPhone) throws Exception {
        try (Browser lead = Browser.open(base)) {
            lead.signInOverHttp(dataLead, DEMO_PASSWORD);
            lead.go("catalogue/requests.xhtml");
            lead.waitForText(By.id("requests:table"), needed);
            for (int width : andOnAPhone ? new int[]{1366, 390} : new int[]{1366}) {
                lead.viewportWidth(width);
                Object clipped = ((org.openqa.selenium.JavascriptExecutor) lead.driver()).executeScript(
                        "return Array.from(document.querySelectorAll('[id=\"requests:table\"] td'))"
                                + ".filter(td => td.scrollWidth > td.clientWidth + 1).map(td => td.textContent.trim());");
                assertThat((List<?>) clipped).as("cells that cut their text off at %d px", width).isEmpty();
                lead.screenshot(screenshot + "-" + width);
            }
            return org.jsoup.Jsoup.parse(lead.driver().getPageSource()).select("[id=\"requests:table\"] tbody tr").stream()
                    .filter(tr -> tr.text().contains(needed)).findFirst().orElseThrow(() -> new AssertionError(needed + " in the queue"));
        }
    }

    /** The administrator's "send now": mails leave as each notice commits, before the page answers. */
    private static void runReminders(Browser admin) {
        admin.go("admin/service-levels.xhtml");
        admin.waitFor(By.id("run:runNow"));
        assertThat(admin.driver().findElements(By.cssSelector("#messages .ui-messages-info"))).as("no result before the run").isEmpty();
        admin.click("run:runNow");
        admin.waitForText(By.id("messages"), "Checked ");
    }

    private static List<MimeMessage> mailsAbout(long requestId, String to, String subjectStart) throws MessagingException {
        Pattern link = Pattern.compile("request\\.xhtml\\?id=" + requestId + "\\b");
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(to)) && m.getSubject().startsWith(subjectStart)
                        && link.matcher(GreenMailUtil.getBody(m)).find();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static int countOf(String text, String word) {
        return text.split(Pattern.quote(word), -1).length - 1;
    }

    static WorkingCalendar shippedCalendar() {
        try {
            String sql = Files.readString(Path.of(System.getProperty("project.basedir", ".")).resolve("src/main/resources/db/migration/V10__bank_holidays.sql"));
            return new WorkingCalendar(Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})'").matcher(sql).results()
                    .map(m -> LocalDate.parse(m.group(1))).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
