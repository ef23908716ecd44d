package org.partnershipportal.meetings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnershipportal.platform.Wording;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.Browser;
import org.partnershipportal.testsupport.RequestSteps;
import org.partnershipportal.testsupport.MeetingSteps;
import org.partnershipportal.testsupport.TestDatabase;
import org.partnershipportal.testsupport.TestFiles;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import java.util.Arrays;
import java.util.List;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/** The meeting register in a real Chromium: a chair runs a meeting, a member keeps their action up to date. */
@UsesDemoPartnership
class MeetingsBrowserIT {

    /** The portal shared by every outside-in test of the run (one server start, not one per class). */
    final URL base = SharedPortal.base();

    @TempDir
    Path files;

    @Test
    void aChairSchedulesAMeetingBuildsItsAgendaUploadsAPaperAndAgreesAnAction() throws Exception {
        try (Browser chair = Browser.open(base); Browser member = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            openWorkspace(chair, "Children's Safeguarding Partnership");
            assertThat(chair.textOf("meetings")).contains("Partnership board meeting");
            assertThat(chair.textOf("actionSummary")).contains("overdue");
            chair.screenshot("workspace-register");
            chair.click("scheduleMeeting");
            chair.click("meeting:schedule");
            chair.waitForText(By.id("meeting"), "Enter a title for the meeting");

            chair.type("meeting:title", "Extraordinary meeting: exploitation hotspots");
            LocalDate meetingDay = LocalDate.now().plusDays(10);
            chair.setValue("meeting:date", meetingDay.toString());
            chair.setValue("meeting:startTime", "14:00");
            chair.setValue("meeting:endTime", "13:00");
            chair.type("meeting:place", "Committee Room 2, Kestrel Vale Civic Centre");
            chair.click("meeting:schedule");
            chair.waitForText(By.id("meeting"), "The meeting must end after it starts");
            chair.setValue("meeting:endTime", "15:30");
            chair.type("meeting:onlineLink", "javascript:alert(1)");
            chair.click("meeting:schedule");
            chair.waitForText(By.id("meeting"), "starting https://");
            chair.type("meeting:onlineLink", "https://meet.kestrel-vale.example/extra");
            chair.click("meeting:schedule");
            chair.waitForText(By.id("meetingFacts"), "Committee Room 2");
            assertThat(chair.textOf("meetingFacts")).as("no item has time allotted yet").doesNotContain("Time allotted").doesNotContain("0 minutes");

            chair.type("newItem:title", "Exploitation hotspots around the bus station");
            chair.type("newItem:description", "Police and youth workers report grooming near the bus station after school.");
            chair.type("newItem:leadName", "Blake Boardmember");
            chair.choose("newItem:leadAgencyId", "Kestrelshire Police");
            chair.type("newItem:minutesAllotted", "30");
            chair.click("newItem:add");
            chair.waitForText(By.id("agendaItems"), "Exploitation hotspots around the bus station");
            assertThat(chair.textOf("meetingFacts")).contains("Time allotted");
            assertThat(chair.textOf("timeAllotted")).isEqualTo("30 minutes");
            chair.type("newItem:title", "Apologies");
            chair.driver().findElement(By.cssSelector("#newItem\\:standing .ui-chkbox-box")).click();
            chair.click("newItem:add");
            chair.waitForText(By.id("agendaItems"), "Standing item");
            chair.type("newItem:minutesAllotted", "900");
            chair.type("newItem:title", "Too long an item");
            chair.click("newItem:add");
            chair.waitForText(By.id("newItem"), "Allot at most 480 minutes");
            assertThat(chair.textOf("agendaItems")).doesNotContain("Too long an item");
            chair.screenshot("meeting-chair");
            assertThat(chair.consoleErrors()).isEmpty();

            chair.driver().findElement(By.linkText("Papers, minutes and actions")).click();
            chair.waitFor(By.id("papers"));
            // Bad uploads: a renamed executable, the wrong type, and a file over 20 MB. Each is refused with a reason.
            Path renamed = files.resolve("hotspots.pdf");
            Files.write(renamed, windowsExecutable());
            chair.attach("papers", renamed);
            chair.click("papers:upload");
            chair.waitForText(By.id("papers"), "not a real PDF file");
            Path text = files.resolve("notes.txt");
            Files.writeString(text, "plain notes");
            chair.attach("papers", text);
            chair.click("papers:upload");
            chair.waitForText(By.id("papers"), "Upload a PDF, a Word document (.docx) or an Excel workbook (.xlsx)");
            Path big = files.resolve("huge-report.pdf");
            byte[] tooBig = new byte[21 * 1024 * 1024];
            System.arraycopy("%PDF-1.7\n".getBytes(), 0, tooBig, 0, 9);
            Files.write(big, tooBig);
            chair.attach("papers", big);
            chair.click("papers:upload");
            chair.waitForText(By.id("papers"), "larger than 20 MB");
            assertThat(chair.driver().findElements(By.cssSelector("#paperList li"))).isEmpty();

            Path paper = files.resolve("hotspot-briefing.pdf");
            TestFiles.writePdf(paper, "Hotspot briefing: restricted to board members.");
            chair.attach("papers", paper);
            chair.click("papers:upload");
            chair.waitForText(By.id("paperList"), "hotspot-briefing.pdf");
            chair.screenshot("agenda-item-papers");

            // The agenda is still a draft: no action yet, as every member reads the board's action log with each action's item.
            String action = "Walk the bus station area with youth workers and report back";
            String itemPath = chair.currentPath().substring(1);
            assertThat(chair.textOf("actionsAwaitPublication")).contains("Actions are recorded once the agenda is published");
            chair.type("newAction:description", action);
            chair.setValue("newAction:dueOn", LocalDate.now().plusDays(20).toString());
            chair.choose("newAction:ownerUserId", "Riley Reviewer (KICB)");
            chair.click("newAction:add");
            chair.waitForText(By.id("newAction"), "Actions are recorded once the agenda is published");
            assertThat(chair.textOf("itemActions")).doesNotContain(action);
            // Nor is the draft's item offered to a member citing a data request's answer: its title is not theirs to read yet.
            try (Browser reader = Browser.open(base)) {
                reader.signInOverHttp("riley.reviewer", DEMO_PASSWORD);
                RequestSteps.openFromList(reader, "my_boards",
                        "Percentage of missing episodes of under-18s with a return home interview held within 72 hours, by quarter, last two years.");
                reader.waitFor(By.id("citeForm:citation_input"));
                List<String> citable = reader.optionsOf("citeForm:citation");
                assertThat(citable).as("items and actions Riley may cite").anyMatch(o -> o.startsWith("CSP-KV, ") || o.startsWith("EXPLOIT, "))
                        .noneMatch(o -> o.contains("Exploitation hotspots around the bus station"));
            }
            chair.clickLink("Extraordinary meeting: exploitation hotspots");
            chair.click("publication:publish");
            chair.waitForText(By.tagName("body"), "Agenda published");
            chair.go(itemPath);
            chair.waitFor(By.id("newAction:description"));
            assertThat(chair.driver().findElements(By.id("actionsAwaitPublication"))).isEmpty();

            // An action cannot fall due before the meeting that agrees it (in ten days): not in 1999, nor between today and the meeting.
            By dueField = By.xpath("//input[@id='newAction:dueOn']/ancestor::div[contains(@class,'field')][1]");
            for (LocalDate beforeTheMeeting : List.of(LocalDate.of(1999, 1, 1), LocalDate.now().plusDays(5))) {
                chair.type("newAction:description", action);
                chair.setValue("newAction:dueOn", beforeTheMeeting.toString());
                chair.choose("newAction:ownerUserId", "Riley Reviewer (KICB)");
                chair.click("newAction:add");
                chair.waitForText(dueField, "An action cannot fall due before the meeting that agreed it: choose "
                        + Wording.date(meetingDay) + " or later");
                assertThat(chair.textOf("itemActions")).as("refused with a due date of " + beforeTheMeeting).doesNotContain(action);
            }
            // A member chosen as owner and a name typed as well: which was meant is not guessed.
            chair.type("newAction:ownerName", "Outreach team leader");
            addActionOwnedByRiley(chair, action);
            assertRefusedBeside(chair, "//input[@id='newAction:ownerName']", "Choose a board member as owner or name someone else, not both", action);
            // A member chosen, and a named owner's agency too: refused beside the agency, not silently dropped.
            chair.type("newAction:ownerName", "");
            chair.choose("newAction:ownerAgencyId", "Safe Harbour Children's Charity");
            addActionOwnedByRiley(chair, action);
            assertRefusedBeside(chair, "//div[@id='newAction:ownerAgencyId']", "a member's actions go to the agency they represent on the board", action);
            chair.choose("newAction:ownerAgencyId", "Choose an agency");
            addActionOwnedByRiley(chair, action);
            chair.waitForText(By.id("itemActions"), "Walk the bus station area");
            // Opened afresh, the item has the one action: neither refused attempt was saved.
            chair.go(chair.currentPath().substring(1));
            chair.waitForText(By.id("itemActions"), "Walk the bus station area");
            assertThat(chair.driver().findElements(By.linkText(action))).as("actions from this item").hasSize(1);
            assertThat(chair.textOf("itemActions")).contains("due " + Wording.date(LocalDate.now().plusDays(20)));

            member.signInOverHttp("riley.reviewer", DEMO_PASSWORD);
            member.go("actions/mine.xhtml");
            member.waitForText(By.id("actions:table"), "Walk the bus station area");
            member.screenshot("my-actions");
            member.driver().findElement(By.linkText("Walk the bus station area with youth workers and report back")).click();
            member.waitFor(By.id("progress:status_input"));
            member.choose("progress:status", "In progress");
            member.type("progress:note", "Walkabout booked with Safe Harbour for next Tuesday.");
            member.click("progress:save");
            member.waitForText(By.id("history"), "Walkabout booked with Safe Harbour");
            assertThat(member.textOf("actionStatus")).contains("In progress");
            member.screenshot("action-updated");
            assertThat(member.consoleErrors()).isEmpty();

            // The audit log names the item the chair opened, not only its meeting (read from the table: the chair's account
            // is used by other test classes at the same time, so the log's first page may hold theirs).
            String itemId = itemPath.replaceAll(".*item=(\\d+).*", "$1");
            List<String> itemReads = org.partnershipportal.testsupport.TestDatabase.auditedDetails("casey.chair", "RESTRICTED_READ", "agenda-item", itemId);
            assertThat(itemReads).as("the chair's reads of the item's page").isNotEmpty()
                    .containsOnly("agenda item, with its meeting's agenda and papers");
        }
    }

