package org.partnershipportal.resources;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SafeHtmlTest {

    @Test
    void keepsTheAllowListOfStructureLinksAndEmphasis() {
        String safe = SafeHtml.sanitise("<h2>Heading</h2><p>A <strong>bold</strong> and <em>calm</em> "
                + "<a href=\"https://example.org/a\">link</a></p><ul><li>one</li></ul><blockquote>quote</blockquote>");
        assertThat(safe).contains("<h2>Heading</h2>").contains("<strong>bold</strong>").contains("<em>calm</em>")
                .contains("href=\"https://example.org/a\"").containsPattern("rel=\"[a-z ]*noopener[a-z ]*\"").containsPattern("rel=\"[a-z ]*noreferrer[a-z ]*\"")
                .contains("<ul><li>one</li></ul>").contains("<blockquote>quote</blockquote>");
    }

    @Test
    void noPayloadOfTheCorpusKeepsAScriptAnEventHandlerAStyleOrAJavascriptLink() throws IOException {
        List<String> payloads = corpus();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(30);
        for (String payload : payloads) {
            String safe = SafeHtml.sanitise(payload).toLowerCase(Locale.ROOT);
            assertThat(safe).as(payload).doesNotContain("<script").doesNotContain("javascript:")
                    .doesNotContainPattern("\\son[a-z]+\\s*=").doesNotContain("style=")
                    .doesNotContain("<style").doesNotContain("<svg").doesNotContain("<iframe").doesNotContain("<img")
                    .doesNotContain("data:text").doesNotContain("<object").doesNotContain("<embed").doesNotContain("<meta")
                    .doesNotContain("<base").doesNotContain("<form");
        }
    }

    @Test
    void plainTextDropsTagsForSearch() {
        assertThat(SafeHtml.text("<p>Trusted <strong>adults</strong> &amp; places</p>")).isEqualTo("Trusted adults & places");
    }

    @Test
    void highlightingEscapesBeforeItMarks() {
        String marked = ResourceLibrary.highlight("Trusted adults <b>matter</b>", ResourceLibrary.words("trusted matter"));
        assertThat(marked).isEqualTo("<mark>Trusted</mark> adults &lt;b&gt;<mark>matter</mark>&lt;/b&gt;");
    }

    @Test
    void searchingForAnEntitysNameDoesNotSplitTheEntity() {
        assertThat(ResourceLibrary.highlight("Fish & chips, \"quoted\"", ResourceLibrary.words("amp quot")))
                .isEqualTo("Fish &amp; chips, &quot;<mark>quot</mark>ed&quot;");
    }

    static List<String> corpus() throws IOException {
        try (InputStream in = SafeHtmlTest.class.getResourceAsStream("/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        }
    }
}
