package org.partnershipportal.resources;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.AxeCore;
import org.partnershipportal.testsupport.Browser;
import org.partnershipportal.testsupport.LongText;
import org.partnershipportal.testsupport.PortalClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/** The guidance library in a real Chromium: practitioners search and read, editors publish, nothing unsafe runs. */
@UsesDemoPartnership
class GuidanceBrowserIT {

    /** The portal shared by every outside-in test of the run (one server start, not one per class). */
    final URL base = SharedPortal.base();

    @Test
    void aPractitionerSearchesFiltersReadsAndGivesFeedbackWhichTheAuthorSees() throws Exception {
        try (Browser practitioner = Browser.open(base); Browser editor = Browser.open(base)) {
            practitioner.signInOverHttp("parker.practitioner", DEMO_PASSWORD);
            practitioner.go("guidance/index.xhtml");
            practitioner.waitFor(By.id("results"));
            assertThat(AxeCore.seriousViolations(practitioner.driver())).as("axe on the library").isEmpty();
            practitioner.type("search:text", "trusted adult");
            practitioner.click("search:find");
            practitioner.waitForText(By.id("resultsHeading"), "Results");
            List<String> titles = practitioner.driver().findElements(By.cssSelector("#results .term-name")).stream().map(e -> e.getText()).toList();
            assertThat(titles).first().isEqualTo("Feeling safe: what young people told us");
            assertThat(practitioner.driver().findElements(By.cssSelector("#results mark"))).isNotEmpty();
            practitioner.screenshot("guidance-search");

            // The glossary's abbreviation finds what is written out, as in the catalogue: the briefing never says "RHI".
            practitioner.type("search:text", "RHI");
            practitioner.click("search:find");
            practitioner.waitUpTo(20).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector("#results .term-name")).stream().findFirst().map(e -> e.getText()).orElse("")
                            .equals("Return home interviews: a briefing for practitioners"));

            practitioner.type("search:text", "");
            practitioner.choose("search:audience", "Nurses and health staff");
            practitioner.click("search:find");
            practitioner.waitForTextGone(By.id("results"), "Conversation guide");
            assertThat(practitioner.textOf("results")).contains("Return home interviews").doesNotContain("Online safety conversations");

            practitioner.driver().findElement(By.linkText("Return home interviews: a briefing for practitioners")).click();
            practitioner.waitFor(By.id("reading"));
            assertThat(practitioner.textOf("reading")).contains("Due for review").contains("What young people said");
            // Overdue for review, so it was published before its review date (one past it cannot be published again).
            java.util.regex.Matcher dates = java.util.regex.Pattern.compile("published (\\d{1,2} \\S+ \\d{4}) · review due (\\d{1,2} \\S+ \\d{4})")
                    .matcher(practitioner.textOf("reading"));
            assertThat(dates.find()).as(practitioner.textOf("reading")).isTrue();
            assertThat(java.time.LocalDate.parse(dates.group(1), org.partnershipportal.platform.Wording.DATE))
                    .isBefore(java.time.LocalDate.parse(dates.group(2), org.partnershipportal.platform.Wording.DATE));
            assertThat(practitioner.textOf("relatedTerms")).contains("Return home interview").contains("Missing");
            assertThat(practitioner.textOf("relatedResources")).contains("Conversation guide: talking about county lines");
            assertThat(AxeCore.seriousViolations(practitioner.driver())).as("axe on a resource page").isEmpty();
            // Print: a plain button (no inline script under the CSP) that opens the browser's print dialogue.
            ((JavascriptExecutor) practitioner.driver()).executeScript("window.printed = false; window.print = function () { window.printed = true; };");
            practitioner.click("print");
            practitioner.waitUpTo(10)
                    .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.printed;")));
            practitioner.driver().findElement(By.cssSelector("#feedback\\:useful label[for$='useful:1']")).click();
            practitioner.type("feedback:comment", "Needs a version for foster carers.");
            practitioner.click("feedback:send");
            practitioner.waitFor(By.id("thanks"));
            practitioner.screenshot("guidance-resource");
            assertThat(practitioner.consoleErrors()).isEmpty();

