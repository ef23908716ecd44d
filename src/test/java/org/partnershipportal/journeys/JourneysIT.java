package org.partnershipportal.journeys;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnershipportal.testsupport.RequestSteps;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.AuditTrail;
import org.partnershipportal.testsupport.AxeCore;
import org.partnershipportal.testsupport.Browser;
import org.partnershipportal.testsupport.MeetingSteps;
import org.partnershipportal.testsupport.TestFiles;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * Each role's first steps as the README lists them, driven in Chromium end to end, and checked where
 * the next person sees the outcome: another role's page, an export, the audit log. One deployment for
 * all journeys (one Payara Micro start). Every page a journey opens is checked with axe-core.
 */
@UsesDemoPartnership
class JourneysIT {

    static final String SAFEGUARDING = "Children's Safeguarding Partnership";


    /** The portal shared by every outside-in test of the run (one server start, not one per class). */
    final URL base = SharedPortal.base();

    @TempDir
    Path files;

    /** A word unique to one run, so that a journey finds its own records among the demo's and other tests'. */
    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aChairRunsAMeetingAndThePackRecordsWhoCameTheMinutesAndTheActionWhichItsOwnerThenUpdates() throws Exception {
        String run = unique();
        String itemTitle = "County lines referrals in the town centre " + run;
        String minutes = "The board heard that referrals rose by a third in the autumn " + run + ".";
        String decision = "Agreed to commission a joint problem profile " + run + ".";
        String action = "Joint problem profile " + run;
        String meetingPath;
        try (Browser chair = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            openWorkspace(chair, SAFEGUARDING);
            axe(chair, "workspace");
            chair.click("scheduleMeeting");
            chair.type("meeting:title", "Journey meeting " + run);
            chair.setValue("meeting:date", LocalDate.now().toString());
            chair.setValue("meeting:startTime", "10:00");
            chair.setValue("meeting:endTime", "12:00");
            chair.type("meeting:place", "Committee Room 1, Kestrel Vale Civic Centre");
            axe(chair, "new meeting");
            chair.click("meeting:schedule");
            chair.waitForText(By.id("meetingFacts"), "Committee Room 1");
            meetingPath = chair.currentPath().substring(1);

            chair.type("newItem:title", "Minutes of the last meeting");
            chair.driver().findElement(By.cssSelector("#newItem\\:standing .ui-chkbox-box")).click();
            chair.click("newItem:add");
            chair.waitForText(By.id("agendaItems"), "Standing item");
            chair.type("newItem:title", itemTitle);
            chair.type("newItem:description", "Police and the YOS report more referrals for county lines.");
            chair.type("newItem:minutesAllotted", "30");
            chair.click("newItem:add");
            chair.waitForText(By.id("agendaItems"), itemTitle);
            assertThat(chair.driver().findElements(By.cssSelector("#newItem .ui-messages-info li")))
                    .as("one save, one message, in the form that was used").hasSize(1);
            assertThat(chair.driver().findElements(By.cssSelector(".ui-messages-info li, .ui-growl-message")))
                    .as("the message appears once on the whole page").hasSize(1);
            axe(chair, "meeting");

            // Published before the meeting's actions are recorded: members read every action with the item it came from.
            chair.click("publication:publish");
            chair.waitForText(By.tagName("body"), "Agenda published");
            agendaItemLink(chair, itemTitle).click();
            chair.waitFor(By.id("papers"));
            Path paper = files.resolve("county-lines-briefing.pdf");
            TestFiles.writePdf(paper, "County lines briefing for the board.");
            chair.attach("papers", paper);
            chair.click("papers:upload");
            chair.waitForText(By.id("paperList"), "county-lines-briefing.pdf");
            chair.type("newAction:description", action);
            chair.setValue("newAction:dueOn", LocalDate.now().plusDays(30).toString());
            chair.choose("newAction:ownerUserId", "Riley Reviewer (KICB)");
            chair.click("newAction:add");
            chair.waitForText(By.id("itemActions"), action);
            axe(chair, "agenda item");

            // After the meeting: held, attendance, minutes and decisions.
            chair.go(meetingPath);
            chair.choose("details:status", "Held");
            chair.click("details:save");
            chair.waitForText(By.id("meetingStatus"), "Held");
            chooseAttendance(chair, "Casey Chair", "Present");
            chooseAttendance(chair, "Blake Boardmember", "Apologies");
            chooseAttendance(chair, "Riley Reviewer", "Present");
            chair.click("attendance:save");
            chair.waitForText(By.id("attendance"), "Attendance saved.");
            assertThat(attendanceShown(chair, "Blake Boardmember")).isEqualTo("Apologies");

            agendaItemLink(chair, itemTitle).click();
            chair.waitFor(By.id("outcome:minutes"));
            chair.type("outcome:minutes", minutes);
            chair.type("outcome:decisions", decision);
            chair.click("outcome:save");
            chair.waitForText(By.id("outcome"), "saved");

            String meetingId = meetingPath.replaceAll(".*meeting=(\\d+).*", "$1");
            String pack = pdfText(chair.download("meetings/pack.pdf?meeting=" + meetingId));
            assertThat(lineWith(pack, "Blake Boardmember")).contains("Apologies");
            assertThat(lineWith(pack, "Casey Chair")).contains("Present");
            assertThat(lineWith(pack, "Riley Reviewer")).contains("Present");
            assertThat(pack.replaceAll("\\s+", " ")).contains(minutes).contains(decision).contains(action);
        }

        // The action's owner records progress; the owner's My actions and the chair's action log both show it.
        try (Browser owner = Browser.open(base); Browser chair = Browser.open(base)) {
            owner.signInOverHttp("riley.reviewer", DEMO_PASSWORD);
            owner.go("actions/mine.xhtml");
            owner.waitForText(By.id("actions:table"), action);
            axe(owner, "my actions");
            owner.clickLink(action);
            owner.waitFor(By.id("progress:status_input"));
            owner.choose("progress:status", "In progress");
            owner.type("progress:note", "Analyst assigned " + run);
            owner.click("progress:save");
            owner.waitForText(By.id("history"), "Analyst assigned " + run);
            axe(owner, "action");
            owner.go("actions/mine.xhtml");
            assertThat(rowWith(owner, "actions:table", action)).contains("In progress");

            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            openWorkspace(chair, SAFEGUARDING);
            chair.clickLink("Open the action log");
            chair.waitForText(By.id("actions:table"), action);
            assertThat(rowWith(chair, "actions:table", action)).contains("In progress").contains("Riley Reviewer");
            axe(chair, "action log");
        }
    }