    /**
     * An action recorded on an item of a draft agenda, as versions before Actions.create refused that could, does not show
     * the item's title to a member who cannot read the draft yet: not in the board's action log, in My actions or on the
     * action's page. The chair, who reads the draft, still sees it; once the agenda is published, so does the member.
     */
    @Test
    void anActionRecordedOnADraftAgendaEarlierDoesNotShowItsItemToMembersUntilTheAgendaIsPublished() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String item = "Draft item only the chair reads " + run;
        String action = "Action recorded on a draft agenda " + run;
        long meeting;
        try (Browser chair = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            meeting = MeetingSteps.schedule(chair, "Children's Safeguarding Partnership", "Draft agenda " + run, LocalDate.now().plusDays(12),
                    "10:00", "11:00");
            chair.type("newItem:title", item);
            chair.click("newItem:add");
            chair.waitForText(By.id("agendaItems"), item);
        }
        // As an earlier version wrote it: the action's row, owned by Riley, on the draft's item.
        try (Connection db = TestDatabase.connectAsOwner(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO action (board_id, agenda_item_id, meeting_id, description, owner_user_id, owner_name, owner_agency_id, due_on, status,"
                        + " created_at, updated_at) SELECT m.board_id, i.id, m.id, ?, u.id, u.full_name, u.agency_id, ?, 'OPEN', UTC_TIMESTAMP(),"
                        + " UTC_TIMESTAMP() FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id JOIN user_account u ON u.username = 'riley.reviewer'"
                        + " WHERE m.id = ? AND i.title = ?")) {
            insert.setString(1, action);
            insert.setObject(2, LocalDate.now().plusDays(30));
            insert.setLong(3, meeting);
            insert.setString(4, item);
            assertThat(insert.executeUpdate()).as("action rows written").isEqualTo(1);
        }
        String hidden = "An item of an agenda not yet published";
        try (Browser member = Browser.open(base); Browser chair = Browser.open(base)) {
            member.signInOverHttp("riley.reviewer", DEMO_PASSWORD);
            member.go("actions/mine.xhtml");
            member.waitForText(By.id("actions:table"), action);
            assertThat(rowOf(member, action)).contains(hidden).doesNotContain(item);
            openWorkspace(member, "Children's Safeguarding Partnership");
            member.clickLink("Action log");
            member.type("actions:text", run);
            member.click("actions:apply");
            member.waitForAjaxToSettle();
            member.waitForText(By.id("actions:table"), action);
            assertThat(rowOf(member, action)).contains(hidden).doesNotContain(item);
            member.clickLink(action);
            member.waitForText(By.id("agendaItemNotPublished"), "an item of an agenda not yet published");
            assertThat(member.text()).doesNotContain(item);

            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            chair.go(member.currentPath().substring(1));
            chair.waitForText(By.id("agendaItemLink"), item);
            chair.go("meetings/meeting.xhtml?meeting=" + meeting);
            chair.click("publication:publish");
            chair.waitForText(By.tagName("body"), "Agenda published");

            member.go("actions/mine.xhtml");
            member.waitForText(By.id("actions:table"), action);
            assertThat(rowOf(member, action)).contains(item).doesNotContain(hidden);
        }
    }

