package org.partnershipportal.voice;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnershipportal.testsupport.AuditTrail;
import org.partnershipportal.testsupport.Browser;
import org.partnershipportal.testsupport.MeetingSteps;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.SharedPortal;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * "You said, we did" in a real Chromium: the chair links what young people told us to a decision and says
 * what changed; a practitioner reads that on the resource without reaching the restricted decision; a
 * board member sees it on the board's workspace and follows it to the decision on the meeting's page.
 * Refused: linking a decision not yet recorded, linking without choosing a resource; the practitioner
 * does not reach the item. The link is audited against the agenda item.
 */
@UsesDemoPartnership
class YouSaidWeDidBrowserIT {

    static final String RESOURCE = "Feeling safe: what young people told us";
    static final String BOARD = "Children's Safeguarding Partnership";

    final URL base = SharedPortal.base();

    @Test
    void aDecisionChangedByWhatYoungPeopleSaidShowsOnTheResourceForPractitionersAndOnTheWorkspaceForMembers() throws Exception {
        String run = Long.toString(System.nanoTime() % 100_000);
        String itemTitle = "Return interviews by a known worker " + run;
        String whatChanged = "Return home interviews are now offered by a worker the young person already knows (" + run + ")";
        try (Browser chair = Browser.open(base); Browser member = Browser.open(base); Browser practitioner = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            long item = heldItem(chair, itemTitle, run);

            // Before a decision is recorded there is nothing to link it to.
            chair.go("meetings/item.xhtml?item=" + item);
            chair.choose("voice:resource", RESOURCE);
            chair.type("voice:whatChanged", whatChanged);
            chair.click("voice:link");
            chair.waitForText(By.id("voice"), "Record the decision first");
            assertThat(chair.textOf("voiceSection")).contains("No decision or action of this item is linked");

            chair.type("outcome:decisions", "Agreed that return home interviews go to a worker the young person knows " + run);
            chair.click("outcome:save");
            chair.waitForText(By.tagName("body"), "Minutes and decisions saved.");

            // Without a resource the link is refused beside the field, and nothing is linked.
            chair.choose("voice:resource", "Choose a resource");
            chair.type("voice:whatChanged", whatChanged);
            chair.click("voice:link");
            chair.waitForText(By.id("voice"), "Choose what young people told us");
            assertThat(chair.textOf("voiceSection")).contains("No decision or action of this item is linked");

            chair.choose("voice:resource", RESOURCE);
            chair.type("voice:whatChanged", whatChanged);
            chair.click("voice:link");
            chair.waitForText(By.id("voiceList"), whatChanged);
            assertThat(chair.textOf("voiceList")).contains(RESOURCE).contains("changed the decision");
            chair.scrollTo("voiceSection");
            chair.screenshot("you-said-we-did-item");
            chair.viewportWidth(390);
            chair.scrollTo("voiceSection");
            chair.screenshot("you-said-we-did-item-390");
            chair.viewportWidth(1366);
            long resource = MeetingSteps.idIn(chair.driver().findElement(By.cssSelector("#voiceList a")).getAttribute("href"), "id");

            // A practitioner reads what changed on the resource, with the board's name, but no way into the decision.
            practitioner.signInOverHttp("parker.practitioner", DEMO_PASSWORD);
            practitioner.go("guidance/resource.xhtml?id=" + resource);
            WebElement told = changeReading(practitioner, whatChanged);
            assertThat(told.getText()).contains(BOARD);
            assertThat(told.findElements(By.cssSelector("a.decision-link"))).as("a practitioner is not offered the restricted decision").isEmpty();
            practitioner.scrollTo("changedBecause");
            practitioner.screenshot("you-said-we-did-resource-practitioner");
            practitioner.go("meetings/item.xhtml?item=" + item);
            assertThat(practitioner.driver().findElements(By.id("voiceSection"))).as("the item itself stays with the board").isEmpty();

            // A member sees it on the workspace, and on the resource with the way into the decision; no link form.
            member.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            member.go("boards/index.xhtml");
            member.clickLink(BOARD);
            member.waitForText(By.id("informedList"), whatChanged);
            assertThat(member.driver().findElement(By.xpath("//ul[@id='informedList']/li[contains(., '" + run + "')]")).getText())
                    .contains(itemTitle).contains(RESOURCE);
            member.scrollTo("youngPeoplesVoice");
            member.screenshot("you-said-we-did-workspace");
            member.go("guidance/resource.xhtml?id=" + resource);
            WebElement seen = changeReading(member, whatChanged);
            WebElement decision = seen.findElement(By.cssSelector("a.decision-link"));
            assertThat(decision.getAttribute("href")).contains("meeting.xhtml?meeting=").endsWith("#item-" + item);
            decision.click();
            member.waitForText(By.id("item-" + item), itemTitle);
        }
        PortalClient admin = new PortalClient(base);
        assertThat(admin.signIn("avery.admin", DEMO_PASSWORD).statusCode()).isEqualTo(302);
        List<AuditTrail.Row> linked = AuditTrail.filtered(admin, "casey.chair", null, "VOICE_LINKED").stream()
                .filter(row -> row.concerning().contains(itemTitle)).toList();
        assertThat(linked).as("the link is audited against the item").hasSize(1);
        assertThat(linked.get(0).detail()).contains(RESOURCE);
    }

    /** The one entry of the resource's "what changed" list that carries this account. */
    private static WebElement changeReading(Browser reader, String whatChanged) {
        reader.waitForText(By.id("changeList"), whatChanged);
        List<WebElement> entries = reader.driver().findElements(By.cssSelector("#changeList li.voice-change")).stream()
                .filter(li -> li.getText().contains(whatChanged)).toList();
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    /** A new item on a held meeting of the chair's board (held this year, so the workspace counts it). */
    private static long heldItem(Browser chair, String itemTitle, String run) {
        LocalDate yesterday = LocalDate.now().minusDays(1);
        LocalDate day = yesterday.getYear() == LocalDate.now().getYear() ? yesterday : LocalDate.now();
        MeetingSteps.schedule(chair, BOARD, "Listening to young people " + run, day, "00:00", "00:30");
        chair.type("newItem:title", itemTitle);
        chair.click("newItem:add");
        chair.waitForText(By.id("agendaItems"), itemTitle);
        Matcher found = Pattern.compile("item\\.xhtml\\?item=(\\d+)").matcher(chair.driver().getPageSource());
        assertThat(found.find()).isTrue();
        long item = Long.parseLong(found.group(1));
        chair.click("publication:publish");
        chair.waitForText(By.tagName("body"), "Agenda published");
        chair.choose("details:status", "Held");
        chair.click("details:save");
        chair.waitForText(By.tagName("body"), "Meeting details saved.");
        return item;
    }
}
