package org.partnershipportal.meetings;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.partnershipportal.testsupport.AuditTrail;
import org.partnershipportal.testsupport.Browser;
import org.partnershipportal.testsupport.Mailbox;
import org.partnershipportal.testsupport.MeetingSteps;
import org.partnershipportal.testsupport.PdfPages;
import org.partnershipportal.testsupport.TestFiles;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.TestDatabase;

import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;
import static org.partnershipportal.testsupport.Mailbox.subject;
import static org.partnershipportal.testsupport.Mailbox.textOf;
import static org.partnershipportal.testsupport.Mailbox.to;

/**
 * Apologies in a real Chromium: a member of the Safeguarding Partnership (quorum 3, deputies allowed in
 * the demo) sends their own apologies naming a deputy from their agency; the chair sees who is expected
 * and whether the meeting will be quorate; a second member's apologies take it below quorum; apologies from
 * someone not on the board are refused and audited, and nothing is recorded for them. A named deputy is e-mailed the
 * meeting's page, reads that meeting's agenda, papers and pack and nothing else of the board, until the apologies
 * stop naming them.
 */
@UsesDemoPartnership
class ApologiesBrowserIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.mail.port", 33025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    static final Mailbox MAILBOX = Mailbox.of(MAIL);

    final URL base = SharedPortal.base();

    @TempDir
    Path files;

    /**
     * Dana (a data lead of Riley's agency, on no board) is refused the meeting until Riley names her; then she is e-mailed
     * its link, opens it, reads the agenda, downloads its paper, pack and calendar entry, and is still refused the board's
     * other meeting, its paper, the workspace and the action log. Her Home page lists the meeting. Her reads are audited as
     * a deputy's. She is refused while Riley lacks the Board member role or is disabled, or the board takes no deputies.
     * When Riley names no deputy, or withdraws, Dana is told and refused; named again, she is refused once the meeting is
     * no longer planned.
     */
    @Test
    void aNamedDeputyIsEmailedTheMeetingAndReadsItsAgendaPapersAndPackButNothingElseOfTheBoardUntilTheApologiesEnd() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String itemTitle = "Deputies and the exploitation profile " + run;
        String paperName = "deputy-briefing-" + run + ".pdf";
        long heldMeeting = lastHeldSafeguardingPartnershipMeeting();
        long heldPaper = firstPaperOf(heldMeeting);
        PortalClient dana = signedIn("dana.datalead");
        try (Browser chair = Browser.open(base); Browser riley = Browser.open(base); Browser deputy = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            long meeting = MeetingSteps.schedule(chair, "Children's Safeguarding Partnership", "Deputies meeting " + run,
                    LocalDate.now().plusDays(16), "10:00", "12:00");
            try {
                chair.type("newItem:title", itemTitle);
                chair.click("newItem:add");
                chair.waitForText(By.id("agendaItems"), itemTitle);
                chair.driver().findElements(By.cssSelector("#agendaItems li.agenda-item")).stream()
                        .filter(li -> li.getText().contains(itemTitle)).findFirst().orElseThrow()
                        .findElement(By.linkText("Papers, minutes and actions")).click();
                chair.waitFor(By.id("papers"));
                Path paperFile = TestFiles.writePdfPages(files.resolve(paperName), List.of("Deputy briefing " + run));
                chair.attach("papers", paperFile);
                chair.click("papers:upload");
                chair.waitForText(By.id("paperList"), paperName);
                chair.go("meetings/meeting.xhtml?meeting=" + meeting);
                chair.click("publication:publish");
                chair.waitForText(By.tagName("body"), "Agenda published");
                deputyJourney(run, meeting, heldMeeting, heldPaper, paperName, paperFile, itemTitle, dana, chair, riley, deputy);
            } finally {
                // Cancelled, the meeting leaves the board's upcoming meetings as the other classes find them, whatever failed.
                if (!"CANCELLED".equals(statusOf(meeting))) {
                    MeetingSteps.cancel(chair, meeting);
                }
            }
        }
    }

    private void deputyJourney(String run, long meeting, long heldMeeting, long heldPaper, String paperName, Path paperFile, String itemTitle,
                               PortalClient dana, Browser chair, Browser riley, Browser deputy) throws Exception {
        long paper = paperNamed(paperName);

        assertThat(dana.get("meetings/meeting.xhtml?meeting=" + meeting).statusCode()).as("before she is named").isEqualTo(403);
        assertThat(dana.get("meetings/paper?id=" + paper).statusCode()).as("the paper, before she is named").isEqualTo(403);

        riley.signInOverHttp("riley.reviewer", DEMO_PASSWORD);
        riley.go("meetings/meeting.xhtml?meeting=" + meeting);
        riley.choose("apologies:deputy", "Dana Datalead");
        riley.click("apologies:send");
        riley.waitForText(By.tagName("body"), "Dana Datalead is e-mailed a link to the meeting's page, with its agenda and papers.");

        MimeMessage notice = MAILBOX.await(m -> to(m, "dana.datalead") && subject(m).startsWith("You are Riley Reviewer's deputy: CSP-KV")
                && textOf(m).contains("Deputies meeting " + run));
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/(meetings/meeting\\.xhtml\\?meeting=(\\d+))").matcher(textOf(notice));
        assertThat(link.find()).as("the meeting's link in " + textOf(notice)).isTrue();
        assertThat(Long.parseLong(link.group(2))).isEqualTo(meeting);

        deputy.signInOverHttp("dana.datalead", DEMO_PASSWORD);
        deputy.go("index.xhtml");
        assertThat(deputy.textOf("deputyMeetings")).contains("Children's Safeguarding Partnership: Deputies meeting " + run)
                .contains("for Riley Reviewer");
        deputy.go(link.group(1));
        assertThat(deputy.textOf("deputyNote")).contains("You are Riley Reviewer's deputy for this meeting");
        assertThat(deputy.textOf("agendaItems")).contains(itemTitle).contains(paperName);
        assertThat(deputy.driver().findElements(By.id("minutesSection"))).isEmpty();
        assertThat(deputy.driver().findElements(By.linkText("Board's action log"))).as("no link to a page she is refused").isEmpty();
        deputy.screenshot("deputy-meeting");
        deputy.viewportWidth(390);
        deputy.screenshot("phone-deputy-meeting");
        deputy.viewportWidth(1366);
        assertThat(deputy.consoleErrors()).isEmpty();

        var paperBytes = dana.getBytes("meetings/paper?id=" + paper);
        assertThat(paperBytes.statusCode()).isEqualTo(200);
        assertThat(paperBytes.body()).isEqualTo(java.nio.file.Files.readAllBytes(paperFile));
        var pack = dana.getBytes("meetings/pack.pdf?meeting=" + meeting);
        assertThat(pack.statusCode()).isEqualTo(200);
        assertThat(String.join(" ", new PdfPages(pack.body()).pages)).contains(itemTitle).contains("Deputy briefing " + run);
        var calendar = dana.get("meetings/meeting.ics?meeting=" + meeting);
        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(calendar.body()).contains("BEGIN:VEVENT").contains("Deputies meeting " + run);

        // The chair changes the agenda and sends the update: it reaches Dana too, as Riley's deputy.
        String added = "Added after publication " + run;
        chair.go("meetings/meeting.xhtml?meeting=" + meeting);
        chair.type("newItem:title", added);
        chair.click("newItem:add");
        chair.waitForText(By.id("agendaItems"), added);
        chair.click("publication:publish");
        chair.waitForText(By.tagName("body"), "Updated agenda sent: 3 members e-mailed; 1 deputy e-mailed.");
        MimeMessage update = MAILBOX.await(m -> to(m, "dana.datalead") && subject(m).startsWith("Agenda updated: CSP-KV") && textOf(m).contains(added));
        assertThat(textOf(update)).contains("You are named as Riley Reviewer's deputy for this meeting").doesNotContain("Send your apologies");

        // Nothing else of the board: its other meeting and that meeting's paper, the workspace, the action log.
        assertThat(dana.get("meetings/meeting.xhtml?meeting=" + heldMeeting).statusCode()).as("another meeting").isEqualTo(403);
        assertThat(dana.get("meetings/paper?id=" + heldPaper).statusCode()).as("another meeting's paper").isEqualTo(403);
        long board = boardOf(meeting);
        assertThat(dana.get("boards/workspace.xhtml?board=" + board).statusCode()).as("the workspace").isEqualTo(403);
        assertThat(dana.get("actions/log.xhtml?board=" + board).statusCode()).as("the action log").isEqualTo(403);

        assertThat(TestDatabase.auditedDetails("dana.datalead", "RESTRICTED_READ", "meeting", meeting)).isNotEmpty()
                .allMatch(detail -> detail.endsWith(", as deputy for Riley Reviewer"));
        assertThat(TestDatabase.auditedDetails("dana.datalead", "PAPER_DOWNLOADED", "paper", paper)).containsExactly(paperName + ", as deputy for Riley Reviewer");

        // Each condition on the member's side, in turn: Dana is refused while it does not hold, and reads again once it does.
        long rileyId = userId("riley.reviewer");
        refusedWhile(dana, meeting, "Riley without the Board member role",
                "DELETE FROM user_role WHERE user_id = " + rileyId + " AND role = 'BOARD_MEMBER'",
                "INSERT INTO user_role (user_id, role) VALUES (" + rileyId + ", 'BOARD_MEMBER')");
        refusedWhile(dana, meeting, "Riley's account disabled",
                "UPDATE user_account SET enabled = FALSE WHERE id = " + rileyId, "UPDATE user_account SET enabled = TRUE WHERE id = " + rileyId);
        refusedWhile(dana, meeting, "the board taking no deputies",
                "UPDATE board SET deputies_allowed = FALSE WHERE id = " + board, "UPDATE board SET deputies_allowed = TRUE WHERE id = " + board);

        // Riley keeps the apologies but names no deputy: Dana is told she need not go, and is refused.
        java.util.function.Predicate<MimeMessage> stoodDown = m -> to(m, "dana.datalead")
                && subject(m).startsWith("You are no longer Riley Reviewer's deputy: CSP-KV") && textOf(m).contains("Deputies meeting " + run);
        riley.go("meetings/meeting.xhtml?meeting=" + meeting);
        riley.choose("apologies:deputy", "No deputy");
        riley.click("apologies:send");
        riley.waitForText(By.tagName("body"), "Your apologies are sent to the chair.");
        assertThat(textOf(MAILBOX.awaitCount(stoodDown, 1))).contains("you need not go in their place").doesNotContain("/meetings/meeting.xhtml");
        assertThat(dana.get("meetings/meeting.xhtml?meeting=" + meeting).statusCode()).as("no longer named").isEqualTo(403);
        riley.choose("apologies:deputy", "Dana Datalead");
        riley.click("apologies:send");
        riley.waitForText(By.tagName("body"), "Dana Datalead is e-mailed a link to the meeting's page");
        assertThat(dana.get("meetings/meeting.xhtml?meeting=" + meeting).statusCode()).as("named again").isEqualTo(200);

        // The chair marks Riley present, but the form is refused: Sam, whose line comes after Riley's, left the board
        // after the chair opened it, and is marked too. Nothing changes, so Dana is not told she need not go, and still
        // reads the meeting. (Sam's seat exists only for this step.)
        try {
            execute("INSERT INTO board_membership (board_id, user_id, agency_id, role, starts_on) SELECT " + board
                    + ", id, agency_id, 'MEMBER', '2020-01-01' FROM user_account WHERE username = 'sam.support'");
            long samSeat = currentSeat("sam.support", board);
            chair.go("meetings/meeting.xhtml?meeting=" + meeting);
            MeetingSteps.chooseAttendance(chair, "Riley Reviewer", "Present");
            MeetingSteps.chooseAttendance(chair, "Sam Support", "Present");
            execute("UPDATE board_membership SET ends_on = starts_on WHERE id = " + samSeat);
            chair.click("attendance:save");
            chair.waitForText(By.tagName("body"), "Attendance can only be recorded for the board's members");
        } finally {
            TestDatabase.update("DELETE FROM board_membership WHERE board_id = ? AND starts_on = '2020-01-01' "
                    + "AND user_id = (SELECT id FROM user_account WHERE username = 'sam.support')", board);
        }
        assertThat(MAILBOX.matching(stoodDown)).as("stood-down mails after a refused attendance form").hasSize(1);
        assertThat(dana.get("meetings/meeting.xhtml?meeting=" + meeting).statusCode()).as("after a refused attendance form").isEqualTo(200);

        // The chair marks Riley present after all: Dana is told she need not go, and is refused.
        chair.go("meetings/meeting.xhtml?meeting=" + meeting);
        MeetingSteps.chooseAttendance(chair, "Riley Reviewer", "Present");
        chair.click("attendance:save");
        chair.waitForText(By.tagName("body"), "Attendance saved.");
        MAILBOX.awaitCount(stoodDown, 2);
        assertThat(dana.get("meetings/meeting.xhtml?meeting=" + meeting).statusCode()).as("Riley marked present").isEqualTo(403);
        riley.go("meetings/meeting.xhtml?meeting=" + meeting);
        riley.choose("apologies:deputy", "Dana Datalead");
        riley.click("apologies:send");
        riley.waitForText(By.tagName("body"), "Dana Datalead is e-mailed a link to the meeting's page");

        // Riley withdraws: Dana is told, and her next request is refused.
        riley.click("apologies:withdraw");
        riley.waitForText(By.tagName("body"), "Your apologies are withdrawn");
        MAILBOX.awaitCount(stoodDown, 3);
        assertThat(dana.get("meetings/meeting.xhtml?meeting=" + meeting).statusCode()).as("after the apologies are withdrawn").isEqualTo(403);
        assertThat(dana.get("meetings/paper?id=" + paper).statusCode()).as("the paper, after the apologies are withdrawn").isEqualTo(403);
        deputy.go("index.xhtml");
        deputy.waitFor(By.id("workSections"));
        assertThat(deputy.text()).doesNotContain("Deputies meeting " + run);

        // Named again, then the meeting is cancelled: a deputy reads a meeting only while it is planned. (Cancelled, it
        // also leaves the board's upcoming meetings as the other classes find them.)
        riley.choose("apologies:deputy", "Dana Datalead");
        riley.click("apologies:send");
        riley.waitForText(By.tagName("body"), "Your apologies are sent to the chair, with your deputy's name.");
        assertThat(dana.get("meetings/meeting.xhtml?meeting=" + meeting).statusCode()).as("named again").isEqualTo(200);
        MeetingSteps.cancel(chair, meeting);
        // Everyone who planned around it is told at once, the deputy too, and their calendars drop the meeting.
        assertThat(chair.textOf("details:messages")).startsWith("Meeting cancelled: ").endsWith("; 1 deputy e-mailed.");
        java.util.function.Predicate<jakarta.mail.internet.MimeMessage> cancelled = m -> subject(m).startsWith("Meeting cancelled: CSP-KV")
                && textOf(m).contains("Deputies meeting " + run);
        String ownCalendar = signedIn("casey.chair").get("meetings/meeting.ics?meeting=" + meeting).body();
        for (String person : List.of("riley.reviewer", "dana.datalead")) {
            jakarta.mail.internet.MimeMessage cancellation = MAILBOX.await(m -> to(m, person) && cancelled.test(m));
            net.fortuna.ical4j.model.component.VEvent entry = AgendaCycleBrowserIT.eventIn(cancellation);
            assertThat(entry.<net.fortuna.ical4j.model.Property>getProperty("STATUS").orElseThrow().getValue()).as("the calendar entry sent to " + person).isEqualTo("CANCELLED");
            assertThat(entry.getUid().orElseThrow().getValue()).isEqualTo(AgendaCycleBrowserIT.uidOf(ownCalendar));
            assertThat(entry.getSequence().getSequenceNo()).isEqualTo(AgendaCycleBrowserIT.sequenceOf(ownCalendar));
        }
        assertThat(textOf(MAILBOX.await(m -> to(m, "dana.datalead") && cancelled.test(m))))
                .contains("This meeting is cancelled, so you need not go in Riley Reviewer's place.")
                .as("no link to a page now closed to the deputy").doesNotContain("/meetings/meeting.xhtml");
        assertThat(textOf(MAILBOX.await(m -> to(m, "riley.reviewer") && cancelled.test(m)))).contains("/meetings/meeting.xhtml?meeting=" + meeting);
        for (String person : List.of("riley.reviewer", "dana.datalead")) {
            assertThat(MAILBOX.matching(m -> to(m, person) && cancelled.test(m))).as("one notice each: " + person).hasSize(1);
        }
        assertThat(dana.get("meetings/meeting.xhtml?meeting=" + meeting).statusCode()).as("once the meeting is cancelled").isEqualTo(403);
        assertThat(dana.get("meetings/paper?id=" + paper).statusCode()).as("its paper, once the meeting is cancelled").isEqualTo(403);

        // On again: the chair is told to send the updated agenda, which says so (without a change to carry, it was refused).
        chair.choose("details:status", "Planned");
        chair.click("details:save");
        chair.waitForText(By.id("meetingStatus"), "Planned");
        assertThat(chair.textOf("details:messages")).contains("Members were told this meeting was cancelled: send them the updated agenda above");
        chair.click("publication:publish");
        chair.waitForText(By.tagName("body"), "Updated agenda sent");
        assertThat(textOf(MAILBOX.await(m -> to(m, "riley.reviewer") && subject(m).startsWith("Agenda updated: CSP-KV")
                && textOf(m).contains("* The meeting is on again: it had been cancelled")))).contains("Deputies meeting " + run);
        MeetingSteps.cancel(chair, meeting);
    }

    /** The deputy is refused the meeting while {@code change} holds; once {@code undo} has put it back, they read it again. */
    private static void refusedWhile(PortalClient deputy, long meeting, String what, String change, String undo) throws Exception {
        execute(change);
        try {
            assertThat(deputy.get("meetings/meeting.xhtml?meeting=" + meeting).statusCode()).as(what).isEqualTo(403);
        } finally {
            execute(undo);
        }
        assertThat(deputy.get("meetings/meeting.xhtml?meeting=" + meeting).statusCode()).as("put back: " + what).isEqualTo(200);
    }

    /** The id of someone's current seat on a board. */
    private static long currentSeat(String username, long board) throws Exception {
        return longOf("SELECT m.id FROM board_membership m JOIN user_account u ON u.id = m.user_id WHERE u.username = ? AND m.board_id = ? "
                + "AND m.ends_on IS NULL", username, board);
    }

    private static void execute(String sql) throws Exception {
        assertThat(TestDatabase.update(sql)).as(sql).isEqualTo(1);
    }

    private static String statusOf(long meeting) throws Exception {
        try (Connection db = TestDatabase.connectAsOwner(); PreparedStatement query = db.prepareStatement("SELECT status FROM meeting WHERE id = ?")) {
            query.setLong(1, meeting);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Test
    void aMemberSendsApologiesWithADeputyAndTheChairSeesWhoIsExpectedAndTheQuorum() throws Exception {
        long meeting = nextSafeguardingPartnershipMeeting();
        try (Browser riley = Browser.open(base); Browser blake = Browser.open(base); Browser chair = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            chair.go("meetings/meeting.xhtml?meeting=" + meeting);
            assertThat(chair.textOf("quorum")).contains("Expected: 3 of 3 members; quorum 3: quorate");

            riley.signInOverHttp("riley.reviewer", DEMO_PASSWORD);
            riley.go("meetings/meeting.xhtml?meeting=" + meeting);
            riley.choose("apologies:deputy", "Dana Datalead");
            riley.click("apologies:send");
            riley.waitForText(By.tagName("body"), "Your apologies are sent to the chair, with your deputy's name.");
            assertThat(riley.textOf("apologies:apologiesSent")).contains("You have sent your apologies; your deputy is Dana Datalead");
            riley.screenshot("apologies-member");
            riley.viewportWidth(390);
            riley.screenshot("phone-apologies-member");
            riley.viewportWidth(1366);

            chair.go("meetings/meeting.xhtml?meeting=" + meeting);
            assertThat(chair.textOf("quorum")).contains("Expected: 2 of 3 members and 1 deputy; quorum 3: quorate");
            assertThat(rowOf(chair, "Riley Reviewer")).contains("Dana Datalead");
            chair.screenshot("apologies-chair");

            // Blake's apologies, with no deputy, take the meeting below its quorum; the chair sees it before the day.
            blake.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            blake.go("meetings/meeting.xhtml?meeting=" + meeting);
            blake.click("apologies:send");
            blake.waitForText(By.tagName("body"), "Your apologies are sent to the chair.");
            chair.go("meetings/meeting.xhtml?meeting=" + meeting);
            assertThat(chair.textOf("quorum")).contains("Expected: 1 of 3 members and 1 deputy; quorum 3: not quorate");
            assertThat(chair.driver().findElement(By.id("quorum")).getAttribute("class")).contains("warning");

            // Both withdraw: expected again, quorate again (the shared demo is left as found).
            blake.go("meetings/meeting.xhtml?meeting=" + meeting);
            blake.click("apologies:withdraw");
            blake.waitForText(By.tagName("body"), "Your apologies are withdrawn");
            riley.click("apologies:withdraw");
            riley.waitForText(By.tagName("body"), "Your apologies are withdrawn");
            chair.go("meetings/meeting.xhtml?meeting=" + meeting);
            assertThat(chair.textOf("quorum")).contains("Expected: 3 of 3 members; quorum 3: quorate");
            assertThat(riley.consoleErrors()).isEmpty();
        }
    }

    @Test
    void someoneNotOnTheBoardCannotSendApologiesAndTheRefusalIsAudited() throws Exception {
        long meeting = nextSafeguardingPartnershipMeeting();
        PortalClient admin = signedIn("avery.admin");
        for (String outsider : List.of("morgan.member", "jordan.former")) {
            long before = AuditTrail.newest(AuditTrail.filtered(admin, outsider, null, "ACCESS_REFUSED"));
            PortalClient client = signedIn(outsider);
            var page = client.get("meetings/meeting.xhtml?meeting=" + meeting);
            assertThat(page.statusCode()).as(outsider).isEqualTo(403);
            assertThat(page.body()).doesNotContain("Send my apologies");
            assertThat(AuditTrail.after(before, AuditTrail.filtered(admin, outsider, null, "ACCESS_REFUSED"))).as(outsider).hasSize(1);
            assertThat(attendanceRowsOf(meeting, outsider)).as("nothing recorded for " + outsider).isZero();
        }
        // An administrator reads every board's meetings but has no seat, so no apologies to send.
        assertThat(admin.get("meetings/meeting.xhtml?meeting=" + meeting).body()).doesNotContain("Send my apologies");
    }

    private static long lastHeldSafeguardingPartnershipMeeting() throws Exception {
        return longOf("SELECT m.id FROM meeting m JOIN board b ON b.id = m.board_id WHERE b.short_name = 'CSP-KV' AND m.status = 'HELD' "
                + "AND EXISTS (SELECT 1 FROM paper p JOIN agenda_item i ON i.id = p.agenda_item_id WHERE i.meeting_id = m.id) ORDER BY m.starts_at DESC LIMIT 1");
    }

    private static long firstPaperOf(long meeting) throws Exception {
        return longOf("SELECT p.id FROM paper p JOIN agenda_item i ON i.id = p.agenda_item_id WHERE i.meeting_id = " + meeting + " ORDER BY p.id LIMIT 1");
    }

    private static long boardOf(long meeting) throws Exception {
        return longOf("SELECT board_id FROM meeting WHERE id = " + meeting);
    }

    private static long paperNamed(String fileName) throws Exception {
        return longOf("SELECT id FROM paper WHERE file_name = ?", fileName);
    }

    /** The first column of the query's first row, which must exist. */
    private static long longOf(String sql, Object... parameters) throws Exception {
        try (Connection db = TestDatabase.connectAsOwner(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                assertThat(rs.next()).as(sql).isTrue();
                return rs.getLong(1);
            }
        }
    }

    private static String rowOf(Browser browser, String name) {
        return browser.driver().findElements(By.cssSelector("#attendance\\:table_data tr")).stream()
                .map(row -> row.getText()).filter(text -> text.contains(name)).findFirst().orElseThrow();
    }

    /**
     * The quorum counts the board's members: an adviser and business support sit at the table (the attendance lists them)
     * but are not counted (a page walk read "Expected: 5 of 5 members" on the Exploitation Subgroup, whose five seats
     * include its adviser and its business support).
     */
    @Test
    void theQuorumCountsTheBoardsMembersNotItsAdviserOrBusinessSupport() throws Exception {
        long meeting = longOf("SELECT m.id FROM meeting m JOIN board b ON b.id = m.board_id WHERE b.short_name = 'EXPLOIT' AND m.status = 'PLANNED' "
                + "AND m.starts_at > NOW() ORDER BY m.starts_at LIMIT 1");
        try (Browser chair = Browser.open(base)) {
            chair.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            chair.go("meetings/meeting.xhtml?meeting=" + meeting);
            chair.waitFor(By.id("quorum"));
            String attendance = chair.textOf("attendance");
            assertThat(attendance).contains("Morgan Member").contains("Adviser").contains("Sam Support").contains("Business support");
            assertThat(chair.textOf("quorum")).contains("Expected: 3 of 3 members; quorum 3: quorate");
        }
    }

    private long nextSafeguardingPartnershipMeeting() throws Exception {
        try (Connection db = TestDatabase.connectAsOwner(); PreparedStatement query = db.prepareStatement(
                "SELECT m.id FROM meeting m JOIN board b ON b.id = m.board_id WHERE b.short_name = 'CSP-KV' AND m.title = 'Partnership board meeting' "
                        + "AND m.status = 'PLANNED' ORDER BY m.starts_at LIMIT 1"); ResultSet rs = query.executeQuery()) {
            assertThat(rs.next()).as("the demo's next Safeguarding Partnership meeting").isTrue();
            return rs.getLong(1);
        }
    }

    private static long userId(String username) throws Exception {
        return longOf("SELECT id FROM user_account WHERE username = ?", username);
    }

    private static Long deputyOf(long meeting, String username) throws Exception {
        try (Connection db = TestDatabase.connectAsOwner(); PreparedStatement query = db.prepareStatement(
                "SELECT a.deputy_user_id FROM meeting_attendance a JOIN user_account u ON u.id = a.user_id WHERE a.meeting_id = ? AND u.username = ?")) {
            query.setLong(1, meeting);
            query.setString(2, username);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? (Long) rs.getObject(1, Long.class) : null;
            }
        }
    }

    private static int attendanceRowsOf(long meeting, String username) throws Exception {
        try (Connection db = TestDatabase.connectAsOwner(); PreparedStatement query = db.prepareStatement(
                "SELECT COUNT(*) FROM meeting_attendance a JOIN user_account u ON u.id = a.user_id WHERE a.meeting_id = ? AND u.username = ?")) {
            query.setLong(1, meeting);
            query.setString(2, username);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private PortalClient signedIn(String username) throws Exception {
        return PortalClient.signedIn(base, username, DEMO_PASSWORD);
    }
}
