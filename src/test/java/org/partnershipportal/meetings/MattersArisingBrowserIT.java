package org.partnershipportal.meetings;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnershipportal.testsupport.Browser;
import org.partnershipportal.testsupport.SharedPortal;

import java.net.URL;
import java.time.LocalDate;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * Matters arising: drafting a new agenda, the chair is offered the board's open and overdue actions and
 * the last held meeting's unapproved minutes; what they choose goes to the top of the agenda, the minutes
 * first, the actions listed with owner, due date and "overdue".
 */
@UsesDemoPartnership
class MattersArisingBrowserIT {

    final URL base = SharedPortal.base();

    @Test
    void aNewAgendaOffersOpenAndOverdueActionsAndTheLastUnapprovedMinutesAndPutsThemFirst() throws Exception {
        String run = Long.toString(System.nanoTime() % 100_000);
        String overdue = "Refresh the missing children protocol with Safe Harbour";
        try (Browser chair = Browser.open(base); Browser secondTab = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            chair.go("boards/index.xhtml");
            chair.clickLink("Children's Safeguarding Partnership");
            chair.click("scheduleMeeting");
            chair.type("meeting:title", "Matters arising " + run);
            chair.setValue("meeting:date", LocalDate.now().plusDays(50).toString());
            chair.setValue("meeting:startTime", "10:00");
            chair.setValue("meeting:endTime", "12:00");
            chair.type("meeting:place", "Council Chamber, Kestrel Vale Civic Centre");
            chair.click("meeting:schedule");
            chair.waitForText(By.id("agendaStatus"), "Draft agenda");
            chair.type("newItem:title", "Summer plan for detached youth work " + run);
            chair.click("newItem:add");
            chair.waitForText(By.id("agendaItems"), "Summer plan for detached youth work " + run);

            String offered = chair.textOf("mattersArisingPanel");
            assertThat(offered).contains(overdue + " (Casey Chair, due").contains("overdue").contains("Minutes of the meeting of");
            assertThat(offered).as("done actions are not matters arising").doesNotContain("Audit a sample of return home interviews");
            chair.screenshot("matters-arising-offered");

            // Nothing chosen: refused with a reason, nothing added.
            chair.driver().findElement(By.cssSelector("#arising\\:minutes .ui-chkbox-box")).click();
            chair.click("arising:add");
            chair.waitForText(By.id("arising"), "Choose at least one action, or the previous meeting's minutes");
            assertThat(chair.textOf("agendaItems")).doesNotContain("Matters arising").doesNotContain("Minutes of the last meeting");
            chair.driver().findElement(By.cssSelector("#arising\\:minutes .ui-chkbox-box")).click();
            // The same choice in a second tab, opened now and sent after the first (below).
            secondTab.signInOverHttp("casey.chair", DEMO_PASSWORD);
            secondTab.go(chair.driver().getCurrentUrl().replaceFirst("^https?://[^/]+/", ""));
            secondTab.driver().findElement(By.xpath("//label[contains(., '" + overdue + "')]")).click();
            chair.driver().findElement(By.xpath("//label[contains(., '" + overdue + "')]")).click();
            chair.click("arising:add");
            chair.waitForText(By.tagName("body"), "Matters arising added at the top of the agenda.");
            String agenda = chair.textOf("agendaItems");
            assertThat(agenda).containsSubsequence("Minutes of the last meeting", "Matters arising", overdue, "overdue",
                    "Summer plan for detached youth work " + run);
            assertThat(agenda).contains("For decision").contains("as a correct record.").doesNotContain("(draft minutes)");

            // What is on the agenda now is no longer offered: not the action, not the minutes (ticked by default before).
            assertThat(chair.textOf("mattersArisingPanel")).doesNotContain(overdue);
            assertThat(chair.driver().findElements(By.id("arising:minutes"))).as("the minutes, on the agenda already").isEmpty();
            // Nothing ticked: told to choose, not about the minutes the form no longer shows.
            chair.click("arising:add");
            chair.waitForText(By.id("arising"), "Choose at least one action, or the previous meeting's minutes");

            // The second tab's form, sent now, adds nothing twice.
            secondTab.click("arising:add");
            secondTab.waitForText(By.id("arising"), "\"Minutes of the last meeting (");
            assertThat(secondTab.textOf("arising")).contains("is on this agenda already");
            chair.go(chair.driver().getCurrentUrl().replaceFirst("^https?://[^/]+/", ""));
            String unchanged = chair.textOf("agendaItems");
            assertThat(unchanged.split("Matters arising", -1)).as("one matters arising item").hasSize(2);
            assertThat(unchanged.split("Minutes of the last meeting", -1)).as("one minutes item").hasSize(2);

            // An action chosen later joins the matters arising already there, after the first.
            WebElement another = chair.driver().findElements(By.cssSelector("#arising\\:actions label")).stream()
                    .filter(label -> !label.getText().contains(overdue)).findFirst().orElseThrow();
            String anotherAction = another.getText().substring(0, another.getText().lastIndexOf(" ("));
            another.click();
            chair.click("arising:add");
            chair.waitForText(By.tagName("body"), "Matters arising added at the top of the agenda.");
            String grown = chair.textOf("agendaItems");
            assertThat(grown.split("Matters arising", -1)).as("still one matters arising item").hasSize(2);
            assertThat(grown).containsSubsequence("Matters arising", overdue, anotherAction, "Summer plan for detached youth work " + run);
        }
    }
}