    @Test
    void aBoardMembersRequestIsAnsweredByThePoliceDataLeadCitedOnAnAgendaItemAndShownInTheirUseOfData() throws Exception {
        String run = unique();
        String question = "Where are children reported missing most often after school " + run + "?";
        String needed = "Missing episodes of under-18s by ward and hour of day " + run;
        String requestPath;
        try (Browser blake = Browser.open(base)) {
            blake.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            blake.go("catalogue/asks.xhtml");
            blake.waitFor(By.id("askForm:question"));
            axe(blake, "asks");
            blake.choose("askForm:boardId", SAFEGUARDING);
            blake.choose("askForm:subject", "Young people");
            blake.type("askForm:question", question);
            blake.type("askForm:whyItMatters", "To plan patrols and detached youth work.");
            blake.click("askForm:raise");
            blake.waitForText(By.id("askFacts"), SAFEGUARDING);
            blake.choose("mapForm:datasetId", "KSP: Missing person reports (under 18)");
            blake.choose("mapForm:fit", "Answers it in part");
            blake.type("mapForm:missing", "Hour of day is recorded but not published.");
            blake.click("mapForm:map");
            blake.waitForText(By.id("mappings:mapped"), "Missing person reports (under 18)");
            axe(blake, "ask");

            blake.click("raiseRequest");
            blake.type("requestForm:whatNeeded", needed);
            blake.type("requestForm:whyNeeded", "For the partnership's missing children deep dive.");
            blake.setValue("requestForm:neededBy", LocalDate.now().plusDays(21).toString());
            axe(blake, "new request");
            blake.click("requestForm:submit");
            blake.waitForText(By.id("requestStatus"), "Submitted");
            requestPath = blake.currentPath().substring(1);
        }

        try (Browser pat = Browser.open(base)) {
            pat.signInOverHttp("pat.policedata", DEMO_PASSWORD);
            pat.go("catalogue/requests.xhtml");
            pat.waitForText(By.id("requests:table"), needed);
            axe(pat, "request queue");
            pat.clickLink(needed);
            RequestSteps.acceptAndStart(pat);
            pat.type("answerForm:answerText", "Most episodes start between 15:00 and 18:00 in two wards " + run + ".");
            Path answer = files.resolve("missing-by-ward.pdf");
            TestFiles.writePdf(answer, "Missing episodes by ward and hour.");
            pat.attach("answerForm", answer);
            axe(pat, "request to answer");
            pat.click("answerForm:sendAnswer");
            pat.waitForText(By.id("requestStatus"), "Answered");
        }

        String citedOn;
        try (Browser blake = Browser.open(base)) {
            blake.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            blake.go(requestPath);
            blake.waitForText(By.id("answerText"), "between 15:00 and 18:00 in two wards " + run);
            assertThat(blake.textOf("answerFile")).contains("missing-by-ward.pdf");
            assertThat(new String(blake.download(blake.driver().findElement(By.id("answerFile")).getAttribute("href")),
                    java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
            axe(blake, "answered request");
            List<WebElement> choices = blake.driver().findElements(By.cssSelector("#citeForm\\:citation_input option"));
            String agendaItem = choices.stream().map(WebElement::getText).filter(t -> t.contains(SAFEGUARDING) || t.startsWith("Agenda item"))
                    .findFirst().orElse(choices.get(1).getText());
            blake.choose("citeForm:citation", agendaItem);
            blake.click("citeForm:cite");
            citedOn = agendaItem.substring(agendaItem.lastIndexOf(": ") + 2);
            blake.waitForText(By.id("citations"), citedOn);
        }

        try (Browser pat = Browser.open(base)) {
            pat.signInOverHttp("pat.policedata", DEMO_PASSWORD);
            pat.go("catalogue/use.xhtml");
            pat.waitForText(By.id("answers"), needed);
            WebElement answered = pat.driver().findElements(By.cssSelector("#answers > li")).stream()
                    .filter(li -> li.getText().contains(needed)).findFirst().orElseThrow();
            // Pat does not sit on the board: the citation shows its board and date, not the restricted item.
            assertThat(answered.findElement(By.cssSelector("ul.cited")).getText()).contains("Cited: Agenda item, " + SAFEGUARDING)
                    .doesNotContain(citedOn);
            axe(pat, "use of our data");
        }
    }

    @Test
    void aDataLeadUpdatesTheirFlagOthersSeeItInTheComparisonAndTheirAnswerMovesTheProgressBar() throws Exception {
        String run = unique();
        String definition = "Flag any child under 18 where a practitioner is concerned about exploitation " + run + ".";
        try (Browser dana = Browser.open(base)) {
            dana.signInOverHttp("dana.datalead", DEMO_PASSWORD);
            dana.go("flags/index.xhtml");
            dana.waitFor(By.id("flags"));
            axe(dana, "flags register");
            dana.clickLink("Safeguarding: exploitation concern");
            dana.waitFor(By.id("flagForm:reviewMonths"));
            dana.type("flagForm:reviewMonths", "9");
            dana.click("flagForm:save");
            dana.waitForText(By.id("flagFacts"), "Every 9 months");
            axe(dana, "flag");
        }
        try (Browser blake = Browser.open(base)) {
            blake.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            blake.go("flags/compare.xhtml");
            compareHarm(blake, "Sexual exploitation");
            assertThat(blake.textOf("comparison")).as("the other agencies see the change")
                    .contains("KICB: Safeguarding: exploitation concern").contains("Every 9 months");
            blake.type("proposal:definition", definition);
            blake.click("proposal:propose");
            blake.waitForText(By.id("proposals"), definition);
        }
        try (Browser dana = Browser.open(base)) {
            dana.signInOverHttp("dana.datalead", DEMO_PASSWORD);
            dana.go("flags/compare.xhtml");
            compareHarm(dana, "Sexual exploitation");
            dana.waitForText(By.id("proposals"), definition);
            axe(dana, "comparison");
            int before = progress(proposal(dana, definition));
            WebElement answerRow = proposal(dana, definition).findElement(By.cssSelector(".answer-row"));
            dana.choose(answerRow.findElement(By.cssSelector(".ui-selectonemenu")).getAttribute("id"), "Our flag matches it");
            dana.click(answerRow.findElement(By.cssSelector("button.save-answer")).getAttribute("id"));
            // The proposals are re-rendered by the save: for a moment the section may be missing or stale; ask again.
            dana.waitUpTo(20)
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .ignoring(AssertionError.class)
                    .until(d -> proposal(dana, definition).getText().contains("1 agreed"));
            int after = progress(proposal(dana, definition));
            assertThat(after).as("the progress bar moves with the answer").isGreaterThan(before);
            assertThat(proposal(dana, definition).getText()).contains("Kestrel Vale Integrated Care Board");
        }
    }

    @Test
    void anEditorPublishesAPractitionerFindsReadsAndRatesItAndTheEditorReadsTheFeedback() throws Exception {
        String run = unique();
        String title = "Talking with young people about online grooming " + run;
        String editPath;
        try (Browser editor = Browser.open(base)) {
            editor.signInOverHttp("ellis.editor", DEMO_PASSWORD);
            editor.go("guidance/edit.xhtml");
            editor.waitFor(By.id("editor:title"));
            editor.choose("editor:kind", "Guidance");
            editor.type("editor:title", title);
            editor.type("editor:summary", "How to start the conversation, and what young people said helps.");
            editor.driver().findElement(By.cssSelector("#editor\\:body .ql-editor")).sendKeys("Ask open questions and listen " + run + ".");
            editor.type("editor:youngPeopleSaid", "Don't make it a lecture.");
            editor.driver().findElement(By.cssSelector("#editor\\:audienceSelection label[for='editor:audienceSelection:1']")).click();
            editor.click("editor:save");
            editor.waitFor(By.id("editor:publish"));
            editor.click("editor:preview");
            editor.waitForText(By.id("preview-body"), "Ask open questions and listen " + run);
            assertThat(editor.textOf("preview-quotes")).contains("Don't make it a lecture.");
            axe(editor, "editor with preview");
            editor.click("editor:publish");
            editor.waitForText(By.id("editorStatus"), "Published");
            editPath = editor.currentPath().substring(1);
        }
        try (Browser practitioner = Browser.open(base)) {
            practitioner.signInOverHttp("parker.practitioner", DEMO_PASSWORD);
            practitioner.go("guidance/index.xhtml");
            practitioner.type("search:text", "grooming " + run);
            practitioner.click("search:find");
            practitioner.waitForText(By.id("results"), title);
            axe(practitioner, "guidance search");
            practitioner.clickLink(title);
            practitioner.waitForText(By.id("reading"), "Ask open questions and listen " + run);
            practitioner.driver().findElement(By.cssSelector("#feedback\\:useful label[for$='useful:0']")).click();
            practitioner.type("feedback:comment", "Used it with a year 9 group " + run + ".");
            practitioner.click("feedback:send");
            practitioner.waitFor(By.id("thanks"));
            axe(practitioner, "resource");
        }
        try (Browser editor = Browser.open(base)) {
            editor.signInOverHttp("ellis.editor", DEMO_PASSWORD);
            editor.go(editPath);
            editor.waitForText(By.id("feedback"), "Used it with a year 9 group " + run);
            assertThat(editor.textOf("feedback")).contains("Parker Practitioner (SHC)").doesNotContain("parker.practitioner");
        }
    }

    @Test
    void anAdministratorCreatesAPersonWhoChoosesTheirOwnPasswordLandsOnTheirHomeAndEveryStepIsAudited() throws Exception {
        String run = unique();
        String username = "journey." + run;
        String temporary;
        try (Browser admin = Browser.open(base)) {
            admin.signInOverHttp("avery.admin", DEMO_PASSWORD);
            admin.go("admin/users.xhtml");
            admin.waitFor(By.id("newPerson:username"));
            axe(admin, "people");
            admin.type("newPerson:username", username);
            admin.type("newPerson:fullName", "Journey Datalead " + run);
            admin.type("newPerson:email", username + "@kestrel-vale.example");
            admin.choose("newPerson:agency", "Kestrelshire Police");
            // Before choosing, the administrator reads what each role lets a person do (identity.Role's one mapping).
            admin.clickCss("#rolePermissions summary");
            assertThat(admin.driver().findElement(By.xpath("//details[@id='rolePermissions']//dt[.='Data lead']/following-sibling::dd[1]"))
                    .getText()).contains("Answer the data requests sent to one's own agency");
            assertThat(admin.driver().findElement(By.xpath("//details[@id='rolePermissions']//dt[.='Board member']/following-sibling::dd[1]"))
                    .getText()).contains("Read the data catalogue").doesNotContain("Answer the data requests");
            admin.driver().findElements(By.cssSelector("#newPerson\\:roles label")).stream()
                    .filter(label -> label.getText().trim().startsWith("Data lead")).findFirst().orElseThrow().click();
            admin.click("newPerson:create");
            temporary = admin.waitFor(By.id("temporaryPassword")).getText();
        }
        try (Browser person = Browser.open(base)) {
            person.signIn(username, temporary);
            person.waitFor(By.id("mustChange"));
            axe(person, "forced password change");
            person.type("password:currentPassword", temporary);
            person.type("password:newPassword", "heron quietly crosses the weir");
            person.type("password:confirmation", "heron quietly crosses the weir");
            person.click("password:change");
            person.waitFor(By.id("workSections"));
            assertThat(person.currentPath()).startsWith("/index.xhtml");
            assertThat(person.textOf("workSections")).as("a data lead's home").contains("Data requests");
            assertThat(person.driver().findElements(By.id("dataRequestsSummary"))).isNotEmpty();
            axe(person, "home");
        }
        try (Browser admin = Browser.open(base)) {
            admin.signInOverHttp("avery.admin", DEMO_PASSWORD);
            List<AuditTrail.Row> created = AuditTrail.filtered(admin, "avery.admin", username, "USER_CREATED");
            assertThat(created).singleElement().satisfies(row -> {
                assertThat(row.who()).isEqualTo("avery.admin");
                assertThat(row.what()).isEqualTo("User created");
                assertThat(row.concerning()).contains("Journey Datalead " + run).contains(username);
            });
            axe(admin, "audit log");
            assertThat(AuditTrail.filtered(admin, username, null, "SIGN_IN")).singleElement()
                    .satisfies(row -> assertThat(row.what()).isEqualTo("Sign-in"));
            assertThat(AuditTrail.filtered(admin, username, null, "PASSWORD_CHANGED")).singleElement()
                    .satisfies(row -> assertThat(row.who()).isEqualTo(username));
        }
    }

    @Test
    void anExMemberAndAMemberOfAnotherBoardAreRefusedAWorkspaceAndEachRefusalIsAudited() throws Exception {
        String workspace;
        try (Browser chair = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            openWorkspace(chair, SAFEGUARDING);
            workspace = chair.currentPath().substring(1);
        }
        for (String refused : List.of("jordan.former", "morgan.member")) {
            try (Browser person = Browser.open(base)) {
                person.signInOverHttp(refused, DEMO_PASSWORD);
                person.go(workspace);
                person.waitFor(By.id("refused"));
                assertThat(person.driver().findElements(By.id("workspace"))).as(refused + " sees no workspace").isEmpty();
                assertThat(person.driver().findElement(By.tagName("h1")).getText()).contains("Not available to you");
                axe(person, "refused");
            }
        }
        try (Browser admin = Browser.open(base)) {
            admin.signInOverHttp("avery.admin", DEMO_PASSWORD);
            for (String refused : List.of("jordan.former", "morgan.member")) {
                List<AuditTrail.Row> rows = AuditTrail.filtered(admin, refused, null, "ACCESS_REFUSED");
                assertThat(rows).as(refused + "'s refusal").anySatisfy(row -> {
                    assertThat(row.who()).isEqualTo(refused);
                    assertThat(row.what()).isEqualTo("Access refused");
                    assertThat(row.concerning()).contains(SAFEGUARDING);
                });
            }
        }
    }

    // ---- steps shared by the journeys ----

    private static void openWorkspace(Browser browser, String board) {
        browser.go("boards/index.xhtml");
        browser.waitForText(By.id("myBoards"), board);
        browser.clickLink(board);
        browser.waitFor(By.id("yourSeat"));
    }

    private static void compareHarm(Browser browser, String harm) {
        WebElement before = browser.waitFor(By.id("choose"));
        browser.choose("choose:harm", harm);
        browser.click("choose:show");
        browser.waitUpTo(20)
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
        browser.waitFor(By.id("comparison"));
        assertThat(browser.driver().findElement(By.cssSelector("#choose\\:harm_label")).getText()).isEqualTo(harm);
    }

    private static WebElement agendaItemLink(Browser chair, String title) {
        return chair.driver().findElements(By.cssSelector("#agendaItems li.agenda-item")).stream()
                .filter(li -> li.getText().contains(title)).findFirst().orElseThrow(() -> new AssertionError("No agenda item " + title))
                .findElement(By.linkText("Papers, minutes and actions"));
    }

    private static void chooseAttendance(Browser chair, String name, String attendance) {
        MeetingSteps.chooseAttendance(chair, name, attendance);
    }

    private static String attendanceShown(Browser chair, String name) {
        WebElement row = chair.driver().findElements(By.cssSelector("#attendance\\:table_data tr")).stream()
                .filter(tr -> tr.getText().startsWith(name)).findFirst().orElseThrow();
        return row.findElement(By.cssSelector(".ui-selectonemenu-label")).getText();
    }

    private static String rowWith(Browser browser, String tableId, String text) {
        browser.waitForText(By.id(tableId), text);
        return browser.driver().findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + "_data tr")).stream()
                .map(WebElement::getText).filter(row -> row.contains(text)).findFirst().orElseThrow();
    }

    private static WebElement proposal(Browser browser, String definition) {
        return browser.driver().findElements(By.cssSelector("#proposals section.proposal")).stream()
                .filter(section -> section.getText().contains(definition)).findFirst()
                .orElseThrow(() -> new AssertionError("No proposal " + definition));
    }

    private static int progress(WebElement proposal) {
        return Integer.parseInt(proposal.findElement(By.cssSelector(".progress-bar")).getAttribute("data-percent"));
    }

    private static String lineWith(String text, String needle) {
        return text.lines().filter(line -> line.contains(needle)).findFirst()
                .orElseThrow(() -> new AssertionError("No line with " + needle + " in:\n" + text));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    private static void axe(Browser browser, String page) throws Exception {
        assertThat(AxeCore.seriousViolations(browser.driver())).as("axe-core: serious or critical violations on the " + page + " page").isEmpty();
    }

}
