package org.partnershipportal.meetings;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.partnershipportal.platform.WorkingCalendar;
import org.partnershipportal.testsupport.AuditTrail;
import org.partnershipportal.testsupport.Browser;
import org.partnershipportal.testsupport.ClockControl;
import org.partnershipportal.testsupport.Mailbox;
import org.partnershipportal.testsupport.MeetingSteps;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.TestFiles;

import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.testsupport.Mailbox.subject;
import static org.partnershipportal.testsupport.Mailbox.textOf;
import static org.partnershipportal.testsupport.Mailbox.to;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * The agenda cycle in a real Chromium, told as the Safeguarding Partnership lives it: the chair drafts
 * an agenda that its members cannot see (nor its papers), the lead of an item with no paper is reminded,
 * a paper after the deadline is marked late, publishing e-mails each member once with the agenda and a
 * calendar entry that updates the one they have, and a change after publication is shown as a change
 * and sent again with a higher SEQUENCE.
 */
@UsesDemoPartnership
class AgendaCycleBrowserIT {

    static final String CSP = "Children's Safeguarding Partnership";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.mail.port", 33025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    static final Mailbox MAILBOX = Mailbox.of(MAIL);

    final URL base = SharedPortal.base();

    @TempDir
    Path files;

    @Test
    void aDraftAgendaIsTheChairsUntilPublishedThenEachMemberGetsItOnceWithACalendarEntryThatUpdates() throws Exception {
        String run = Long.toString(System.nanoTime() % 100_000);
        String hotspots = "Exploitation hotspots near the bus station " + run;
        // Wording no demo item shares: other tests read the demo's duplicate groups, which an item like theirs would change.
        String interviews = "School transport for children in care " + run;
        PortalClient admin = signedIn("avery.admin");
        WorkingCalendar calendar = PapersDeadlineTest.shipped();
        // The portal's day moves to a working day (papers reminders go out on working days); the meeting is two
        // working days later, so the board's five-working-day papers deadline has already passed.
        LocalDate realToday = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate portalToday = calendar.plusWorkingDays(realToday, 0);
        LocalDate meetingDay = calendar.plusWorkingDays(portalToday, 2);
        ClockControl.move(admin, Duration.ofDays(ChronoUnit.DAYS.between(realToday, portalToday)));
        try (Browser chair = Browser.open(base); Browser member = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            long meeting = MeetingSteps.schedule(chair, CSP, "Extraordinary meeting " + run, meetingDay, "10:00", "12:00");
            assertThat(chair.textOf("publication:draftNote")).contains("only the chair, vice-chair, business support and administrators see it");

            chair.type("newItem:title", hotspots);
            chair.choose("newItem:purpose", "For decision");
            chair.choose("newItem:leadUserId", "Blake Boardmember (KSP)");
            chair.click("newItem:add");
            chair.waitForText(By.id("agendaItems"), hotspots);
            chair.type("newItem:title", interviews);
            chair.choose("newItem:purpose", "For discussion");
            chair.choose("newItem:leadUserId", "Riley Reviewer (KICB)");
            chair.click("newItem:add");
            chair.waitForText(By.id("agendaItems"), interviews);
            assertThat(chair.textOf("agendaItems")).contains("For decision").contains("For discussion");
            // Leads chosen only from the portal's list (no name typed) are shown by name and agency, on the agenda and in the pack.
            assertThat(chair.textOf("agendaItems")).contains("Lead: Blake Boardmember (KSP)").contains("Lead: Riley Reviewer (KICB)");
            var draftPack = signedIn("casey.chair").getBytes("meetings/pack.pdf?meeting=" + meeting);
            assertThat(draftPack.statusCode()).isEqualTo(200);
            assertThat(String.join(" ", new org.partnershipportal.testsupport.PdfPages(draftPack.body()).pages))
                    .contains("Lead: Blake Boardmember (KSP)").contains("Lead: Riley Reviewer (KICB)");
            List<Long> items = idsIn(chair.driver().getPageSource(), "item\\.xhtml\\?item=(\\d+)");
            // A third item whose lead has since left the board (set in the database: the page offers current members only).
            String youthClubs = "Youth club opening hours " + run;
            chair.type("newItem:title", youthClubs);
            chair.click("newItem:add");
            chair.waitForText(By.id("agendaItems"), youthClubs);
            long formerLeadsItem = idsIn(chair.driver().getPageSource(), "item\\.xhtml\\?item=(\\d+)").get(2);
            try (java.sql.Connection db = org.partnershipportal.testsupport.TestDatabase.connectAsOwner();
                 java.sql.PreparedStatement lead = db.prepareStatement(
                         "UPDATE agenda_item SET lead_user_id = (SELECT id FROM user_account WHERE username = 'jordan.former') WHERE id = ?")) {
                lead.setLong(1, formerLeadsItem);
                assertThat(lead.executeUpdate()).isEqualTo(1);
            }

            // A paper for the first item, after the deadline: marked late.
            chair.go("meetings/item.xhtml?item=" + items.get(0));
            assertThat(chair.textOf("papers:papersDue")).contains("Papers are due by");
            Path briefing = files.resolve("hotspots-briefing.pdf");
            TestFiles.writePdf(briefing, "Hotspots briefing " + run);
            chair.attach("papers", briefing);
            chair.click("papers:upload");
            chair.waitForText(By.id("paperList"), "hotspots-briefing.pdf");
            assertThat(chair.textOf("paperList")).contains("Late");
            long paper = idsIn(chair.driver().getPageSource(), "paper\\?id=(\\d+)").get(0);
            chair.screenshot("agenda-draft-chair");

            // Riley sits on the board but cannot see the draft: only the item he leads, no other item, no paper (refused and audited).
            member.signInOverHttp("riley.reviewer", DEMO_PASSWORD);
            member.go("meetings/meeting.xhtml?meeting=" + meeting);
            member.waitFor(By.id("agenda:agendaWithheld"));
            assertThat(member.text()).doesNotContain(hotspots).doesNotContain("hotspots-briefing.pdf");
            assertThat(member.textOf("agenda")).doesNotContain(interviews);
            assertThat(member.textOf("ledItems")).contains(interviews).contains("No paper yet");
            assertThat(member.driver().findElements(By.id("publication:publish"))).isEmpty();
            member.screenshot("agenda-draft-member");
            PortalClient riley = signedIn("riley.reviewer");
            long refusalsBefore = AuditTrail.newest(AuditTrail.filtered(admin, "riley.reviewer", null, "ACCESS_REFUSED"));
            HttpResponse<byte[]> refused = riley.getBytes("meetings/paper?id=" + paper);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(new String(refused.body(), StandardCharsets.UTF_8)).doesNotContain("Hotspots briefing");
            List<AuditTrail.Row> refusals = AuditTrail.after(refusalsBefore, AuditTrail.filtered(admin, "riley.reviewer", null, "ACCESS_REFUSED"));
            assertThat(refusals).hasSize(1);
            assertThat(refusals.get(0).detail()).contains("draft agenda");
            assertThat(riley.get("boards/workspace.xhtml?board=" + boardOf(riley)).body()).doesNotContain("hotspots-briefing.pdf");

            // The daily reminder, sent now by an administrator: Riley leads the item with no paper; Blake's has one.
            sendPapersRemindersNow(admin);
            String reminder = textOf(MAILBOX.await(m -> to(m, "riley.reviewer") && subject(m).contains("agenda item")
                    && textOf(m).contains(interviews)));
            assertThat(reminder).contains("Paper due by").contains("/meetings/meeting.xhtml?meeting=" + meeting).doesNotContain(hotspots);
            assertThat(MAILBOX.matching(m -> to(m, "blake.boardmember") && textOf(m).contains(hotspots))).isEmpty();
            // Jordan no longer sits on the board, so is not sent to a page that would refuse him (the job mails leads in
            // username order, so his would have come before Riley's).
            assertThat(MAILBOX.matching(m -> to(m, "jordan.former") && textOf(m).contains(youthClubs))).isEmpty();

            // Riley follows the reminder's link and sends his paper from the meeting's page, before publication: late, as the
            // deadline has passed. The chair reads it on the item's page; Riley may open it, Blake (another item's lead) may not.
            Matcher link = Pattern.compile("/(meetings/meeting\\.xhtml\\?meeting=\\d+)").matcher(reminder);
            assertThat(link.find()).isTrue();
            member.go(link.group(1));
            Path transport = files.resolve("school-transport.pdf");
            TestFiles.writePdf(transport, "School transport " + run);
            member.attach("ownPapers", transport);
            member.click("ownPapers:send");
            member.waitForText(By.id("ledItems"), "school-transport.pdf");
            assertThat(member.textOf("ledItems")).contains("Late").contains("sent by Riley Reviewer").doesNotContain("No paper yet");
            assertThat(member.textOf("pageMessages")).contains("school-transport.pdf sent (1 KB).");
            member.scrollTo("ledItems");
            member.screenshot("lead-sends-paper");
            member.viewportWidth(390);
            member.screenshot("phone-lead-sends-paper");
            member.viewportWidth(1366);
            chair.go("meetings/item.xhtml?item=" + items.get(1));
            chair.waitForText(By.id("paperList"), "school-transport.pdf");
            assertThat(chair.textOf("paperList")).contains("uploaded by Riley Reviewer").contains("Late");
            long transportPaper = idsIn(chair.driver().getPageSource(), "paper\\?id=(\\d+)").get(0);
            assertThat(new String(riley.getBytes("meetings/paper?id=" + transportPaper).body(), StandardCharsets.ISO_8859_1)).startsWith("%PDF");
            assertThat(signedIn("blake.boardmember").getBytes("meetings/paper?id=" + transportPaper).statusCode()).isEqualTo(403);

            // The chair hands the item to Blake while Riley's page is still open: Riley's next paper is refused where he
            // sent it, and nothing is stored.
            chair.choose("details:leadUserId", "Blake Boardmember (KSP)");
            chair.click("details:save");
            chair.waitForText(By.tagName("body"), "Item saved.");
            Path another = files.resolve("school-transport-annex.pdf");
            TestFiles.writePdf(another, "Annex " + run);
            long refusedBefore = AuditTrail.newest(AuditTrail.filtered(admin, "riley.reviewer", null, "ACCESS_REFUSED"));
            member.attach("ownPapers", another);
            member.click("ownPapers:send");
            member.waitForText(By.id("ownPapers"), "Only the item's lead, the chair, vice-chair or business support can add papers to it.");
            member.scrollTo("ownPapers");
            member.screenshot("lead-refused-paper");
            chair.go("meetings/item.xhtml?item=" + items.get(1));
            chair.waitForText(By.id("paperList"), "school-transport.pdf");
            assertThat(chair.textOf("paperList")).doesNotContain("annex");
            List<AuditTrail.Row> refusedPaper = AuditTrail.after(refusedBefore, AuditTrail.filtered(admin, "riley.reviewer", null, "ACCESS_REFUSED"));
            assertThat(refusedPaper).hasSize(1);
            assertThat(refusedPaper.get(0).detail()).contains("does not lead");

            String icsBefore = signedIn("casey.chair").get("meetings/meeting.ics?meeting=" + meeting).body();
            int sequenceBefore = sequenceOf(icsBefore);

            // Publishing: each current member gets one e-mail, with the agenda, the paper's link and the calendar entry.
            chair.go("meetings/meeting.xhtml?meeting=" + meeting);
            chair.click("publication:publish");
            chair.waitForText(By.tagName("body"), "Agenda published: 3 members e-mailed.");
            assertThat(chair.textOf("agendaStatus")).contains("Agenda published");
            Predicate<MimeMessage> published = m -> subject(m).startsWith("Agenda published: CSP-KV") && textOf(m).contains(hotspots);
            MAILBOX.await(m -> published.test(m) && to(m, "riley.reviewer"));
            MAILBOX.await(m -> published.test(m) && to(m, "blake.boardmember"));
            MAILBOX.await(m -> published.test(m) && to(m, "casey.chair"));
            Map<String, Integer> perPerson = new LinkedHashMap<>();
            for (MimeMessage message : MAILBOX.matching(published)) {
                perPerson.merge(message.getAllRecipients()[0].toString(), 1, Integer::sum);
            }
            assertThat(perPerson).as("one mail per current member, none to the ex-member or other boards' members").containsOnly(
                    Map.entry("riley.reviewer@kestrel-vale.example", 1), Map.entry("blake.boardmember@kestrel-vale.example", 1),
                    Map.entry("casey.chair@kestrel-vale.example", 1));
            MimeMessage toRiley = MAILBOX.matching(m -> published.test(m) && to(m, "riley.reviewer")).get(0);
            assertThat(textOf(toRiley)).contains("1. " + hotspots + " (for decision)").contains("2. " + interviews + " (for discussion)")
                    .contains("/meetings/paper?id=" + paper).contains("(late)");
            VEvent entry = eventIn(toRiley);
            assertThat(entry.getUid().orElseThrow().getValue()).isEqualTo(uidOf(icsBefore));
            int publishedSequence = entry.getSequence().getSequenceNo();
            assertThat(publishedSequence).as("SEQUENCE after publication").isGreaterThan(sequenceBefore);

            // Now Riley sees the agenda, its purposes and the late paper, and may open it.
            member.go("meetings/meeting.xhtml?meeting=" + meeting);
            member.waitForText(By.id("agendaItems"), hotspots);
            assertThat(member.textOf("agendaItems")).contains(interviews).contains("For decision").contains("Late");
            assertThat(riley.getBytes("meetings/paper?id=" + paper).statusCode()).isEqualTo(200);
            member.screenshot("agenda-published-member");

            // A change after publication is shown as a change, and the update goes out with a higher SEQUENCE.
            chair.go("meetings/item.xhtml?item=" + items.get(1));
            chair.type("details:title", interviews + ": school holidays");
            chair.choose("details:purpose", "For decision");
            chair.click("details:save");
            chair.waitForText(By.tagName("body"), "Item saved.");
            chair.go("meetings/meeting.xhtml?meeting=" + meeting);
            chair.waitForText(By.id("agendaChanges"), "Changed: " + interviews + ": school holidays");
            assertThat(chair.textOf("agendaChanges")).contains("not yet sent to members");
            // Moving the meeting after publication is a change too: members planned their day around the time they were sent.
            chair.setValue("details:startTime", "09:30");
            chair.click("details:save");
            chair.waitForText(By.tagName("body"), "Meeting details saved.");
            chair.waitForText(By.id("agendaChanges"), "Moved from");
            assertThat(chair.textOf("agendaChanges")).containsPattern("Moved from \\w{3} \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2}\u2013\\d{2}:\\d{2} to \\w{3} \\d{1,2} \\w{3} \\d{4}, 09:30\u2013");
            chair.click("publication:publish");
            chair.waitForText(By.tagName("body"), "Updated agenda sent: 3 members e-mailed.");
            MimeMessage update = MAILBOX.await(m -> to(m, "riley.reviewer") && subject(m).startsWith("Agenda updated: CSP-KV")
                    && textOf(m).contains(hotspots));
            assertThat(textOf(update)).contains("What changed:").contains("now for decision").contains("Moved from");
            VEvent updated = eventIn(update);
            assertThat(updated.getUid().orElseThrow().getValue()).isEqualTo(uidOf(icsBefore));
            assertThat(updated.getSequence().getSequenceNo()).isGreaterThan(publishedSequence);

            member.go("meetings/meeting.xhtml?meeting=" + meeting);
            member.waitForText(By.id("agendaItems"), "Changed since publication");
            assertThat(member.textOf("agendaChanges")).contains("Changed: " + interviews + ": school holidays").contains("Moved from")
                    .doesNotContain("not yet sent to members");
            member.screenshot("agenda-changed-member");
            member.viewportWidth(390);
            member.screenshot("phone-agenda-changed-member");
            member.viewportWidth(1366);
            assertThat(member.consoleErrors()).isEmpty();
            assertThat(chair.consoleErrors()).isEmpty();
        } finally {
            ClockControl.reset(admin);
        }
    }