            editor.signInOverHttp("ellis.editor", DEMO_PASSWORD);
            editor.go("guidance/index.xhtml");
            editor.waitForText(By.id("dueForReview"), "Return home interviews");
            editor.driver().findElement(By.cssSelector("#dueForReview a")).click();
            editor.waitForText(By.id("feedback"), "Needs a version for foster carers.");
            assertThat(editor.textOf("feedback")).contains("Parker Practitioner (SHC)").contains("No");
            String editorPage = editor.currentPath().substring(1);

            // Back on the page, the reader sees their answer and may change it; the author then reads one answer from them,
            // the latest, not two (as after a page reloaded once sent, which posts the same answer again).
            practitioner.go(practitioner.currentPath().substring(1));
            practitioner.waitFor(By.id("feedback:earlierAnswer"));
            assertThat(practitioner.textOf("feedback:earlierAnswer"))
                    .isEqualTo("You told the author on " + org.partnershipportal.platform.Wording.date(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")))
                            + " that this was not useful. You can change your answer.");
            assertThat(practitioner.driver().findElement(By.id("feedback:comment")).getAttribute("value")).isEqualTo("Needs a version for foster carers.");
            assertThat(practitioner.driver().findElement(By.id("feedback:useful:1")).isSelected()).as("'No' chosen, as answered").isTrue();
            practitioner.driver().findElement(By.cssSelector("#feedback\\:useful label[for$='useful:0']")).click();
            practitioner.type("feedback:comment", "Useful after all: the foster carers' version is in section 4.");
            practitioner.click("feedback:send");
            practitioner.waitFor(By.id("thanks"));
            editor.go(editorPage);
            editor.waitForText(By.id("feedback"), "Useful after all");
            List<String> parkersAnswers = editor.driver().findElements(By.cssSelector("#feedback tbody tr")).stream()
                    .map(org.openqa.selenium.WebElement::getText).filter(row -> row.contains("Parker Practitioner")).toList();
            assertThat(parkersAnswers).as("one answer from the reader, the latest").singleElement()
                    .satisfies(row -> assertThat(row).contains("Yes").contains("Useful after all").doesNotContain("Needs a version"));
        }
    }

    /**
     * A feedback comment over the 1,000 characters its column holds is refused whole, with the limit beside it
     * (the field used to cut it short as it was typed), and the author sees nothing of it; one that fits reaches
     * the author whole.
     */
    @Test
    void aFeedbackCommentOverItsLimitIsRefusedNotCutShortAndOneThatFitsReachesTheAuthorWhole() throws Exception {
        String fits = LongText.ofLength("Run " + System.nanoTime() + ": the phrases for a first conversation worked with a year 10 group.",
                ResourceFeedback.COMMENT_MAX);
        String tooLong = fits + "!";
        try (Browser practitioner = Browser.open(base); Browser editor = Browser.open(base)) {
            practitioner.signInOverHttp("parker.practitioner", DEMO_PASSWORD);
            practitioner.go("guidance/index.xhtml");
            practitioner.waitFor(By.id("results"));
            practitioner.driver().findElement(By.linkText("Conversation guide: talking about county lines")).click();
            practitioner.waitFor(By.id("reading"));
            String id = practitioner.currentPath().replaceFirst(".*[?&]id=(\\d+).*", "$1");
            practitioner.driver().findElement(By.cssSelector("#feedback\\:useful label[for$='useful:0']")).click();
            practitioner.type("feedback:comment", tooLong);
            practitioner.click("feedback:send");
            practitioner.waitForText(By.xpath("//*[@id='feedback:comment']/ancestor::div[contains(@class,'field')][1]"), "Use at most 1000 characters");
            assertThat(practitioner.driver().findElements(By.id("thanks"))).as("no thanks for feedback that was not kept").isEmpty();

            editor.signInOverHttp("ellis.editor", DEMO_PASSWORD);
            editor.go("guidance/edit.xhtml?id=" + id);
            editor.waitFor(By.id("feedback"));
            assertThat(editor.textOf("feedback")).doesNotContain(fits.substring(0, 40));

            practitioner.type("feedback:comment", fits);
            practitioner.click("feedback:send");
            practitioner.waitFor(By.id("thanks"));
            editor.go("guidance/edit.xhtml?id=" + id);
            editor.waitForText(By.id("feedback"), fits.substring(0, 40));
            assertThat(editor.textOf("feedback")).contains(fits);
        }
    }

    @Test
    void theTextEditorIsAWritingAreaNotAOneLineField() throws Exception {
        try (Browser editor = Browser.open(base)) {
            editor.signInOverHttp("ellis.editor", DEMO_PASSWORD);
            editor.go("guidance/edit.xhtml");
            editor.waitFor(By.cssSelector("#editor\\:body .ql-editor"));
            WebElementTyping.typeInEditor(editor, "A first line.");
            assertThat(editor.driver().findElement(By.cssSelector("#editor\\:body .ql-container")).getRect().getHeight())
                    .as("height of the text editor").isGreaterThanOrEqualTo(200);
            editor.scrollTo("editor:body");
            editor.screenshot("guidance-editor");
        }
    }

    @Test
    void anEditorDraftsPreviewsPublishesAndArchivesAndPractitionersSeeOnlyWhatIsPublished() throws Exception {
        try (Browser editor = Browser.open(base); Browser practitioner = Browser.open(base)) {
            editor.signInOverHttp("ellis.editor", DEMO_PASSWORD);
            editor.go("guidance/edit.xhtml");
            editor.waitFor(By.id("editor:title"));
            assertThat(AxeCore.seriousViolations(editor.driver())).as("axe on the editor").isEmpty();
            editor.click("editor:save");
            editor.waitForText(By.id("editor"), "Enter a title");
            assertThat(editor.textOf("editor")).contains("Choose what kind of resource this is");

            editor.choose("editor:kind", "Briefing");
            editor.type("editor:title", "Knife crime: what young people want adults to know");
            editor.type("editor:summary", "Young people explain why some carry knives, and what helps them stop.");
            WebElementTyping.typeInEditor(editor, "Most said they carry for protection, not status. Adults who listen help.");
            editor.type("editor:youngPeopleSaid", "Nobody carries because they want to.\nAsk us before you search us.");
            editor.type("editor:practiceMeaning", "Ask about feeling safe before asking about knives.");
            editor.driver().findElement(By.cssSelector("#editor\\:audienceSelection label[for='editor:audienceSelection:1']")).click();
            editor.click("editor:save");
            editor.waitFor(By.id("editor:publish"));
            editor.click("editor:preview");
            editor.waitForText(By.id("preview-body"), "carry for protection");
            // The preview shows what readers will see: the quotes and what it means for practice, not only the text.
            assertThat(editor.driver().findElements(By.cssSelector("#preview-quotes blockquote")).stream().map(e -> e.getText()).toList())
                    .containsExactly("Nobody carries because they want to.", "Ask us before you search us.");
            assertThat(editor.driver().findElement(By.cssSelector("#preview-practice p")).getText())
                    .isEqualTo("Ask about feeling safe before asking about knives.");
            assertThat(editor.textOf("preview-summary")).isEqualTo("Young people explain why some carry knives, and what helps them stop.");
            editor.scrollTo("previewPanel");
            editor.screenshot("guidance-editor-preview");

            practitioner.signInOverHttp("parker.practitioner", DEMO_PASSWORD);
            practitioner.go("guidance/index.xhtml");
            practitioner.type("search:text", "knife");
            practitioner.click("search:find");
            practitioner.waitForText(By.id("resultsHeading"), "Results");
            assertThat(practitioner.textOf("results")).doesNotContain("Knife crime: what young people want adults to know");

            // Attachments: a renamed program is refused; a real PDF is attached and served as a download.
            java.nio.file.Path fake = java.nio.file.Files.createTempFile("briefing", ".pdf");
            java.nio.file.Files.write(fake, new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
            editor.attach("attachments", fake);
            editor.click("attachments:attach");
            editor.waitForText(By.id("attachments"), "not a real PDF file");
            java.nio.file.Path pdf = java.nio.file.Files.createTempFile("knife-crime-briefing", ".pdf");
            org.partnershipportal.testsupport.TestFiles.writePdf(pdf, "Knife crime briefing.");
            editor.attach("attachments", pdf);
            editor.click("attachments:attach");
            editor.waitForText(By.id("attachmentList"), "knife-crime-briefing");

            editor.click("editor:publish");
            editor.waitForText(By.id("editorStatus"), "Published");
            practitioner.click("search:find");
            practitioner.waitForText(By.id("results"), "Knife crime: what young people want adults to know");

            editor.click("editor:archive");
            editor.waitForText(By.id("editorStatus"), "Archived");
            assertThat(editor.textOf("versions")).contains("Archived").contains("Published").contains("First draft");
            practitioner.click("search:find");
            practitioner.waitForTextGone(By.id("results"), "Knife crime: what young people want adults to know");
        }
        // A practitioner cannot open the editor at all, nor an archived resource's attachment.
        PortalClient practitioner = new PortalClient(base);
        practitioner.signIn("parker.practitioner", DEMO_PASSWORD);
        assertThat(practitioner.get("guidance/edit.xhtml").statusCode()).isEqualTo(403);
        PortalClient editor = new PortalClient(base);
        editor.signIn("ellis.editor", DEMO_PASSWORD);
        Matcher attachment = Pattern.compile("attachment\\?id=(\\d+)").matcher(editor.get("guidance/edit.xhtml?id="
                + Pattern.compile("edit\\.xhtml\\?id=(\\d+)\">Knife crime").matcher(editor.get("guidance/index.xhtml").body())
                .results().map(m -> m.group(1)).findFirst().orElseThrow()).body());
        assertThat(attachment.find()).isTrue();
        HttpResponse<byte[]> download = editor.getBytes("guidance/attachment?id=" + attachment.group(1));
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(practitioner.get("guidance/attachment?id=" + attachment.group(1)).statusCode()).isEqualTo(404);
    }

    /**
     * A new resource whose review date has already passed, or lies decades ahead, is refused with the reason, and nothing
     * is saved: readers would otherwise see guidance "due for review" the day it appears, or never.
     */
    @Test
    void aReviewDateInThePastOrDecadesAheadIsRefusedAndNothingIsSaved() throws Exception {
        PortalClient editor = new PortalClient(base);
        assertThat(editor.signIn("ellis.editor", DEMO_PASSWORD).statusCode()).isEqualTo(302);
        Map<String, String> refusals = Map.of(java.time.LocalDate.now().minusDays(7).toString(), "Choose a review date from today on",
                "9999-12-31", "Choose a date within 10 years of today");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            String title = "Review date " + refusal.getKey() + " " + System.nanoTime();
            String page = editor.get("guidance/edit.xhtml").body();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("editor", "editor");
            form.put("editor:kind_input", "GUIDANCE");
            form.put("editor:reviewDue", refusal.getKey());
            form.put("editor:title", title);
            form.put("editor:summary", "A resource whose review date is mistyped.");
            form.put("editor:body_input", "<p>Some guidance.</p>");
            form.put("editor:audienceSelection", "SOCIAL_WORKER");
            form.put("editor:save", "");
            form.put("jakarta.faces.ViewState", PortalClient.viewState(page));
            form.put("primefaces.nonce", PortalClient.nonce(page));
            HttpResponse<String> refused = editor.post("guidance/edit.xhtml", form);
            assertThat(refused.statusCode()).as(refusal.getKey()).isEqualTo(200);
            assertThat(org.jsoup.Jsoup.parse(refused.body()).select(".field:has([id='editor:reviewDue']) .ui-message-error").text())
                    .as(refusal.getKey()).contains(refusal.getValue());
            assertThat(editor.get("guidance/index.xhtml").body()).as("nothing saved for " + refusal.getKey()).doesNotContain(title);
        }
    }

    @Test
    void noneOfTheXssCorpusRunsInTheReadersBrowser() throws Exception {
        List<String> payloads = SafeHtmlTest.corpus();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(30);
        PortalClient editor = new PortalClient(base);
        assertThat(editor.signIn("ellis.editor", DEMO_PASSWORD).statusCode()).isEqualTo(302);
        // Straight to the server, past the browser editor's own clean-up: the server's sanitiser is what counts.
        String page = editor.get("guidance/edit.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("editor", "editor");
        form.put("editor:kind_input", "GUIDANCE");
        form.put("editor:reviewDue", java.time.LocalDate.now().plusYears(1).toString());
        form.put("editor:title", "XSS corpus");
        form.put("editor:summary", "Every payload of the corpus, as one body.");
        form.put("editor:body_input", String.join("\n", payloads));
        form.put("editor:audienceSelection", "SOCIAL_WORKER");
        form.put("editor:save", "");
        form.put("jakarta.faces.ViewState", PortalClient.viewState(page));
        form.put("primefaces.nonce", PortalClient.nonce(page));
        HttpResponse<String> saved = editor.post("guidance/edit.xhtml", form);
        assertThat(saved.statusCode()).isIn(200, 302);
        assertThat(saved.body()).doesNotContain("Something went wrong");
        Matcher id = Pattern.compile("edit\\.xhtml\\?id=(\\d+)\">XSS corpus<").matcher(editor.get("guidance/index.xhtml").body());
        assertThat(id.find()).as("the corpus was saved as a draft").isTrue();

        try (Browser browser = Browser.open(base)) {
            browser.signInOverHttp("ellis.editor", DEMO_PASSWORD);
            browser.go("guidance/edit.xhtml?id=" + id.group(1));
            browser.waitFor(By.id("editor:publish"));
            browser.click("editor:publish");
            browser.waitForText(By.id("editorStatus"), "Published");
            browser.signOut();
            browser.signIn("parker.practitioner", DEMO_PASSWORD);
            browser.go("guidance/resource.xhtml?id=" + id.group(1));
            browser.waitFor(By.id("body"));
            // Hover and focus events are triggered too.
            new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(browser.driver().findElement(By.id("body"))).perform();
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
            // Wait for the page to settle rather than for a fixed time: loaded, every image and frame
            // done (an onerror payload fires then), and two frames painted after the events above.
            browser.waitUpTo(20).until(d ->
                    Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return document.readyState === 'complete'"
                            + " && Array.from(document.images).every(function (i) { return i.complete; })")));
            ((JavascriptExecutor) browser.driver()).executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });");
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__xss === undefined")).isEqualTo(true);
            boolean alertShown;
            try {
                browser.driver().switchTo().alert();
                alertShown = true;
            } catch (NoAlertPresentException none) {
                alertShown = false;
            }
            assertThat(alertShown).as("an alert() from a payload").isFalse();
            String html = browser.driver().findElement(By.id("body")).getAttribute("innerHTML").toLowerCase(java.util.Locale.ROOT);
            assertThat(html).doesNotContain("<script").doesNotContain("javascript:").doesNotContainPattern("\\son[a-z]+\\s*=")
                    .doesNotContain("<iframe").doesNotContain("<svg").doesNotContain("<img").doesNotContain("style=");
            assertThat(browser.consoleErrors()).noneMatch(line -> line.contains("__xss"));
        }
    }

    /** Types into the PrimeFaces (Quill) editor as a person would. */
    static final class WebElementTyping {
        static void typeInEditor(Browser browser, String text) {
            browser.driver().findElement(By.cssSelector("#editor\\:body .ql-editor")).sendKeys(text);
        }
    }
}
