package org.partnershipportal.flags;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.Browser;
import org.partnershipportal.testsupport.PortalClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/** The flags register and the glossary in a real Chromium, on the demo partnership. */
@UsesDemoPartnership
class FlagsAndGlossaryBrowserIT {

    /** The portal shared by every outside-in test of the run (one server start, not one per class). */
    final URL base = SharedPortal.base();

    @Test
    void aDataLeadEditsTheirOwnAgencysFlagButNotAnotherAgencysAndBadInputIsRefused() throws Exception {
        try (Browser lead = Browser.open(base)) {
            lead.signInOverHttp("dana.datalead", DEMO_PASSWORD);
            lead.go("flags/index.xhtml");
            lead.waitForText(By.id("flags"), "Safeguarding: exploitation concern");
            lead.screenshot("flags-register");
            lead.driver().findElement(By.linkText("Safeguarding: exploitation concern")).click();
            lead.waitFor(By.id("flagForm:reviewMonths"));

            lead.type("flagForm:reviewMonths", "-3");
            lead.click("flagForm:save");
            lead.waitForText(By.id("flagForm"), "The review period cannot be negative");
            lead.type("flagForm:reviewMonths", "12");
            lead.driver().findElement(By.id("flagForm:definition")).clear();
            lead.click("flagForm:save");
            lead.waitForText(By.id("flagForm"), "Enter the definition as the agency writes it");
            lead.screenshot("flag-bad-input");
            lead.type("flagForm:definition", "A patient under 18 where a clinician is concerned about criminal or sexual exploitation.");
            lead.click("flagForm:save");
            lead.waitForText(By.id("flagFacts"), "Every 12 months");
            assertThat(lead.textOf("flagDefinition")).contains("criminal or sexual exploitation");

            lead.go("flags/index.xhtml");
            lead.waitFor(By.id("flags"));
            lead.driver().findElement(By.linkText("Child criminal exploitation")).click();
            lead.waitFor(By.id("readOnly"));
            assertThat(lead.textOf("readOnly")).contains("Only KSP's data lead or a partnership administrator");
            assertThat(lead.driver().findElements(By.id("flagForm:save"))).isEmpty();
            assertThat(lead.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theComparisonHighlightsDifferencesAndCoverageGapsAndExportsAPdf() throws Exception {
        try (Browser practitioner = Browser.open(base)) {
            practitioner.signInOverHttp("parker.practitioner", DEMO_PASSWORD);
            practitioner.go("flags/compare.xhtml");
            practitioner.waitFor(By.id("comparison"));
            assertThat(practitioner.textOf("gaps")).contains("Kestrel Vale Schools and Education").contains("no flag for this one");
            List<WebElement> differing = practitioner.driver().findElements(By.cssSelector("#comparison td.differs"));
            assertThat(differing).isNotEmpty();
            assertThat(differing.stream().map(WebElement::getText).toList()).anyMatch(text -> text.contains("Every 6 months"));
            assertThat(practitioner.textOf("comparison")).contains("KSP: Child criminal exploitation").contains("KVC: Exploitation risk")
                    .contains("KYOS: Exploitation marker");
            practitioner.screenshot("flags-comparison");

            // On a phone the agencies' columns scroll sideways under the attribute names, which stay in view.
            practitioner.viewportWidth(390);
            JavascriptExecutor js = (JavascriptExecutor) practitioner.driver();
            Object scrolled = js.executeScript("var box = document.querySelector('#comparison').closest('.table-scroll');"
                    + " box.scrollLeft = box.scrollWidth; var label = document.querySelector('#comparison tbody th');"
                    + " return [box.scrollLeft, Math.round(label.getBoundingClientRect().left - box.getBoundingClientRect().left)];");
            assertThat((List<?>) scrolled).as("the box's scroll, and the row label's place in the box").satisfies(values -> {
                assertThat(((Number) values.get(0)).longValue()).as("scrolled sideways").isPositive();
                assertThat(((Number) values.get(1)).longValue()).as("the label's distance from the box's left edge").isBetween(-1L, 1L);
            });
            js.executeScript("document.querySelector('#comparison').scrollIntoView();");
            practitioner.screenshot("phone-flags-comparison-scrolled");
            practitioner.viewportWidth(1366);
            assertThat(practitioner.consoleErrors()).isEmpty();
        }
        PortalClient client = new PortalClient(base);
        client.signIn("parker.practitioner", DEMO_PASSWORD);
        String page = client.get("flags/compare.xhtml").body();
        String harm = page.replaceAll("(?s).*compare\\.pdf\\?harm=(\\d+).*", "$1");
        HttpResponse<byte[]> pdf = client.getBytes("flags/compare.pdf?harm=" + harm);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(Arrays.copyOf(pdf.body(), 5))).isEqualTo("%PDF-");
    }

    @Test
    void aBoardMemberProposesACommonDefinitionAndADataLeadAnswersForTheirAgency() throws Exception {
        try (Browser member = Browser.open(base); Browser lead = Browser.open(base)) {
            member.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            member.go("flags/compare.xhtml");
            member.waitFor(By.id("proposal:definition"));
            member.click("proposal:propose");
            member.waitForText(By.id("proposal"), "Enter the proposed definition");
            member.type("proposal:definition", "Flag any child under 18 where a practitioner has a concern about criminal exploitation; review every 3 months.");
            member.click("proposal:propose");
            member.waitForText(By.id("proposals"), "Flag any child under 18 where a practitioner has a concern");

            lead.signInOverHttp("dana.datalead", DEMO_PASSWORD);
            lead.go("flags/compare.xhtml");
            WebElement answerRow = lead.waitFor(By.cssSelector("#proposals .answer-row"));
            assertThat(answerRow.getText()).contains("KICB's answer");
            WebElement menu = answerRow.findElement(By.cssSelector(".ui-selectonemenu"));
            lead.choose(menu.getAttribute("id"), "We will change our flag");
            lead.click(answerRow.findElement(By.cssSelector("button.save-answer")).getAttribute("id"));
            lead.waitForText(By.id("proposals"), "Enter the future date by which your flag will change");
            assertThat(lead.textOf("proposals:messages")).as("the refusal sits beside the agency's answer row, not at the top").isEmpty();
            assertThat(lead.driver().findElement(By.cssSelector("#proposals .answer-row ~ .ui-message-error")).getText())
                    .contains("Enter the future date by which your flag will change");
            answerRow = lead.waitFor(By.cssSelector("#proposals .answer-row"));
            String dateId = answerRow.findElement(By.cssSelector("input[type=date]")).getAttribute("id");
            lead.setValue(dateId, LocalDate.now().plusMonths(3).toString());
            lead.choose(answerRow.findElement(By.cssSelector(".ui-selectonemenu")).getAttribute("id"), "We will change our flag");
            lead.click(answerRow.findElement(By.cssSelector("button.save-answer")).getAttribute("id"));
            lead.waitForText(By.id("proposals"), "1 will change");
            // Dates read one way on the page: "by 1 Mar 2027", as beside "Proposed by …, 1 Dec 2026", never ISO.
            java.time.format.DateTimeFormatter readable = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK);
            assertThat(lead.driver().findElement(By.cssSelector("#proposals .change-by")).getText())
                    .isEqualTo("by " + LocalDate.now().plusMonths(3).format(readable));
            lead.scrollTo("proposals");
            lead.screenshot("flags-proposal");
        }
    }

    @Test
    void theGlossaryShowsAgencyVariantsAndKeepsTheHistoryOfEveryChange() throws Exception {
        try (Browser lead = Browser.open(base); Browser admin = Browser.open(base)) {
            lead.signInOverHttp("dana.datalead", DEMO_PASSWORD);
            lead.go("glossary/index.xhtml");
            lead.type("search:text", "CCE");
            lead.click("search:find");
            lead.waitForTextGone(By.id("terms"), "Adultification");
            lead.waitForText(By.id("terms"), "Child criminal exploitation (CCE)");
            lead.driver().findElement(By.partialLinkText("Child criminal exploitation")).click();
            lead.waitFor(By.id("variants"));
            String termUrl = lead.driver().getCurrentUrl();
            assertThat(lead.textOf("variants")).contains("Kestrelshire Police").contains("Kestrel Vale Council");
            assertThat(lead.textOf("uses")).contains("KSP: Child criminal exploitation").contains("Conversation guide: talking about county lines");
            // Each agency's definition is credited to whoever may record it (its own data lead), never to Dana before she writes.
            assertThat(lead.textOf("history")).contains("Pat Policedata (KSP)").contains("Lee Councildata (KVC)").doesNotContain("Dana Datalead");
            lead.click("variantForm:saveVariant");
            lead.waitForText(By.id("variantForm"), "Enter the agency's definition");
            lead.type("variantForm:variant", "A patient under 18 whose clinician suspects they are being made to commit crime by others.");
            lead.click("variantForm:saveVariant");
            lead.waitForText(By.id("variants"), "Kestrel Vale Integrated Care Board");
            assertThat(lead.textOf("history")).contains("Dana Datalead (KICB)").contains("KICB agency definition");
            assertThat(lead.driver().findElements(By.id("termForm:save"))).as("only administrators change the agreed definition").isEmpty();
            assertThat(lead.textOf("definitionHeading")).isEqualTo("Agreed partnership definition");
            // A term the partners dispute is not headed as agreed.
            lead.go("glossary/index.xhtml");
            lead.type("search:text", "Absent");
            lead.click("search:find");
            lead.waitForTextGone(By.id("terms"), "Adultification");
            lead.driver().findElement(By.linkText("Absent")).click();
            lead.waitFor(By.id("definitionHeading"));
            assertThat(lead.textOf("definitionHeading")).isEqualTo("Partnership definition: disputed, not agreed");

            admin.signInOverHttp("avery.admin", DEMO_PASSWORD);
            admin.driver().get(termUrl);
            admin.waitFor(By.id("termForm:definition"));
            admin.driver().findElement(By.id("termForm:definition")).clear();
            admin.click("termForm:save");
            admin.waitForText(By.id("termForm"), "Enter the agreed definition");
            admin.type("termForm:definition", "Any exploitation of a child under 18 to commit crime for the benefit of others, online or offline.");
            admin.click("termForm:save");
            admin.waitForText(By.id("agreedDefinition"), "online or offline");
            String history = admin.textOf("history");
            assertThat(history).contains("Avery Admin (KVC)").contains("definition")
                    .contains("takes advantage of an imbalance of power").contains("online or offline");
            admin.screenshot("glossary-term");

            // One abbreviation stands for one term, whatever its capitals (the duplicate finder and search expand it).
            String second = "Criminal exploitation of young people " + System.nanoTime();
            admin.go("glossary/index.xhtml");
            admin.type("newTerm:name", second);
            admin.type("newTerm:abbreviation", "cce");
            admin.type("newTerm:definition", "A second definition under an abbreviation the glossary already uses.");
            admin.choose("newTerm:source", "Local partnership decision");
            admin.click("newTerm:add");
            admin.waitForText(By.id("newTerm"), "The glossary already uses cce for Child criminal exploitation");
            admin.type("search:text", second);
            admin.click("search:find");
            admin.waitForText(By.id("terms"), "No term matches.");
            assertThat(admin.textOf("terms")).as("nothing added").doesNotContain(second);
            assertThat(admin.consoleErrors()).isEmpty();
        }
    }
}