    @Test
    void publishingAnEmptyAgendaIsRefusedWithAReasonAndNothingIsSent() throws Exception {
        String run = Long.toString(System.nanoTime() % 100_000);
        try (Browser chair = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            chair.go("boards/index.xhtml");
            chair.clickLink(CSP);
            chair.click("scheduleMeeting");
            chair.type("meeting:title", "Empty agenda " + run);
            chair.setValue("meeting:date", LocalDate.now().plusDays(60).toString());
            chair.setValue("meeting:startTime", "10:00");
            chair.setValue("meeting:endTime", "11:00");
            chair.type("meeting:place", "Committee Room 1");
            chair.click("meeting:schedule");
            chair.waitForText(By.id("agendaStatus"), "Draft agenda");
            int mailsBefore = MAIL.getReceivedMessages().length;
            chair.click("publication:publish");
            chair.waitForText(By.id("publication"), "Add at least one item before publishing the agenda");
            assertThat(chair.textOf("agendaStatus")).contains("Draft agenda");
            assertThat(MAIL.getReceivedMessages()).hasSize(mailsBefore);
        }
    }

    // ---------------------------------------------------------------- helpers

    private void sendPapersRemindersNow(PortalClient admin) throws Exception {
        HttpResponse<String> page = admin.get("admin/reminders.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("reminders", "reminders");
        form.put("reminders:sendPapersNow", "");
        form.put("jakarta.faces.ViewState", PortalClient.viewState(page.body()));
        form.put("primefaces.nonce", PortalClient.nonce(page.body()));
        assertThat(admin.post("admin/reminders.xhtml", form).statusCode()).isIn(200, 302);
    }

    private long boardOf(PortalClient member) throws Exception {
        Matcher board = Pattern.compile("workspace\\.xhtml\\?board=(\\d+)\">Children(?:&#39;|')s Safeguarding Partnership<")
                .matcher(member.get("boards/index.xhtml").body());
        assertThat(board.find()).isTrue();
        return Long.parseLong(board.group(1));
    }

    /** The attached calendar entry, read as a calendar program reads it (ical4j). */
    static VEvent eventIn(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if ("meeting.ics".equals(part.getFileName())) {
                assertThat(part.getContentType()).startsWith("text/calendar");
                try (InputStream in = part.getInputStream()) {
                    Calendar calendar = new CalendarBuilder().build(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
                }
            }
        }
        throw new AssertionError("No meeting.ics attached to " + message.getSubject());
    }

    static int sequenceOf(String ics) {
        Matcher sequence = Pattern.compile("(?m)^SEQUENCE:(\\d+)").matcher(ics);
        assertThat(sequence.find()).isTrue();
        return Integer.parseInt(sequence.group(1));
    }

    static String uidOf(String ics) {
        Matcher uid = Pattern.compile("(?m)^UID:(\\S+)").matcher(ics);
        assertThat(uid.find()).isTrue();
        return uid.group(1);
    }

    static long idIn(String url, String parameter) {
        return MeetingSteps.idIn(url, parameter);
    }

    static List<Long> idsIn(String html, String pattern) {
        List<Long> ids = new ArrayList<>();
        Matcher id = Pattern.compile(pattern).matcher(html);
        while (id.find()) {
            long value = Long.parseLong(id.group(1));
            if (!ids.contains(value)) {
                ids.add(value);
            }
        }
        return ids;
    }

    private PortalClient signedIn(String username) throws Exception {
        return PortalClient.signedIn(base, username, DEMO_PASSWORD);
    }
}
