package org.partnershipportal.duplicates;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The as-you-type look-up stops scoring once the best the remaining candidates could score cannot beat its results,
 * and skips candidates whose words leave too little to reach the threshold. Both bounds must hold for one-byte
 * vectors, whose cosines run a little above 1: the look-up returns exactly what scoring every item returns.
 */
class LookUpAsScoringEveryItemTest {

    @Test
    void theLookUpReturnsTheSameBestMatchesAsScoringEveryItem() {
        // the benchmark's synthetic register, small: recurring topics, so many items score close together near the top
        DuplicateBenchmark.Register register = DuplicateBenchmark.agendaItems(1_000, new Random(21));
        DuplicateIndex index = TestMatchers.matcher().newIndex();
        index.addAll(register.rows());

        int queries = 0;
        int answered = 0;
        for (int k = 0; k < register.rows().size(); k += 4) {
            AgendaText row = register.rows().get(k);
            // a text being typed: an indexed item's words, plus one, so it is not an indexed text itself
            String title = row.title() + " y";
            List<Match> everyItem = BruteForceReference.similarTo(index, title, row.description(), row.board(), null, 10);
            List<Match> lookedUp = index.similarTo(title, row.description(), row.board(), null, 10);
            assertThat(lookedUp.stream().map(Match::score).toList()).as("the look-up for \"%s\"", title)
                    .isEqualTo(everyItem.stream().map(Match::score).toList());
            queries++;
            if (!everyItem.isEmpty()) answered++;
        }
        assertThat(answered).as("queries with matches, of %d", queries).isGreaterThan(queries / 2);
    }
}
