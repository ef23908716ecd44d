package org.partnershipportal.duplicates;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The as-you-type look-up stops scoring once the best the remaining candidates could score cannot beat its results,
 * and skips candidates whose words leave too little to reach the threshold. Both bounds must hold for one-byte
 * vectors, whose cosines run a little above 1: the look-up returns exactly what scoring every item returns. The
 * register test sees only gross errors in the bounds (it passed with the stop bound scaled by 0.97); the second test
 * builds the case a bound that took cosines to be at most 1 got wrong (it returned A).
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

    /** The cosine of the inflated vector below with its own one-byte form: (127 x 127 + 383 x 0.5001) / (127 x 127 + 383 x 0.5001^2). */
    private static final double INFLATED_COSINE = (127.0 * 127 + 383 * 0.5001) / (127.0 * 127 + 383 * 0.5001 * 0.5001);

    @Test
    void anItemWhoseOneByteCosineWithTheTypedTextExceedsOneIsNotCutOff() {
        // Vectors built so that one-byte rounding inflates them: one large component and 383 just above half a step,
        // each rounded up to a whole step. The typed text and item B share such a vector, so their cosine is about
        // 1.006; item A has the same words as the typed text (lexical similarity 1) but a vector whose cosine with it
        // is about 0.997. B has one word more, so its lexical similarity is a little under 1, and A is scored first.
        // B must still win: a stop that took cosines to be at most 1 would end the search after A.
        String[] words = {"quorvex", "blanthor", "mirrical", "tendaspar", "oblivant", "crastinel", "vorpentide", "halvorak"};
        String typed = String.join(" ", words);
        List<String> backwards = new java.util.ArrayList<>(List.of(words));
        java.util.Collections.reverse(backwards);
        String reversed = String.join(" ", backwards);
        float[] inflated = new float[384];
        inflated[0] = 127f;
        java.util.Arrays.fill(inflated, 1, inflated.length, 0.5001f);
        float[] plain = new float[384];
        plain[0] = 1f;
        float[] other = new float[384];
        other[1] = 1f;
        Embedder vectors = new Embedder() {
            @Override
            public float[] embed(String text) {
                float[] v = text.startsWith(words[0]) ? inflated : text.startsWith(words[words.length - 1]) ? plain : other;
                return MiniLmEmbedder.normalise(v);
            }

            @Override
            public int dimension() {
                return 384;
            }
        };
        DuplicateMatcher matcher = new DuplicateMatcher(Abbreviations.defaults(), vectors, false, MatcherSettings.defaults());
        // other items carry B's extra word, so its weight, and with it B's lexical similarity, can be set by their number
        boolean found = false;
        for (int fillers = 0; fillers <= 400 && !found; fillers += 4) {
            DuplicateIndex index = matcher.newIndex();
            index.add(new AgendaText("A", BoardName.of("Board A"), null, reversed, null));
            index.add(new AgendaText("B", BoardName.of("Board B"), null, typed + " zephyrine", null));
            for (int f = 0; f < fillers; f++) {
                index.add(new AgendaText("F" + f, BoardName.of("Board F"), null, "zephyrine pellucide " + f, null));
            }
            // the raw scores of A (added first) and B, and B's lexical similarity from its score and its cosine
            float[] scores = index.underReadLock(false, () -> index.queryScore(typed, null, BoardName.of("Typing Board"))
                    .map(query -> new float[]{query.of(0), query.of(1)}).orElseThrow());
            double lexicalB = (double) scores[1] * scores[1] / INFLATED_COSINE;
            // B wins, but a stop at sqrt(lexical) would not have looked at it once A was scored
            if (!(scores[1] > scores[0] && Math.sqrt(lexicalB) < scores[0] * (1 - 1e-4))) continue;
            found = true;
            List<Match> lookedUp = index.similarTo(typed, null, BoardName.of("Typing Board"), null, 1);
            assertThat(lookedUp).as("the look-up with %d other items", fillers).extracting(Match::id).containsExactly("B");
        }
        assertThat(found).as("a register where B wins only by its cosine above 1").isTrue();
    }
}