    /** The text of the action log's row for an action, by its description. */
    private static String rowOf(Browser reader, String description) {
        // Asked again if a filter's ajax answer replaced the table between finding the row and reading it.
        return reader.waitUpTo(20).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.xpath("//tr[.//a[normalize-space()='" + description + "']]")).getText());
    }

    @Test
    void twoPeopleUpdatingOneActionAtOnceSeeAConflictAndNothingIsLost() throws Exception {
        try (Browser owner = Browser.open(base); Browser chair = Browser.open(base)) {
            owner.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            // Blake's action on the Safeguarding Partnership: Blake (owner) and Casey (chair) open it together.
            openMyAction(owner, "Bring a joint police and social care profile");
            chair.driver().get(owner.driver().getCurrentUrl());
            chair.waitFor(By.id("progress:note"));

            owner.type("progress:note", "Draft profile shared with social care.");
            owner.click("progress:save");
            owner.waitForText(By.id("history"), "Draft profile shared with social care.");

            chair.choose("progress:status", "Dropped");
            chair.type("progress:note", "Superseded by the joint dataset.");
            chair.click("progress:save");
            chair.waitForText(By.id("progress"), "Someone else updated this action while you were editing it");
            assertThat(chair.textOf("history")).contains("Draft profile shared with social care.");
            assertThat(chair.textOf("history")).doesNotContain("Superseded by the joint dataset.");
            assertThat(chair.textOf("actionStatus")).doesNotContain("Dropped");
            // What the chair typed is still there to apply again, on top of the owner's update.
            assertThat(chair.driver().findElement(By.id("progress:note")).getAttribute("value")).isEqualTo("Superseded by the joint dataset.");
            chair.screenshot("action-conflict");
            chair.click("progress:save");
            chair.waitForText(By.id("history"), "Superseded by the joint dataset.");
            assertThat(chair.textOf("history")).contains("Draft profile shared with social care.");
        }
    }

    @Test
    void anAdviserReadsButCannotUpdateActionsAndTheLogFiltersOverdueActions() throws Exception {
        try (Browser chair = Browser.open(base); Browser adviser = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            openWorkspace(chair, "Children's Safeguarding Partnership");
            chair.driver().findElement(By.linkText("Open the action log")).click();
            chair.waitFor(By.id("actions:table"));
            assertThat(chair.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Action log: Children's Safeguarding Partnership");
            assertThat(chair.driver().findElement(By.cssSelector("nav.breadcrumbs")).getText()).contains("My boards").contains("CSP-KV")
                    .doesNotContain("Workspace");
            // The rows come soonest due first, and the sort menu a phone shows in place of the column headers says so
            // (it named the first sortable column, "Owner", whatever the order).
            List<LocalDate> dues = chair.driver().findElements(By.cssSelector("#actions\\:table_data > tr > td:nth-child(3)")).stream()
                    .map(cell -> LocalDate.parse(cell.getText().trim(), Wording.DATE)).toList();
            assertThat(dues).hasSizeGreaterThan(1).isSorted();
            WebElement sortMenu = chair.driver().findElement(By.cssSelector("[id='actions:table'] select.ui-reflow-dropdown"));
            assertThat(new org.openqa.selenium.support.ui.Select(sortMenu).getFirstSelectedOption().getAttribute("textContent").trim())
                    .isEqualTo("Due (ascending)");
            chair.driver().findElement(By.cssSelector("#actions\\:overdue .ui-chkbox-box")).click();
            chair.click("actions:apply");
            chair.waitForTextGone(By.id("actions:table"), "Ask the ICB which health flags");
            for (WebElement row : chair.driver().findElements(By.cssSelector("#actions\\:table_data tr"))) {
                assertThat(row.getAttribute("class")).contains("overdue-row");
            }
            assertThat(chair.textOf("actions:table")).doesNotContain("Ask the ICB which health flags");
            assertThat(chair.driver().findElement(By.id("exportCsv")).getAttribute("href")).contains("overdue=true");
            chair.screenshot("action-log-overdue");

            // One overdue action reads the same on the log, its own page, its meeting's page and its agenda item's page.
            WebElement firstOverdue = chair.driver().findElement(By.cssSelector("#actions\\:table_data tr"));
            String onTheLog = firstOverdue.findElement(By.cssSelector(".tag")).getText();
            assertThat(onTheLog).as("the log's status of an overdue action").endsWith("– overdue");
            String actionId = MeetingSteps.idIn(firstOverdue.findElement(By.cssSelector("a")).getAttribute("href"), "id") + "";
            firstOverdue.findElement(By.cssSelector("a")).click();
            chair.waitFor(By.id("actionStatus"));
            assertThat(chair.textOf("actionStatus")).as("on the action's own page").isEqualTo(onTheLog);
            String itemPage = chair.driver().findElement(By.id("agendaItemLink")).getAttribute("href");
            chair.driver().findElement(By.cssSelector("#actionFacts a[href*='meeting.xhtml']")).click();
            By onTheMeeting = By.xpath("//a[substring-after(@href, '?id=') = '" + actionId + "']/ancestor::li[1]//span[contains(@class, 'tag')]");
            assertThat(chair.waitFor(onTheMeeting).getText()).as("on the meeting's page").isEqualTo(onTheLog);
            chair.driver().get(itemPage);
            By onTheItem = By.xpath("//ul[@id='itemActions']//a[substring-after(@href, '?id=') = '" + actionId + "']/ancestor::li[1]//span[contains(@class, 'tag')]");
            assertThat(chair.waitFor(onTheItem).getText()).as("on the agenda item's page").isEqualTo(onTheLog);

            // Morgan advises the Exploitation Subgroup: reads its actions, cannot change them.
            adviser.signInOverHttp("morgan.member", DEMO_PASSWORD);
            openWorkspace(adviser, "Exploitation Subgroup");
            adviser.driver().findElement(By.linkText("Open the action log")).click();
            adviser.waitForText(By.id("actions:table"), "Draft an information-sharing agreement");
            adviser.driver().findElement(By.partialLinkText("Draft an information-sharing agreement")).click();
            adviser.waitFor(By.id("readOnly"));
            assertThat(adviser.driver().findElements(By.id("progress:save"))).isEmpty();
            // The action's agenda item: the adviser reads it on the meeting's page (the item's own page is where a chair
            // or business support works on it, and refuses anyone else).
            assertThat(adviser.driver().findElements(By.id("agendaItemLink"))).isEmpty();
            String itemTitle = adviser.textOf("agendaItemOnMeeting");
            adviser.driver().findElement(By.id("agendaItemOnMeeting")).click();
            adviser.waitFor(By.cssSelector("li.agenda-item"));
            String anchor = adviser.driver().getCurrentUrl().replaceAll(".*#", "");
            assertThat(anchor).matches("item-\\d+");
            assertThat(adviser.driver().findElement(By.id(anchor)).getText()).contains(itemTitle);
        }
    }

    /**
     * A read-only page keeps nothing in the session, so opening it many times pushes no open form out of it: the
     * workspace opened twenty times (more than the pages a session keeps, and more than its view-scoped beans'
     * places) in between, a form opened before still saves. Were the workspace kept like other pages, the form's
     * page would be gone (the "page expired" notice) or its beans would be (an empty form).
     */
    @Test
    void aFormOpenedBeforeTheWorkspaceIsOpenedManyTimesStillSaves() throws Exception {
        try (Browser owner = Browser.open(base)) {
            owner.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            openWorkspace(owner, "Children's Safeguarding Partnership");
            String workspace = owner.driver().getCurrentUrl();
            openMyAction(owner, "Map which agencies hold criminal exploitation data");

            openInAnotherTab(owner, workspace, 20, "id=\"actionSummary\"");

            String note = "Police and council leads met on " + System.nanoTime() + " and agreed the map's columns.";
            owner.type("progress:note", note);
            owner.click("progress:save");
            owner.waitForText(By.id("history"), note);
        }
    }

    /**
     * A session keeps the last 8 pages opened (web.xml): a form on a page opened 9 pages ago, once it posts, shows the
     * "page expired" notice and saves nothing, rather than failing or saving into a page the portal no longer holds.
     */
    @Test
    void aFormOpenedMoreThanEightPagesAgoShowsTheExpiredNoticeAndSavesNothing() throws Exception {
        try (Browser owner = Browser.open(base)) {
            owner.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            openMyAction(owner, "Map which agencies hold criminal exploitation data");
            String action = owner.driver().getCurrentUrl();

            // Nine pages with forms of their own, opened in another tab of the same session.
            openInAnotherTab(owner, "actions/mine.xhtml", 9, "id=\"actions:table\"");

            String note = "Typed on a page opened nine pages ago, " + System.nanoTime();
            owner.type("progress:note", note);
            // Typing already posts the note for its language hints (the note field's keyup): on a page the session no
            // longer holds, that answer is the notice itself, before the person can press Save.
            owner.waitFor(By.id("expired"));
            assertThat(owner.driver().findElements(By.id("progress:save"))).as("no Save button on the notice").isEmpty();
            owner.driver().get(action);
            owner.waitFor(By.id("history"));
            assertThat(owner.textOf("history")).as("nothing was saved from the expired page").doesNotContain(note);
        }
    }

    @Test
    void theForwardPlanShowsOtherBoardsOnlyAsBusyDates() throws Exception {
        try (Browser member = Browser.open(base); Browser chair = Browser.open(base)) {
            // A meeting of another board that was called off is not shown as that board meeting (a page walk found it was).
            // On the Community Safety Partnership, whose vice-chair Blake is: a meeting added to the partnership's own board
            // would push the demo's meetings off its workspace, which another test reads.
            chair.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            org.partnershipportal.testsupport.MeetingSteps.schedule(chair, "Community Safety Partnership", "Called off " + System.nanoTime() % 100_000,
                    java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")), "07:00", "07:30");
            chair.choose("details:status", "Cancelled");
            chair.click("details:save");
            chair.waitForText(By.id("meetingStatus"), "Cancelled");
            member.signInOverHttp("morgan.member", DEMO_PASSWORD);
            member.go("meetings/plan.xhtml");
            member.waitFor(By.cssSelector("#plan\\:schedule .fc-event"));
            member.driver().findElement(By.cssSelector("#plan\\:schedule .fc-listYear-button")).click();
            member.waitForText(By.id("plan:schedule"), "YOS Management Board");
            String plan = member.textOf("plan:schedule");
            assertThat(plan).contains("YOSMB: YOS Management Board").contains("Children's Safeguarding Partnership meets")
                    .contains("Community Safety Partnership: meeting cancelled");
            assertThat(member.driver().findElements(By.cssSelector("#plan\\:schedule a[href*='meeting.xhtml']"))).allSatisfy(link ->
                    assertThat(link.getText()).doesNotContain("meets"));
            member.screenshot("forward-plan");
            assertThat(member.consoleErrors()).isEmpty();
            // A meeting opens in the same tab, as every other link in the portal does.
            member.driver().findElement(By.xpath("//*[@id='plan:schedule']//a[contains(@href,'meeting.xhtml') and contains(., 'YOS Management Board')]")).click();
            member.waitFor(By.id("meetingStatus"));
            assertThat(member.driver().getWindowHandles()).as("browser tabs").hasSize(1);
        }
    }

    /**
     * On a phone a month's grid cuts each meeting's name to a few letters, so there the forward plan opens on the month's
     * meetings as a list, each with its whole name; on a laptop it opens on the month's grid, as before.
     */
    @Test
    void theForwardPlanOpensOnTheMonthsGridOnALaptopAndOnTheMonthsListOnAPhone() throws Exception {
        try (Browser chair = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            chair.viewportWidth(1366);
            chair.go("meetings/plan.xhtml");
            chair.waitFor(By.cssSelector("#plan\\:schedule .fc-view"));
            assertThat(chair.driver().findElements(By.cssSelector("#plan\\:schedule .fc-dayGridMonth-view"))).as("a laptop's month grid").hasSize(1);

            chair.viewportWidth(390);
            chair.go("meetings/plan.xhtml");
            chair.waitFor(By.cssSelector("#plan\\:schedule .fc-view"));
            assertThat(chair.driver().findElements(By.cssSelector("#plan\\:schedule .fc-listMonth-view"))).as("a phone's list of the month").hasSize(1);
            assertThat(chair.driver().findElements(By.cssSelector("#plan\\:schedule .fc-dayGridMonth-view"))).isEmpty();
            chair.scrollTo("plan:schedule");
            chair.screenshot("forward-plan-phone");
            // The grid is still there for whoever wants it.
            chair.driver().findElement(By.cssSelector("#plan\\:schedule .fc-dayGridMonth-button")).click();
            chair.waitFor(By.cssSelector("#plan\\:schedule .fc-dayGridMonth-view"));
            assertThat(chair.consoleErrors()).isEmpty();
        }
    }

    /**
     * An agenda item that a data request's answer was cited on is part of that answer's record of use:
     * the chair is told why it stays, and it stays (before, the database refused the removal and the
     * chair saw "Something went wrong"). An item nothing points at is still removed.
     */
    @Test
    void anAgendaItemCitedByADataRequestAnswerStaysWithAReasonAndAnUncitedOneIsRemoved() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        try (Browser chair = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            openWorkspace(chair, "Children's Safeguarding Partnership");
            chair.click("scheduleMeeting");
            chair.type("meeting:title", "Development session " + run);
            chair.setValue("meeting:date", LocalDate.now().plusDays(20).toString());
            chair.setValue("meeting:startTime", "10:00");
            chair.setValue("meeting:endTime", "11:00");
            chair.type("meeting:place", "Committee Room 1");
            chair.click("meeting:schedule");
            chair.waitFor(By.id("meetingFacts"));
            for (String title : new String[]{"Cited item " + run, "Uncited item " + run}) {
                chair.type("newItem:title", title);
                chair.click("newItem:add");
                chair.waitForText(By.id("agendaItems"), title);
            }
            long cited = itemId(chair, "Cited item " + run);
            try {
                citedAndRefused(chair, run, cited);
            } finally {
                // The citation is this test's own: other tests reading the demo's answers never see it.
                try (java.sql.Connection db = org.partnershipportal.testsupport.TestDatabase.connectAsOwner();
                     java.sql.PreparedStatement uncite = db.prepareStatement("DELETE FROM data_request_citation WHERE agenda_item_id = ?")) {
                    uncite.setLong(1, cited);
                    uncite.executeUpdate();
                }
            }
        }
    }

    /** The chair is refused the cited item with a reason, removes the uncited one, and the next member sees that. */
    private void citedAndRefused(Browser chair, String run, long cited) throws Exception {
        try (java.sql.Connection db = org.partnershipportal.testsupport.TestDatabase.connectAsOwner();
             java.sql.PreparedStatement cite = db.prepareStatement("INSERT INTO data_request_citation "
                     + "(request_id, agenda_item_id, cited_by, cited_at) SELECT MIN(id), ?, 'blake.boardmember', NOW() "
                     + "FROM data_request WHERE status = 'ANSWERED'")) {
            cite.setLong(1, cited);
            assertThat(cite.executeUpdate()).as("a demo answer cited on the new item").isEqualTo(1);
        }

        String meetingPath = chair.currentPath().substring(1);
        chair.go(meetingPath);
        chair.waitForText(By.id("agendaItems"), "Cited item " + run);
        assertThat(itemsInDatabase(run)).as("one row per item added").hasSize(2);
        chair.driver().findElement(By.cssSelector("#item-" + cited + " .remove-item")).click();
        chair.waitForText(By.id("agenda:messages"), "This item is cited by 1 data request answer, so it stays on the record");
        assertThat(chair.driver().findElements(By.id("item-" + cited))).as("the cited item is still on the agenda").hasSize(1);

        long uncited = itemId(chair, "Uncited item " + run);
        chair.driver().findElement(By.cssSelector("#item-" + uncited + " .remove-item")).click();
        chair.waitForText(By.cssSelector(".ui-messages-info"), "\u201cUncited item " + run + "\u201d taken off the agenda.");
        assertThat(chair.driver().findElements(By.cssSelector(".ui-messages-info li"))).as("one message").hasSize(1);
        try (java.sql.Connection db = org.partnershipportal.testsupport.TestDatabase.connectAsOwner();
             java.sql.PreparedStatement left = db.prepareStatement("SELECT COUNT(*) FROM agenda_item WHERE id IN (?, ?)")) {
            left.setLong(1, cited);
            left.setLong(2, uncited);
            try (java.sql.ResultSet rows = left.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).as("only the cited item is left in the database").isEqualTo(1);
            }
        }
        chair.waitForTextGone(By.id("agendaItems"), "Uncited item " + run);
        // A new meeting's agenda is a draft until the chair publishes it: members see it from then on.
        chair.click("publication:publish");
        chair.waitForText(By.tagName("body"), "Agenda published");
        // What the next person opening the meeting sees.
        try (Browser member = Browser.open(base)) {
            member.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            member.go(meetingPath);
            member.waitForText(By.id("agendaItems"), "Cited item " + run);
            assertThat(member.textOf("agendaItems")).as("agenda items of this run in the database: %s", itemsInDatabase(run))
                    .doesNotContain("Uncited item " + run);
        }
    }

    private static List<String> itemsInDatabase(String run) throws java.sql.SQLException {
        try (java.sql.Connection db = org.partnershipportal.testsupport.TestDatabase.connectAsOwner();
             java.sql.PreparedStatement items = db.prepareStatement("SELECT id, title, meeting_id FROM agenda_item WHERE title LIKE ?")) {
            items.setString(1, "%" + run);
            List<String> found = new java.util.ArrayList<>();
            try (java.sql.ResultSet rows = items.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1) + " " + rows.getString(2) + " (meeting " + rows.getLong(3) + ")");
                }
            }
            return found;
        }
    }

    private static long itemId(Browser browser, String title) {
        WebElement item = browser.driver().findElements(By.cssSelector("#agendaItems li.agenda-item")).stream()
                .filter(li -> li.findElement(By.cssSelector(".agenda-title")).getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no agenda item " + title));
        return Long.parseLong(item.getAttribute("id").substring("item-".length()));
    }

    /**
     * Opens a page {@code times} times in the same session, outside the browser's tab (each a full GET, as another tab
     * would), checking each time that the page itself answered.
     */
    private static void openInAnotherTab(Browser browser, String page, int times, String markup) throws Exception {
        for (int visit = 1; visit <= times; visit++) {
            assertThat(new String(browser.download(page), java.nio.charset.StandardCharsets.UTF_8))
                    .as(page + ", opened " + visit + " times").contains(markup);
        }
    }

    /** From "My actions", one of the person's own actions, by the start of its description, ready for a progress note. */
    private static void openMyAction(Browser browser, String description) {
        browser.go("actions/mine.xhtml");
        browser.waitForText(By.id("actions:table"), description);
        browser.driver().findElement(By.partialLinkText(description)).click();
        browser.waitFor(By.id("progress:note"));
    }

    /**
     * Scheduling is allowed on top of the board's own meeting (an extraordinary meeting may follow it) and on a day that
     * has passed (to write up a meeting already held), but the chair is told of each, and of nothing otherwise.
     */
    @Test
    void aChairIsToldWhenAMeetingClashesWithTheBoardsOwnOrItsDayHasPassed() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        // A day far enough ahead that no demo meeting or other test's meeting of the board falls on it.
        LocalDate day = LocalDate.now().plusDays(800 + new java.util.Random().nextInt(2000)).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        try (Browser chair = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            MeetingSteps.schedule(chair, "Children's Safeguarding Partnership", "Board meeting " + run, day, "10:00", "12:00");
            assertThat(chair.textOf("pageMessages")).isEqualTo("Meeting scheduled. Add its agenda below.");

            MeetingSteps.schedule(chair, "Children's Safeguarding Partnership", "Extraordinary meeting " + run, day, "11:30", "13:00");
            assertThat(chair.textOf("pageMessages")).contains("Meeting scheduled. Add its agenda below.")
                    .contains("The board already meets then: Board meeting " + run + ", " + Wording.dayDateTime(day.atTime(10, 0)) + "\u201312:00.");
            MeetingSteps.schedule(chair, "Children's Safeguarding Partnership", "Afternoon meeting " + run, day, "13:00", "14:00");
            assertThat(chair.textOf("pageMessages")).as("meeting as another ends is no clash").isEqualTo("Meeting scheduled. Add its agenda below.");
            // Moved onto the morning's meeting, the chair is told too.
            chair.setValue("details:startTime", "11:00");
            chair.click("details:save");
            chair.waitForText(By.id("details:messages"), "Meeting details saved.");
            assertThat(chair.textOf("details:messages"))
                    .contains("The board already meets then: Board meeting " + run + ", " + Wording.dayDateTime(day.atTime(10, 0)) + "\u201312:00.");

            MeetingSteps.schedule(chair, "Children's Safeguarding Partnership", "Meeting already held " + run, LocalDate.now().minusDays(3), "07:00", "07:05");
            assertThat(chair.textOf("pageMessages")).contains("Its day has passed: if it was held, mark it held to record attendance and minutes.");
            assertThat(chair.textOf("meetingStatus")).isEqualTo("Planned");
            // Cancelled again, so the board's other journeys (minutes approved at a later meeting that met) never meet it.
            chair.choose("details:status", "Cancelled");
            chair.click("details:save");
            chair.waitForText(By.id("meetingStatus"), "Cancelled");
        }
    }

    /**
     * Blake sits on the Safeguarding Partnership and is vice-chair of the Community Safety Partnership. When the
     * Safeguarding Partnership's chair schedules a meeting that overlaps one of the Community Safety Partnership's, she is
     * told who cannot be at both (never the other meeting's title); moved clear of it, she is told nothing.
     */
    @Test
    void aChairIsToldWhenSomeoneOnTheBoardIsDueAtAnotherBoardsMeetingThen() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        // Days of their own (the board's own clash test takes 800-2800 days ahead), within the 10 years a date may be ahead.
        LocalDate day = LocalDate.now().plusDays(2900 + new java.util.Random().nextInt(600)).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        try (Browser chair = Browser.open(base); Browser viceChair = Browser.open(base)) {
            viceChair.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            long other = MeetingSteps.schedule(viceChair, "Community Safety Partnership", "Night-time economy " + run, day, "10:00", "12:00");
            assertThat(viceChair.textOf("pageMessages")).isEqualTo("Meeting scheduled. Add its agenda below.");

            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            long ours = MeetingSteps.schedule(chair, "Children's Safeguarding Partnership", "Board meeting " + run, day, "11:00", "13:00");
            assertThat(chair.textOf("pageMessages")).contains("Meeting scheduled. Add its agenda below.")
                    .contains("The Community Safety Partnership meets then too, " + Wording.dayDateTime(day.atTime(10, 0))
                            + "\u201312:00: Blake Boardmember sits on both boards.")
                    .doesNotContain("Night-time economy");
            chair.screenshot("meeting-clash-other-board");
            // Moved to start as the other ends: no clash.
            chair.setValue("details:startTime", "12:00");
            chair.click("details:save");
            chair.waitForText(By.id("details:messages"), "Meeting details saved.");
            assertThat(chair.textOf("details:messages")).isEqualTo("Meeting details saved.");
            // Both cancelled again, so the boards' other journeys never meet them.
            MeetingSteps.cancel(chair, ours);
            MeetingSteps.cancel(viceChair, other);
        }
    }

    /**
     * A long unbroken word typed into an agenda item (a pasted link) wraps within the item, on a laptop and a phone, instead
     * of widening the meeting's page and the item's for everyone who reads them (a page walk found the page 9,721 px wide).
     */
    @Test
    void aLongUnbrokenWordInAnAgendaItemWrapsInsteadOfPushingThePageSideways() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String link = "https://intranet.kestrel-vale.example/safeguarding/" + "exploitation-profile-".repeat(12) + run;
        String word = "Hotspot" + "mapping".repeat(9) + run;
        try (Browser chair = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            long meeting = MeetingSteps.schedule(chair, "Children's Safeguarding Partnership", "Long words " + run,
                    LocalDate.now().plusDays(2000 + new java.util.Random().nextInt(300)), "10:00", "12:00");
            try {
                chair.type("newItem:title", "Profile " + word);
                chair.type("newItem:description", "The draft profile is at " + link + " for comment.");
                chair.click("newItem:add");
                chair.waitForText(By.id("agendaItems"), run);
                String itemPath = chair.driver().findElements(By.cssSelector("#agendaItems li.agenda-item")).stream()
                        .filter(li -> li.getText().contains(run)).findFirst().orElseThrow()
                        .findElement(By.linkText("Papers, minutes and actions")).getAttribute("href").replaceFirst("^https?://[^/]+/", "");
                for (int width : List.of(1366, 390)) {
                    chair.viewportWidth(width);
                    for (String page : List.of("meetings/meeting.xhtml?meeting=" + meeting, itemPath)) {
                        chair.go(page);
                        chair.waitForText(By.tagName("main"), run);
                        long pageWidth = ((Number) ((org.openqa.selenium.JavascriptExecutor) chair.driver())
                                .executeScript("return document.documentElement.scrollWidth")).longValue();
                        assertThat(pageWidth).as(page + " at " + width + " px").isLessThanOrEqualTo(width);
                    }
                }
                chair.screenshot("agenda-item-long-link-390");
            } finally {
                chair.viewportWidth(1366);
                MeetingSteps.cancel(chair, meeting);
            }
        }
    }

    /**
     * A meeting on a bank holiday or at a weekend is allowed (an extraordinary meeting may need one), but the chair is told,
     * naming the holiday; moved to a working day, the notice goes.
     */
    @Test
    void aChairIsToldWhenAMeetingFallsOnABankHolidayOrAWeekend() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        // A bank holiday of the test's own, on a Wednesday nearly ten years ahead (other tests' meetings take days up to 3,500
        // ahead; a date more than ten years ahead is refused), so the test needs neither the table's own years nor luck.
        LocalDate day = LocalDate.now().plusDays(3560 + new java.util.Random().nextInt(60)).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        String holiday = "Test holiday " + run;
        TestDatabase.update("INSERT INTO bank_holiday (holiday_date, name) VALUES (?, ?)", day, holiday);
        try (Browser chair = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            long meeting = MeetingSteps.schedule(chair, "Children's Safeguarding Partnership", "Holiday meeting " + run, day, "10:00", "12:00");
            try {
                assertThat(chair.textOf("pageMessages")).contains("Meeting scheduled. Add its agenda below.")
                        .contains(Wording.dayDate(day) + " is a bank holiday (" + holiday + "): most members will not be at work.");
                chair.screenshot("meeting-on-a-bank-holiday");
                LocalDate saturday = day.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
                chair.setValue("details:date", saturday.toString());
                chair.click("details:save");
                chair.waitForText(By.tagName("body"), Wording.dayDate(saturday) + " is a weekend day: most members will not be at work.");
                LocalDate tuesday = day.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
                chair.setValue("details:date", tuesday.toString());
                chair.click("details:save");
                chair.waitForText(By.id("details:messages"), "Meeting details saved.");
                assertThat(chair.text()).doesNotContain("most members will not be at work");
            } finally {
                MeetingSteps.cancel(chair, meeting);
            }
        } finally {
            TestDatabase.update("DELETE FROM bank_holiday WHERE name = ?", holiday);
        }
    }

    /**
     * A meeting written up after it was held may agree an action already due: it is recorded (and shows as overdue at once),
     * and the chair is told so, to change the date if that was not meant.
     */
    @Test
    void aChairIsToldWhenAnActionIsAlreadyOverdueAsItIsRecorded() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        LocalDate day = LocalDate.now().minusDays(12).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
        String action = "Send the late write-up to partners " + run;
        try (Browser chair = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            long meeting = MeetingSteps.schedule(chair, "Children's Safeguarding Partnership", "Written up late " + run, day, "10:00", "12:00");
            try {
                chair.type("newItem:title", "Late item " + run);
                chair.click("newItem:add");
                chair.waitForText(By.id("agendaItems"), "Late item " + run);
                chair.click("publication:publish");
                chair.waitForText(By.tagName("body"), "Agenda published");
                chair.driver().findElement(By.cssSelector("#agendaItems a.manage-item")).click(); // the agenda's one item
                chair.waitFor(By.id("newAction:description"));
                chair.type("newAction:description", action);
                chair.setValue("newAction:dueOn", LocalDate.now().minusDays(1).toString());
                chair.choose("newAction:ownerUserId", "Riley Reviewer (KICB)");
                chair.click("newAction:add");
                chair.waitForText(By.id("itemActions"), action);
                assertThat(chair.text()).contains("Action added.").contains("Its due date has passed, so it shows as overdue");
            } finally {
                // Done, so the board's outstanding actions (other tests' matters arising) never meet it; the meeting cancelled.
                TestDatabase.update("UPDATE action SET status = 'DONE' WHERE description = ?", action);
                MeetingSteps.cancel(chair, meeting);
            }
        }
    }

    /** The refusal shows in the field of {@code fieldXpath}, and the item has no such action. */
    private static void assertRefusedBeside(Browser chair, String fieldXpath, String message, String action) {
        chair.waitForText(By.xpath(fieldXpath + "/ancestor::div[contains(@class,'field')][1]"), message);
        assertThat(chair.textOf("itemActions")).as("refused: " + message).doesNotContain(action);
    }

    /** Fills the item page's new action (due in 20 days, Riley Reviewer as owner) and adds it. */
    private static void addActionOwnedByRiley(Browser chair, String action) {
        chair.type("newAction:description", action);
        chair.setValue("newAction:dueOn", LocalDate.now().plusDays(20).toString());
        chair.choose("newAction:ownerUserId", "Riley Reviewer (KICB)");
        chair.click("newAction:add");
    }

    private static void openWorkspace(Browser browser, String board) {
        browser.go("boards/index.xhtml");
        browser.waitForText(By.id("myBoards"), board);
        browser.driver().findElement(By.linkText(board)).click();
        browser.waitFor(By.id("yourSeat"));
    }

    /** The first bytes of a Windows program: what a renamed .exe really starts with. */
    private static byte[] windowsExecutable() {
        byte[] exe = Arrays.copyOf(new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0}, 4096);
        System.arraycopy("This program cannot be run in DOS mode.".getBytes(), 0, exe, 78, 39);
        return exe;
    }

}
