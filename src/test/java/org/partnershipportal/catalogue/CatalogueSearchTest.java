package org.partnershipportal.catalogue;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue's search speaks the glossary: a term in any of its forms finds datasets written with another. */
class CatalogueSearchTest {

    private static final List<List<String>> GLOSSARY = List.of(
            List.of("Missing", "missing from home", "missing episode", "missing person"),
            List.of("Child sexual exploitation", "CSE"),
            List.of("Return home interview", "RHI", "return interview"));

    private static String fullText(String text) {
        CatalogueQuery query = new CatalogueQuery(text, null, null, null, null, null, false);
        List<Object> params = new ArrayList<>();
        new CatalogueSearch(query, GLOSSARY).where(null, params);
        return params.stream().map(String::valueOf).filter(p -> p.startsWith("+")).findFirst().orElse("");
    }

    @Test
    void aSynonymOfATermMatchesEveryFormOfTheTermRatherThanEachOfItsWords() {
        // "missing episodes" no longer requires the word "episode": any way of writing "missing" will do.
        assertThat(fullText("missing episodes")).isEqualTo("+(missing* (+missing* +home*) (+missing* +episode*) (+missing* +person*))");
    }

    @Test
    void anAbbreviationFindsTheTermWrittenOutAndOtherWordsStayRequired() {
        assertThat(fullText("CSE referrals")).isEqualTo("+((+child* +sexual* +exploitation*) cse*) +referral*");
        assertThat(fullText("child sexual exploitation")).isEqualTo("+((+child* +sexual* +exploitation*) cse*)");
    }

    @Test
    void twoOrMoreWordsOfATermsNameFindTheTermInAnyFormOrTheWordsThemselves() {
        // Nothing described as "sexual exploitation" alone must be needed: the police's "CSE" flag is found too.
        assertThat(fullText("sexual exploitation")).isEqualTo("+((+sexual* +exploitation*) (+child* +sexual* +exploitation*) cse*)");
        assertThat(fullText("sexual exploitation referrals")).isEqualTo("+((+sexual* +exploitation*) (+child* +sexual* +exploitation*) cse*) +referral*");
        // One word of a name stands for no term; a whole form still wins ("missing episode" is one of Missing's).
        assertThat(fullText("exploitation")).isEqualTo("+exploitation*");
        assertThat(fullText("home interview")).isEqualTo("+((+home* +interview*) (+return* +home* +interview*) rhi* (+return* +interview*))");
        assertThat(fullText("missing episode")).isEqualTo("+(missing* (+missing* +home*) (+missing* +episode*) (+missing* +person*))");
    }

    @Test
    void wordsThatAreNoTermAreSearchedAsBefore() {
        assertThat(fullText("knife crime")).isEqualTo("+knife* +crime*");
        assertThat(new CatalogueSearch(new CatalogueQuery("knife crime", null, null, null, null, null, false)).hasText()).isTrue();
    }
}
