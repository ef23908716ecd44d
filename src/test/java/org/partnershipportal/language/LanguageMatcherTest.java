package org.partnershipportal.language;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one matcher behind the note under a field and the boards' quarterly counts. The terms here are written for
 * the test in the list's own pattern language; the real list lives in the database (V18).
 */
class LanguageMatcherTest {

    static final LanguageMatcher MATCHER = new LanguageMatcher(List.of(
            new LanguageMatcher.Term(1, "putting themselves at risk", "put|puts|putting|placing themselves|himself|herself at risk",
                    "is being placed at risk by others", "test source"),
            new LanguageMatcher.Term(2, "consenting", "consenting|consented|consensual", "a child cannot consent to their own abuse", "test source"),
            new LanguageMatcher.Term(3, "prostituting", "prostitut*", "is being sexually exploited", "test source"),
            new LanguageMatcher.Term(4, "drug runner", "drug runner|runners", "a child exploited to move drugs", "test source"),
            new LanguageMatcher.Term(5, "at risk", "at risk", "(a shorter term overlapping term 1)", "test source"),
            new LanguageMatcher.Term(6, "child's choice", "child's choice", "the child is being controlled", "test source")));

    @ParameterizedTest
    @ValueSource(strings = {
            "She keeps putting herself at risk.",
            "He puts himself at risk at the park",
            "PUTTING THEMSELVES AT RISK",
            "placing themselves\nat risk",
            "they put themselves  at   risk"})
    void inflectionsWrittenInTheStoredPatternAreFound(String text) {
        assertThat(MATCHER.find(text)).extracting(LanguageMatcher.Finding::termId).containsExactly(1L);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Bring the consent form to the meeting",
            "Consent was recorded for the referral",
            "the assessment named non-consensual contact",
            "booked for a prostate check"})
    void wordsThatOnlyShareAStemOrSitInsideALongerWordAreNotFound(String text) {
        assertThat(MATCHER.find(text)).extracting(LanguageMatcher.Finding::termId).doesNotContain(2L, 3L);
    }

    @Test
    void wholeWordsOnly() {
        assertThat(MATCHER.find("The drug runners were moved; a drug-runner too; drugrunner no")).extracting(LanguageMatcher.Finding::found)
                .containsExactly("drug runners", "drug-runner");
        assertThat(MATCHER.find("unconsenting")).isEmpty();
    }

    @Test
    void aStemFindsEveryEnding() {
        assertThat(MATCHER.find("prostitute, prostituting, prostituted, prostitution")).hasSize(4)
                .allSatisfy(f -> assertThat(f.termId()).isEqualTo(3L));
    }

    @Test
    void consentingAboutAChildIsFoundAsAWord() {
        assertThat(MATCHER.find("She was consenting; it seemed consensual.")).extracting(LanguageMatcher.Finding::found)
                .containsExactly("consenting", "consensual");
    }

    @Test
    void eitherApostropheMatches() {
        assertThat(MATCHER.find("It was the child\u2019s choice")).extracting(LanguageMatcher.Finding::termId).containsExactly(6L);
        assertThat(MATCHER.find("It was the child's choice")).extracting(LanguageMatcher.Finding::termId).containsExactly(6L);
    }

    @Test
    void overlappingTermsCountTheLongerOnceAndTheShorterElsewhere() {
        String text = "He is putting himself at risk; his brother is at risk too.";
        assertThat(MATCHER.find(text)).extracting(LanguageMatcher.Finding::termId).containsExactly(1L, 5L);
        assertThat(MATCHER.count(text)).isEqualTo(Map.of(1L, 1, 5L, 1));
    }

    @Test
    void piecesRebuildTheTextWithTheFindingsMarked() {
        String text = "Note: she was consenting, staff said.";
        List<LanguageMatcher.Piece> pieces = MATCHER.pieces(text);
        assertThat(pieces.stream().map(LanguageMatcher.Piece::text).reduce("", String::concat)).isEqualTo(text);
        assertThat(pieces).filteredOn(LanguageMatcher.Piece::isFlagged).singleElement()
                .satisfies(p -> assertThat(p.finding().alternative()).isEqualTo("a child cannot consent to their own abuse"));
    }

    @Test
    void emptyTextHasNothing() {
        assertThat(MATCHER.find(null)).isEmpty();
        assertThat(MATCHER.pieces("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "at (risk)", "risk.*", "a||b", "*risk", "[a-z]+"})
    void aPatternThatIsNotWordsIsRefusedWithAReason(String written) {
        assertThatThrownBy(() -> TermPattern.of(written)).isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("Exception");
    }

    @Test
    void patternTextIsQuotedNotObeyed() {
        // Regex characters cannot get in (refused above), and what is let in is matched literally.
        assertThat(new LanguageMatcher(List.of(new LanguageMatcher.Term(9, "x", "a'b", "y", "z"))).find("axb")).isEmpty();
    }
}
