package org.partnershipportal.language;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnershipportal.testsupport.AuditTrail;
import org.partnershipportal.testsupport.Browser;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.SharedPortal;

import java.net.URL;
import java.util.List;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * The language list in Chromium: everyone signed in reads it with its sources; only an administrator sees the form to
 * change it; bad input is refused beside the field and changes nothing; a good change is audited.
 */
@UsesDemoPartnership
class LanguageListBrowserIT {

    final URL base = SharedPortal.base();

    @Test
    void everyoneReadsTheListAndItsSourcesButOnlyAnAdministratorIsOfferedTheForm() throws Exception {
        try (Browser chair = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            chair.go("language/index.xhtml");
            WebElement consenting = chair.waitFor(By.cssSelector("#languageList tr.language-entry[data-term='consenting']"));
            assertThat(consenting.findElement(By.className("alternative")).getText()).isNotBlank();
            assertThat(consenting.findElement(By.className("source")).getText()).contains("The Children's Society");
            assertThat(chair.driver().findElements(By.id("entry"))).isEmpty();
            assertThat(chair.driver().findElements(By.cssSelector("#languageList .pattern"))).isEmpty();
            chair.screenshot("language-list");
        }
    }

    @Test
    void badInputIsRefusedBesideTheFieldAndChangesNothingAGoodChangeIsAudited() throws Exception {
        String run = Long.toString(System.nanoTime() % 100_000);
        PortalClient auditor = new PortalClient(base);
        assertThat(auditor.signIn("avery.admin", DEMO_PASSWORD).statusCode()).isEqualTo(302);
        try (Browser admin = Browser.open(base)) {
            admin.signInOverHttp("avery.admin", DEMO_PASSWORD);
            admin.go("language/index.xhtml");
            int entries = rows(admin).size();

            fill(admin, "", "qqlang" + run, "Say something kinder", "A published guide");
            admin.click("entry:save");
            admin.waitForText(By.id("entry"), "Enter the term");
            assertThat(rows(admin)).hasSize(entries);

            fill(admin, "over-long " + run, "qqlang" + run, "x".repeat(ListedTerm.ALTERNATIVE_MAX + 1), "A published guide");
            admin.click("entry:save");
            admin.waitForText(By.id("entry"), "Use at most " + ListedTerm.ALTERNATIVE_MAX + " characters");
            assertThat(rows(admin)).hasSize(entries);

            fill(admin, "bad pattern " + run, "at (risk)", "Say something kinder", "A published guide");
            admin.click("entry:save");
            admin.waitForText(By.id("entry"), "is not a word or words separated by |");
            assertThat(rows(admin)).hasSize(entries).noneMatch(row -> row.getAttribute("data-term").endsWith(run));
            admin.screenshot("language-list-refusal");

            long changesBefore = AuditTrail.newest(AuditTrail.filtered(auditor, "avery.admin", null, "LANGUAGE_LIST_CHANGED"));
            fill(admin, "test term " + run, "qqlang" + run, "Say something kinder", "A published guide");
            admin.click("entry:save");
            admin.waitForText(By.tagName("body"), "\u201ctest term " + run + "\u201d added to the language list.");
            assertThat(rows(admin)).hasSize(entries + 1);
            List<AuditTrail.Row> changes = AuditTrail.after(changesBefore, AuditTrail.filtered(auditor, "avery.admin", null, "LANGUAGE_LIST_CHANGED"));
            assertThat(changes).singleElement().satisfies(row -> assertThat(row.detail()).contains("added \"test term " + run + "\""));

            // Taken out again, so the list the other tests read is the starter list.
            admin.driver().findElement(By.cssSelector("tr.language-entry[data-term='test term " + run + "'] button")).click();
            admin.waitForText(By.id("entry"), "Change a term");
            admin.click("entry:remove");
            admin.waitForText(By.tagName("body"), "removed from the language list.");
            assertThat(rows(admin)).hasSize(entries);
        }
    }

    private static void fill(Browser admin, String phrase, String pattern, String alternative, String source) {
        admin.type("entry:phrase", phrase);
        admin.type("entry:pattern", pattern);
        admin.type("entry:alternative", alternative);
        admin.type("entry:source", source);
    }

    private static List<WebElement> rows(Browser browser) {
        browser.waitFor(By.id("languageList"));
        return browser.driver().findElements(By.cssSelector("#languageList tr.language-entry"));
    }
}
