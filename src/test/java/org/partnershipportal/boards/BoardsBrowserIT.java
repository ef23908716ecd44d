package org.partnershipportal.boards;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.AuditTrail;
import org.partnershipportal.testsupport.Browser;

import java.net.URL;
import java.util.List;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/** Boards in a real Chromium: an administrator sets one up, its member works in it, others are refused. */
@UsesDemoPartnership
class BoardsBrowserIT {

    /** The portal shared by every outside-in test of the run (one server start, not one per class). */
    final URL base = SharedPortal.base();

    @Test
    void anAdministratorCreatesABoardAndSeatsAMemberWhoWorksInItWhileOthersAreRefused() throws Exception {
        try (Browser admin = Browser.open(base); Browser member = Browser.open(base); Browser outsider = Browser.open(base)) {
            admin.signInOverHttp("avery.admin", DEMO_PASSWORD);
            admin.go("admin/boards.xhtml");
            admin.type("newBoard:name", "Online Safety Subgroup");
            admin.type("newBoard:shortName", "ONLINE");
            admin.type("newBoard:purpose", "Online harm to children: grooming, sextortion and harmful content.");
            admin.choose("newBoard:meetingFrequency", "Every two months");
            admin.driver().findElement(By.xpath("//form[@id='newBoard']//label[text()='Online harm']")).click();
            admin.driver().findElement(By.xpath("//form[@id='newBoard']//label[text()=\"Children's Safeguarding Partnership\"]")).click();
            admin.click("newBoard:create");
            admin.waitForText(By.id("boards"), "Online Safety Subgroup");
            admin.screenshot("admin-boards");

            admin.driver().findElement(By.linkText("Online Safety Subgroup")).click();
            admin.waitFor(By.id("newMember:userId_input"));
            admin.choose("newMember:userId", "Riley Reviewer (KICB)");
            admin.choose("newMember:role", "Chair");
            admin.click("newMember:add");
            admin.waitForText(By.id("members"), "Riley Reviewer");
            admin.screenshot("admin-board-members");

            member.signInOverHttp("riley.reviewer", DEMO_PASSWORD);
            member.go("boards/index.xhtml");
            member.waitForText(By.id("myBoards"), "Online Safety Subgroup");
            // One member is "1 member", never "1 members"; the partnership's board has several.
            assertThat(memberCount(member, "Online Safety Subgroup")).isEqualTo("1 member");
            assertThat(memberCount(member, "Children's Safeguarding Partnership")).matches("[2-9]\\d* members");
            member.screenshot("my-boards");
            member.driver().findElement(By.linkText("Online Safety Subgroup")).click();
            member.waitForText(By.id("yourSeat"), "Chair");
            String workspaceUrl = member.driver().getCurrentUrl();
            assertThat(member.textOf("remit")).contains("Online harm");
            assertThat(member.textOf("members")).contains("Riley Reviewer").contains("Chair");
            assertThat(member.textOf("chair")).isEqualTo("Riley Reviewer");
            member.screenshot("workspace");
            assertThat(member.consoleErrors()).isEmpty();

            outsider.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            outsider.driver().get(workspaceUrl);
            outsider.waitFor(By.id("refused"));
            assertThat(outsider.text()).doesNotContain("Riley Reviewer").doesNotContain("grooming");

            // Ending the membership takes effect at the member's next request, without signing them out.
            admin.driver().navigate().refresh();
            // Ending a seat asks first, saying what it does; "No" changes nothing.
            admin.waitFor(By.cssSelector("#members button.end-membership")).click();
            // The dialog opens on "No": Enter pressed by habit keeps the seat.
            admin.waitUpTo(10).until(driver -> ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.activeElement.classList.contains('ui-confirmdialog-no')").equals(Boolean.TRUE));
            assertThat(admin.answerConfirmation(false)).contains("Riley Reviewer will no longer sit on Online Safety Subgroup from today")
                    .contains("loses access to its restricted papers");
            member.driver().get(workspaceUrl);
            member.waitForText(By.id("yourSeat"), "Chair");
            admin.driver().navigate().refresh();
            admin.waitFor(By.cssSelector("#members"));
            assertThat(admin.textOf("members")).as("read afresh, the seat is still current").doesNotContain("has ended");
            assertThat(admin.driver().findElements(By.cssSelector("#members td.ended-on")).stream().map(WebElement::getText))
                    .as("no end date").containsOnly("");
            admin.waitFor(By.cssSelector("#members button.end-membership")).click();
            admin.answerConfirmation(true);
            admin.waitForText(By.id("members"), "has ended");
            member.driver().get(workspaceUrl);
            member.waitFor(By.id("refused"));
            member.go("boards/index.xhtml");
            member.waitForText(By.id("myBoards"), "Children's Safeguarding Partnership");
            assertThat(member.textOf("myBoards")).doesNotContain("Online Safety Subgroup");
        }
    }

    /**
     * A second chair is allowed (co-chairs), but the administrator is told, and the workspace names both (a page walk
     * added a chair beside the current one without a word, and the workspace went on naming only the first).
     */
    @Test
    void aSecondChairIsFlaggedToTheAdministratorAndTheWorkspaceNamesBoth() throws Exception {
        String run = Long.toString(System.nanoTime() % 100_000);
        String name = "Co-chaired Board " + run;
        try (Browser admin = Browser.open(base); Browser member = Browser.open(base)) {
            admin.signInOverHttp("avery.admin", DEMO_PASSWORD);
            admin.go("admin/boards.xhtml");
            admin.type("newBoard:name", name);
            admin.type("newBoard:shortName", "CO" + run);
            admin.choose("newBoard:meetingFrequency", "Quarterly");
            admin.click("newBoard:create");
            admin.waitForText(By.id("boards"), name);
            admin.driver().findElement(By.linkText(name)).click();
            admin.waitFor(By.id("newMember:userId_input"));
            admin.choose("newMember:userId", "Riley Reviewer (KICB)");
            admin.choose("newMember:role", "Chair");
            admin.click("newMember:add");
            admin.waitForText(By.id("pageMessages"), "Riley Reviewer now sits on the board as chair.");
            assertThat(admin.textOf("pageMessages")).as("the first chair").doesNotContain("also chairs");
            admin.choose("newMember:userId", "Morgan Member (KYOS)");
            admin.choose("newMember:role", "Chair");
            admin.click("newMember:add");
            admin.waitForText(By.id("pageMessages"), "Morgan Member now sits on the board as chair.");
            assertThat(admin.textOf("pageMessages")).contains("Riley Reviewer also chairs the board for some of those dates, so the board has"
                    + " more than one chair. If the board has one chair, end the other seat.");

            member.signInOverHttp("riley.reviewer", DEMO_PASSWORD);
            member.go("boards/index.xhtml");
            member.clickLink(name);
            member.waitForText(By.id("yourSeat"), "Chair");
            assertThat(member.textOf("chair")).isEqualTo("Morgan Member and Riley Reviewer");
        } finally {
            // The board stays, empty: Riley and Morgan leave the demo as they found it for the classes after this one.
            org.partnershipportal.testsupport.TestDatabase.update("DELETE FROM board_membership WHERE board_id = (SELECT id FROM board WHERE short_name = ?)",
                    "CO" + run);
        }
    }

    @Test
    void badBoardInputIsShownBesideTheFieldAndNothingIsSaved() throws Exception {
        try (Browser admin = Browser.open(base)) {
            admin.signInOverHttp("avery.admin", DEMO_PASSWORD);
            admin.go("admin/boards.xhtml");
            admin.click("newBoard:create");
            admin.waitForText(By.id("newBoard"), "Enter the board's name");
            assertThat(admin.textOf("newBoard")).contains("Enter a short name").contains("Choose how often the board meets");

            admin.type("newBoard:name", "A board with a name far too long " + "x".repeat(140));
            admin.type("newBoard:shortName", "VRU");
            admin.choose("newBoard:meetingFrequency", "Quarterly");
            admin.click("newBoard:create");
            admin.waitForText(By.id("newBoard"), "Use at most 150 characters");

            admin.type("newBoard:name", "Second Violence Board");
            admin.click("newBoard:create");
            admin.waitForText(By.id("newBoard"), "Another board already uses that short name");
            admin.screenshot("admin-boards-bad-input");
            assertThat(admin.textOf("boards")).doesNotContain("Second Violence Board");

            admin.driver().findElement(By.linkText("VRU Board")).click();
            admin.waitFor(By.id("newMember:userId_input"));
            assertSeatsInReadingOrder(admin);
            admin.choose("newMember:userId", "Blake Boardmember (KSP)");
            admin.choose("newMember:role", "Adviser");
            admin.click("newMember:add");
            admin.waitForText(By.id("newMember"), "already sits on this board");
            assertThat(admin.textOf("members")).doesNotContain("Adviser");

            // A seat opens the board's restricted papers: only someone with the Board member role takes one.
            admin.choose("newMember:userId", "Parker Practitioner (SHC)");
            admin.choose("newMember:role", "Member");
            admin.click("newMember:add");
            admin.waitForText(By.id("newMember"), "Parker Practitioner does not have the Board member role");
            assertThat(admin.textOf("members")).doesNotContain("Parker Practitioner");

            // A seat recorded to start later says so, and can be cancelled before it starts.
            String later = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusYears(3).withDayOfYear(1).toString();
            admin.choose("newMember:userId", "Riley Reviewer (KICB)");
            admin.choose("newMember:role", "Member");
            admin.typeDate("newMember:startsOn", later);
            admin.click("newMember:add");
            admin.waitForText(By.id("pageMessages"), "Riley Reviewer will sit on the board as member from");
            WebElement cancel = admin.waitFor(By.cssSelector("#members button.cancel-seat"));
            assertThat(admin.driver().findElements(By.cssSelector("#members button.cancel-seat"))).as("one seat starts later").hasSize(1);
            cancel.click();
            assertThat(admin.answerConfirmation(true)).contains("Riley Reviewer will not take up the seat on VRU Board from");
            admin.waitForText(By.id("members"), "Riley Reviewer's seat from");
            assertThat(admin.textOf("members")).contains("is cancelled: they will not sit on the board");
            assertThat(admin.driver().findElements(By.cssSelector("#members button.cancel-seat"))).as("nothing left to cancel").isEmpty();
            assertThat(admin.driver().findElements(By.cssSelector("#members td.ended-on")).stream().map(WebElement::getText))
                    .as("the cancelled seat says so rather than giving an end date").containsOnlyOnce("Cancelled before it started");
            assertThat(AuditTrail.filtered(admin, null, null, "MEMBERSHIP_ENDED")).as("the audit log names it a cancellation")
                    .anySatisfy(row -> assertThat(row.detail()).startsWith("riley.reviewer (MEMBER) seat from " + later).endsWith("cancelled before it started"));

            // Nor is the role taken from someone who still has a seat: the seat would go on opening the papers.
            admin.go("admin/users.xhtml");
            admin.driver().findElement(By.linkText("Riley Reviewer")).click();
            admin.waitFor(By.cssSelector("label[for='account:roles:1']")).click(); // Board member, the second role in the list
            admin.waitFor(By.cssSelector("label[for='account:roles:2']")).click(); // Practitioner instead: one role is needed
            admin.click("account:save");
            admin.waitForText(By.id("account"), "Riley Reviewer still has a seat on");
            admin.driver().get(admin.driver().getCurrentUrl()); // read again, not the refused post sent again
            assertThat(admin.waitFor(By.id("account:roles:1")).isSelected()).as("the Board member role is kept").isTrue();

            // The partnership's own board has a former member: the ended seat comes after every current one.
            admin.go("admin/boards.xhtml");
            admin.driver().findElement(By.linkText("Children's Safeguarding Partnership")).click();
            admin.waitFor(By.id("newMember:userId_input"));
            assertThat(assertSeatsInReadingOrder(admin)).as("ended seats on the partnership's board").isPositive();
        }
    }

    @Test
    void theStructureMapShowsWhereBoardsOverseeTheSameHarm() throws Exception {
        try (Browser practitioner = Browser.open(base)) {
            practitioner.signInOverHttp("parker.practitioner", DEMO_PASSWORD);
            practitioner.go("structure/index.xhtml");
            WebElement criminalExploitation = practitioner.waitFor(
                    By.xpath("//table[@id='remitMatrix']//tr[th[normalize-space()='Criminal exploitation']]"));
            assertThat(criminalExploitation.getAttribute("class")).contains("shared");
            assertThat(criminalExploitation.findElement(By.cssSelector("td.count")).getText()).matches("[5-9]");
            assertThat(practitioner.textOf("peopleOverlap")).contains("Blake Boardmember");
            assertThat(practitioner.driver().findElements(By.cssSelector("#diagram svg line.reporting-line"))).isNotEmpty();
            practitioner.screenshot("structure-map");
            assertThat(practitioner.consoleErrors()).isEmpty();
        }
    }

    /** The member count on a board's card in My boards. */
    private static String memberCount(Browser browser, String board) {
        return browser.driver().findElement(By.xpath("//ul[@id='myBoards']/li[.//a[text()=\"" + board + "\"]]//span[@class='member-count']")).getText();
    }

    /** The administrator reads a board's seats as a list of people: current seats by name, then ended ones, latest first. */
    private static int assertSeatsInReadingOrder(Browser admin) {
        List<String> current = new java.util.ArrayList<>();
        List<String> ended = new java.util.ArrayList<>();
        List<java.time.LocalDate> endedOn = new java.util.ArrayList<>();
        for (WebElement row : admin.driver().findElements(By.cssSelector("[id='members:table'] tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            String name = cells.get(0).getText().replaceFirst("^Name\\s*", "");
            if (row.getAttribute("class").contains("history-ended")) {
                ended.add(name);
                String end = cells.get(4).getText().replaceFirst("^Ended on\\s*", "").trim();
                if (!end.isEmpty()) {
                    endedOn.add(java.time.LocalDate.parse(end, org.partnershipportal.platform.Wording.DATE));
                }
            } else {
                assertThat(ended).as("a current seat (%s) listed after an ended one", name).isEmpty();
                current.add(name);
            }
        }
        assertThat(current).hasSizeGreaterThan(2).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(endedOn).as("ended seats, latest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        return ended.size();
    }
}
