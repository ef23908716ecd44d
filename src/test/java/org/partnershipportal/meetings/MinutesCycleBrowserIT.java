package org.partnershipportal.meetings;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import jakarta.mail.internet.MimeMessage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnershipportal.testsupport.AuditTrail;
import org.partnershipportal.testsupport.Browser;
import org.partnershipportal.testsupport.Mailbox;
import org.partnershipportal.testsupport.MeetingSteps;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.SharedPortal;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * The minutes cycle in a real Chromium: the chair drafts a held meeting's minutes and circulates them; a
 * member comments; the chair records their approval at the next meeting (a decision of that meeting);
 * an edit from a page left open before approval is refused and audited; a correction is a new version
 * with who and why; the decisions register finds the decision for members of the board only, and
 * exports it.
 */
@UsesDemoPartnership
class MinutesCycleBrowserIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.mail.port", 33025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    final URL base = SharedPortal.base();

    @Test
    void minutesAreCirculatedCommentedApprovedAtTheNextMeetingLockedAndCorrectedAsVersions() throws Exception {
        String run = Long.toString(System.nanoTime() % 100_000);
        String minutes = "Partners agreed a joint plan " + run;
        String decision = "Agreed to adopt the joint serious violence plan " + run;
        PortalClient admin = signedIn("avery.admin");
        try (Browser chair = Browser.open(base); Browser stale = Browser.open(base); Browser member = Browser.open(base);
             Browser lead = Browser.open(base); Browser staleMeeting = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            long held = schedule(chair, "Minutes cycle A " + run, LocalDate.now().minusDays(14));
            chair.type("newItem:title", "Serious youth violence: joint plan " + run);
            chair.type("newItem:minutesAllotted", "20");
            chair.click("newItem:add");
            chair.waitForText(By.id("agendaItems"), "Serious youth violence: joint plan " + run);
            long item = AgendaCycleBrowserIT.idsIn(chair.driver().getPageSource(), "item\\.xhtml\\?item=(\\d+)").get(0);
            assertThat(chair.driver().findElement(By.cssSelector("#item-" + item + " p.small")).getText())
                    .as("an item with no lead: its time alone, with nothing before it").isEqualTo("20 minutes");
            // A second item, led by Riley, a member.
            String referrals = "Youth diversion referrals " + run;
            chair.type("newItem:title", referrals);
            chair.choose("newItem:leadUserId", "Riley Reviewer (KICB)");
            chair.click("newItem:add");
            chair.waitForText(By.id("agendaItems"), referrals);
            chair.click("publication:publish");
            chair.waitForText(By.tagName("body"), "Agenda published");
            // The chair's other tab, open on the meeting before it is marked held; and Riley's, offered to send his paper.
            stale.signInOverHttp("casey.chair", DEMO_PASSWORD);
            stale.go("meetings/meeting.xhtml?meeting=" + held);
            stale.waitFor(By.id("publication:publish"));
            lead.signInOverHttp("riley.reviewer", DEMO_PASSWORD);
            lead.go("meetings/meeting.xhtml?meeting=" + held);
            lead.waitForText(By.id("ledItems"), referrals);
            chair.choose("details:status", "Held");
            chair.click("details:save");
            chair.waitForText(By.tagName("body"), "Meeting details saved.");
            assertThat(chair.textOf("details:messages")).as("A's agenda was published").doesNotContain("still a draft");
            // Once the meeting is held a lead's paper is refused (audited), nothing is stored, and the page no longer offers it.
            long leadRefusalsBefore = AuditTrail.newest(AuditTrail.filtered(admin, "riley.reviewer", null, "ACCESS_REFUSED"));
            java.nio.file.Path late = java.nio.file.Files.createTempFile("referrals", ".pdf");
            org.partnershipportal.testsupport.TestFiles.writePdf(late, "Referrals " + run);
            lead.attach("ownPapers", late);
            lead.click("ownPapers:send");
            lead.waitForText(By.id("ownPapers"), "This meeting has been held: send any further papers to the chair, vice-chair or business support");
            List<AuditTrail.Row> leadRefusals = AuditTrail.after(leadRefusalsBefore, AuditTrail.filtered(admin, "riley.reviewer", null, "ACCESS_REFUSED"));
            assertThat(leadRefusals).hasSize(1);
            assertThat(leadRefusals.get(0).detail()).contains("after the meeting was held");
            String lateName = late.getFileName().toString();
            java.nio.file.Files.delete(late);
            lead.go("meetings/meeting.xhtml?meeting=" + held);
            lead.waitForText(By.id("agendaItems"), referrals);
            assertThat(lead.driver().findElements(By.id("ownPapers"))).as("the paper form on a held meeting").isEmpty();
            assertThat(lead.textOf("agendaItems")).doesNotContain(lateName);
            assertThat(chair.driver().findElements(By.id("publication:publish")))
                    .as("a held meeting's agenda is not sent again: its minutes are the record").isEmpty();
            stale.click("publication:publish");
            stale.waitForText(By.tagName("body"), "This meeting has been held, so its agenda is not sent again");
            // Nothing is written yet: no minutes to circulate.
            chair.go("meetings/meeting.xhtml?meeting=" + held);
            chair.click("minutesCycle:circulate");
            chair.waitForText(By.tagName("body"), "Write the minutes or decisions of at least one item before circulating them");
            assertThat(chair.textOf("minutesStatus")).contains("Draft minutes");
            chair.go("meetings/item.xhtml?item=" + item);
            chair.type("outcome:minutes", minutes);
            chair.type("outcome:decisions", decision);
            chair.click("outcome:save");
            chair.waitForText(By.tagName("body"), "Minutes and decisions saved.");
            // An item with minutes is the meeting's record: no Remove on it now, and the chair's older tab is refused.
            chair.go("meetings/meeting.xhtml?meeting=" + held);
            chair.waitFor(By.id("item-" + item));
            assertThat(chair.driver().findElements(By.cssSelector("#item-" + item + " .remove-item"))).as("Remove on an item with minutes").isEmpty();
            stale.driver().findElement(By.cssSelector("#item-" + item + " .remove-item")).click();
            stale.waitForText(By.tagName("body"), "This item has minutes or decisions recorded, so it stays on the record");
            chair.go("meetings/meeting.xhtml?meeting=" + held);
            chair.waitForText(By.id("agendaItems"), "Serious youth violence: joint plan " + run);
            // Minutes are approved at a meeting that has met (B); one still to come (C) cannot be marked held, nor approve them.
            long next = schedule(chair, "Minutes cycle B " + run, LocalDate.now().minusDays(7));
            long toCome = schedule(chair, "Minutes cycle C " + run, LocalDate.now().plusDays(30));
            chair.go("meetings/meeting.xhtml?meeting=" + toCome);
            chair.choose("details:status", "Held");
            chair.click("details:save");
            chair.waitForText(By.tagName("body"), "A meeting is marked held once its day has come");
            chair.go("meetings/meeting.xhtml?meeting=" + toCome);
            assertThat(chair.textOf("meetingStatus")).as("meeting C, still to come").doesNotContain("Held");

            chair.go("meetings/meeting.xhtml?meeting=" + held);
            assertThat(chair.textOf("minutesStatus")).contains("Draft minutes");
            assertThat(chair.driver().findElements(By.id("minutesCycle:minutesBeingWritten"))).isEmpty();
            // A member reading the held meeting before circulation is told what comes next, not shown an empty box.
            org.jsoup.nodes.Document beforeCirculation = org.jsoup.Jsoup.parse(signedIn("riley.reviewer").get("meetings/meeting.xhtml?meeting=" + held).body());
            assertThat(beforeCirculation.select("[id='minutesCycle:minutesBeingWritten']").text())
                    .contains("You will get an e-mail when they are circulated to members");
            chair.click("minutesCycle:circulate");
            chair.waitForText(By.tagName("body"), "Minutes circulated");
            assertThat(chair.textOf("main")).containsPattern("Minutes circulated: members can read them and comment; \\d+ members e-mailed\\.");
            // Each member is told, with the way to the minutes (the minutes themselves stay in the portal).
            MimeMessage told = Mailbox.of(MAIL).await(m -> Mailbox.to(m, "riley.reviewer") && Mailbox.subject(m).startsWith("Minutes for comment: CSP-KV")
                    && Mailbox.textOf(m).contains("Minutes cycle A " + run));
            assertThat(Mailbox.textOf(told)).contains("/meetings/meeting.xhtml?meeting=" + held + "#minutesSection").doesNotContain(minutes);

            member.signInOverHttp("riley.reviewer", DEMO_PASSWORD);
            member.go("meetings/meeting.xhtml?meeting=" + held);
            assertThat(member.textOf("minutesStatus")).contains("Circulated for comment");
            assertThat(member.textOf("agendaItems")).contains(minutes);
            member.type("minutesCycle:comment", "Please record that health joined for this item " + run);
            member.click("minutesCycle:sendComment");
            member.waitForText(By.tagName("body"), "Your comment is with the chair.");

            // A page left open on the item before approval.
            stale.go("meetings/item.xhtml?item=" + item);
            stale.waitFor(By.id("outcome:minutes"));

            // Meeting B, held, is recorded as not quorate (every member sent apologies): it may discuss but not decide, so it is not offered.
            chair.go("meetings/meeting.xhtml?meeting=" + next);
            chair.choose("details:status", "Held");
            chair.click("details:save");
            chair.waitForText(By.tagName("body"), "Meeting details saved.");
            // B's agenda was never published: the chair is told that members see nothing of its record until it is.
            assertThat(chair.textOf("details:messages"))
                    .contains("Its agenda is still a draft, so the board's members see none of this meeting's record: publish it above.");
            assertThat(chair.textOf("publication:heldDraftNote")).startsWith("This meeting is marked held, but its agenda is still a draft");
            // Nor are its minutes circulated until then: members would be e-mailed minutes they cannot open.
            chair.click("minutesCycle:circulate");
            chair.waitForText(By.tagName("body"), "Publish the meeting's agenda first: members read the minutes through it");
            recordEveryMemberAs(chair, "Apologies");
            assertThat(chair.textOf("main")).contains("not quorate");
            // A mark made by mistake is taken back: "Not recorded" again, and it stays so.
            String firstMenu = chair.driver().findElements(By.cssSelector("#attendance\\:table_data .ui-selectonemenu")).get(0).getAttribute("id");
            chair.choose(firstMenu, "Not recorded");
            chair.click("attendance:save");
            chair.waitForText(By.id("attendance"), "Attendance saved.");
            chair.go("meetings/meeting.xhtml?meeting=" + next);
            assertThat(chair.waitFor(By.id(firstMenu + "_label")).getText()).as("taken back to not recorded").isEqualTo("Not recorded");
            chair.go("meetings/meeting.xhtml?meeting=" + held);
            chair.waitFor(By.id("minutesCycle:approve"));
            assertThat(chair.driver().findElements(By.cssSelector("#minutesCycle\\:approveAt_input option, #minutesCycle\\:approvalWaits")))
                    .as("the approval's choices, or the note that there are none yet").isNotEmpty();
            assertThat(chair.driver().findElements(By.cssSelector("#minutesCycle\\:approveAt_input option")))
                    .as("meetings offered for the approval").noneMatch(o -> o.getAttribute("textContent").contains("Minutes cycle B " + run));
            chair.go("meetings/meeting.xhtml?meeting=" + next);
            recordEveryMemberAs(chair, "Present");

            chair.go("meetings/meeting.xhtml?meeting=" + held);
            assertThat(chair.textOf("minutesCycle:minutesComments")).contains("health joined for this item " + run).contains("Riley Reviewer (KICB)");
            // The chair's page on the held meeting, left open in another window before the approval.
            staleMeeting.signInOverHttp("casey.chair", DEMO_PASSWORD);
            staleMeeting.go("meetings/meeting.xhtml?meeting=" + held);
            staleMeeting.waitFor(By.id("attendance:save"));
            assertThat(chair.driver().findElements(By.cssSelector("#minutesCycle\\:approveAt_input option")))
                    .as("meetings offered for the approval").noneMatch(o -> o.getAttribute("textContent").contains("Minutes cycle C " + run));
            WebElement option = chair.driver().findElements(By.cssSelector("#minutesCycle\\:approveAt_input option")).stream()
                    .filter(o -> o.getAttribute("textContent").contains("Minutes cycle B " + run)).findFirst().orElseThrow();
            chair.choose("minutesCycle:approveAt", option.getAttribute("textContent"));
            chair.click("minutesCycle:approve");
            chair.waitForText(By.tagName("body"), "Minutes approved as a correct record, and locked.");
            assertThat(chair.textOf("minutesStatus")).contains("Approved as a correct record").contains("recorded by Casey Chair (KVC).");
            chair.screenshot("minutes-approved");

            // Approved minutes lock the meeting's record: its agenda and attendance no longer change, and it stays held.
            chair.go("meetings/meeting.xhtml?meeting=" + held);
            assertThat(chair.textOf("agenda:recordLocked")).contains("its agenda and attendance are locked");
            assertThat(chair.driver().findElements(By.cssSelector("#attendance\\:table_data .ui-selectonemenu, #newItem, .agenda-tools")))
                    .as("attendance menus, the new-item form, the agenda's move and remove buttons").isEmpty();
            String lockedAgenda = chair.textOf("agendaItems");
            staleMeeting.click("attendance:save");
            staleMeeting.waitForText(By.id("attendance"), "were approved as a correct record and are locked");
            staleMeeting.type("newItem:title", "Added after approval " + run);
            staleMeeting.click("newItem:add");
            staleMeeting.waitForText(By.id("newItem"), "were approved as a correct record and are locked");
            chair.choose("details:status", "Cancelled");
            chair.click("details:save");
            chair.waitForText(By.id("details"), "so it stays held");
            chair.go("meetings/meeting.xhtml?meeting=" + held);
            assertThat(chair.textOf("meetingStatus")).contains("Held");
            assertThat(chair.textOf("agendaItems")).isEqualTo(lockedAgenda).doesNotContain("Added after approval");

            // Approval is a decision of the next meeting, on its minutes item.
            chair.go("meetings/meeting.xhtml?meeting=" + next);
            assertThat(chair.textOf("agendaItems")).contains("Minutes of the last meeting").contains("were approved as a correct record");

            // Nobody edits approved minutes in place: the page left open is refused, audited, and nothing changes.
            long refusalsBefore = AuditTrail.newest(AuditTrail.filtered(admin, "casey.chair", null, "ACCESS_REFUSED"));
            stale.type("outcome:minutes", "Rewritten after approval " + run);
            stale.click("outcome:save");
            stale.waitForText(By.id("outcome"), "These minutes are approved and locked. Record a correction, with your reason, instead");
            List<AuditTrail.Row> refusals = AuditTrail.after(refusalsBefore, AuditTrail.filtered(admin, "casey.chair", null, "ACCESS_REFUSED"));
            assertThat(refusals).hasSize(1);
            assertThat(refusals.get(0).detail()).contains("approved minutes");
            member.go("meetings/meeting.xhtml?meeting=" + held);
            assertThat(member.textOf("agendaItems")).contains(minutes).doesNotContain("Rewritten after approval");

            // A correction is a new version, with who and why; the earlier text is kept.
            chair.go("meetings/item.xhtml?item=" + item);
            assertThat(chair.textOf("outcome:lockedNote")).contains("approved and locked");
            assertThat(chair.driver().findElements(By.id("outcome:save"))).isEmpty();
            chair.click("outcome:correct");
            chair.waitForText(By.id("outcome"), "Say why the approved minutes are corrected");
            chair.type("outcome:minutes", minutes + "; health joined.");
            chair.type("outcome:reason", "Health's attendance was left out " + run);
            chair.click("outcome:correct");
            chair.waitForText(By.tagName("body"), "Correction recorded as version 2.");
            assertThat(chair.textOf("outcome:corrections")).contains("Version 2").contains("Casey Chair (KVC)")
                    .contains("Health's attendance was left out " + run).contains("Minutes before: " + minutes);
            chair.screenshot("minutes-correction");
            member.go("meetings/meeting.xhtml?meeting=" + held);
            assertThat(member.textOf("agendaItems")).contains(minutes + "; health joined.");

            // The decisions register: Riley finds the decision and exports it; Morgan, not on the board, finds nothing.
            member.go("meetings/decisions.xhtml?q=" + run);
            member.waitForText(By.id("decisions"), decision);
            assertThat(member.textOf("decisions")).contains("CSP-KV").contains("Approved as a correct record");
            member.screenshot("decisions-register");
            member.viewportWidth(390);
            member.screenshot("phone-decisions-register");
            member.go("meetings/meeting.xhtml?meeting=" + held);
            member.waitFor(By.id("minutesStatus"));
            member.screenshot("phone-meeting-minutes");
            member.viewportWidth(1366);
            String csv = signedIn("riley.reviewer").get("meetings/decisions.csv?q=" + run).body();
            assertThat(csv).startsWith("Board,Meeting date,Meeting,Agenda item,Decision,Minutes").contains(decision).contains("CSP-KV");
            String outsider = signedIn("morgan.member").get("meetings/decisions.xhtml?q=" + run).body();
            assertThat(outsider).contains("0 decisions").doesNotContain(decision);
            assertThat(signedIn("morgan.member").get("meetings/decisions.csv?q=" + run).body()).doesNotContain(decision);
            // Someone on no board at all (a practitioner, by address) is told why the register is empty for them.
            String practitioner = signedIn("parker.practitioner").get("meetings/decisions.xhtml").body();
            // Both pages that find them on no board say alike who adds members (only an administrator can).
            String whoAdds = "a partnership administrator adds members, at the request of the board's chair.";
            assertThat(org.jsoup.Jsoup.parse(practitioner).select("#noDecisions").text()).contains("you sit on none").contains(whoAdds);
            assertThat(org.jsoup.Jsoup.parse(signedIn("parker.practitioner").get("boards/index.xhtml").body()).select("#noBoards").text())
                    .contains(whoAdds);
            assertThat(practitioner).doesNotContain(decision);
            assertThat(org.jsoup.Jsoup.parse(outsider).select("#noDecisions").text()).isEqualTo("No decisions found.");
            assertThat(member.consoleErrors()).isEmpty();
        }
    }

    /**
     * The language check on minutes: a phrase from the partnership's list is underlined under the field as the chair
     * types, with the list's alternative beside it; saving is not blocked; the board's quarterly language report
     * counts it in the meeting's quarter (page and CSV); a member who does not run the board's meetings cannot open it.
     */
    @Test
    void aBlamingPhraseTypedInMinutesIsUnderlinedWithItsAlternativeSavedAndCountedInTheBoardsQuarterlyReport() throws Exception {
        String run = Long.toString(System.nanoTime() % 100_000);
        String term = "putting themselves at risk";
        LocalDate day = LocalDate.now().minusDays(14);
        String quarter = day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
        try (Browser chair = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            chair.go("language/index.xhtml");
            String alternative = chair.waitFor(By.cssSelector("tr.language-entry[data-term='" + term + "'] td.alternative")).getText();
            assertThat(alternative).isNotBlank();
            long board = boardOf(chair);
            int before = reportCount(chair, board, term, quarter);

            long meeting = schedule(chair, "Language check " + run, day);
            chair.type("newItem:title", "Missing episodes review " + run);
            chair.click("newItem:add");
            chair.waitForText(By.id("agendaItems"), "Missing episodes review " + run);
            long item = AgendaCycleBrowserIT.idsIn(chair.driver().getPageSource(), "item\\.xhtml\\?item=(\\d+)").get(0);
            chair.click("publication:publish");
            chair.waitForText(By.tagName("body"), "Agenda published");
            chair.choose("details:status", "Held");
            chair.click("details:save");
            chair.waitForText(By.tagName("body"), "Meeting details saved.");

            chair.go("meetings/item.xhtml?item=" + item);
            String minutes = "Partners heard that the young person keeps putting herself at risk near the station " + run + ".";
            chair.type("outcome:minutes", minutes);
            WebElement underlined = chair.waitFor(By.cssSelector("[id='outcome:minutesLanguage'] mark.language-flag"));
            assertThat(underlined.getText()).isEqualTo("putting herself at risk");
            assertThat(underlined.getCssValue("text-decoration-line")).isEqualTo("underline");
            assertThat(underlined.getAttribute("title")).isEqualTo("Say instead: " + alternative);
            WebElement note = chair.driver().findElement(By.cssSelector("[id='outcome:minutesLanguage'] li.language-finding[data-term='" + term + "']"));
            assertThat(note.findElement(By.className("alternative")).getText()).isEqualTo(alternative);
            assertThat(chair.driver().findElements(By.cssSelector("[id='outcome:decisionsLanguage'] mark"))).isEmpty();
            chair.scrollTo("outcome");
            chair.screenshot("language-check-minutes");
            chair.viewportWidth(390);
            chair.scrollTo("outcome:minutesLanguage");
            chair.screenshot("phone-language-check-minutes");
            chair.viewportWidth(1366);

            // The check never blocks the save: the minutes are saved as typed, and still underlined on the saved page.
            chair.click("outcome:save");
            chair.waitForText(By.tagName("body"), "Minutes and decisions saved.");
            assertThat(chair.driver().findElement(By.id("outcome:minutes")).getAttribute("value")).isEqualTo(minutes);
            assertThat(chair.driver().findElement(By.cssSelector("[id='outcome:minutesLanguage'] mark.language-flag")).getText())
                    .isEqualTo("putting herself at risk");

            assertThat(reportCount(chair, board, term, quarter)).isEqualTo(before + 1);
            chair.screenshot("language-report");
            chair.viewportWidth(390);
            chair.scrollTo("languageReport");
            chair.screenshot("phone-language-report");
            chair.viewportWidth(1366);
            String label = quarter.replace("-", " ");
            String csv = signedIn("casey.chair").get("language/report.csv?board=" + board).body();
            assertThat(csv.lines()).first().isEqualTo("Board,Quarter,Term,Occurrences,Say instead");
            assertThat(csv.lines()).anySatisfy(line -> assertThat(line).startsWith("Children's Safeguarding Partnership," + label + "," + term + "," + (before + 1) + ","));
            assertThat(chair.consoleErrors()).isEmpty();

            // A member who does not run the board's meetings is refused the report, page and file alike.
            PortalClient member = signedIn("riley.reviewer");
            assertThat(member.get("language/report.xhtml?board=" + board).statusCode()).isIn(403, 404);
            assertThat(member.get("language/report.csv?board=" + board).statusCode()).isIn(403, 404);
            assertThat(meeting).isPositive();
        }
    }

    /** Casey's board (the Children's Safeguarding Partnership), from its workspace's address. */
    private static long boardOf(Browser chair) {
        chair.go("boards/index.xhtml");
        chair.clickLink("Children's Safeguarding Partnership");
        chair.waitFor(By.id("languageReport"));
        return AgendaCycleBrowserIT.idIn(chair.driver().getCurrentUrl(), "board");
    }

    /** The report's count for the term in the quarter (0 when the term has no row: not found in these quarters). */
    private static int reportCount(Browser chair, long board, String term, String quarter) {
        chair.go("language/report.xhtml?board=" + board);
        chair.waitFor(By.id("languageReport"));
        List<WebElement> cells = chair.driver().findElements(
                By.cssSelector("#languageReport tr.term-row[data-term='" + term + "'] td.count[data-quarter='" + quarter + "']"));
        return cells.isEmpty() ? 0 : Integer.parseInt(cells.get(0).getText().strip());
    }

    private static long schedule(Browser chair, String title, LocalDate day) {
        return MeetingSteps.schedule(chair, "Children's Safeguarding Partnership", title, day, "10:00", "12:00");
    }

    private PortalClient signedIn(String username) throws Exception {
        return PortalClient.signedIn(base, username, DEMO_PASSWORD);
    }

    /** Records the same attendance for every member on the meeting page open, and saves it. */
    private static void recordEveryMemberAs(Browser chair, String attendance) {
        chair.waitFor(By.id("attendance:table"));
        List<String> menus = chair.driver().findElements(By.cssSelector("#attendance\\:table_data .ui-selectonemenu")).stream()
                .map(menu -> menu.getAttribute("id")).toList();
        assertThat(menus).as("attendance to record").isNotEmpty();
        menus.forEach(menu -> chair.choose(menu, attendance));
        chair.click("attendance:save");
        chair.waitForText(By.id("attendance"), "Attendance saved.");
    }

}
