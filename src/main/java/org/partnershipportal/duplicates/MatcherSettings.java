package org.partnershipportal.duplicates;

/**
 * The few numbers the matcher depends on; see MATCHER.md for why each has its value.
 *
 * @param threshold      minimum score (geometric mean of embedding cosine and lexical similarity) for two items to be
 *                       the same matter. 0.28: the centre of the range (0.25-0.32) over which both the dev set and an
 *                       independent held-out set keep F1 >= 0.9; a single global constant, not fitted per row.
 * @param bestTolerance  a pair is joined only if each item is the other's best match on the other's board
 *                       (reciprocal best hit); scores within this tolerance of the best count as best (ties between
 *                       recurring near-identical items). 0.02 is below the spread the quantised model gives for
 *                       re-wordings of one sentence.
 * @param windowDays     clustering compares items whose meetings are at most this many days apart: one annual cycle
 *                       of board meetings (items without a date are compared with everything).
 * @param candidatesPerItem how many best lexical candidates per item are scored in full during clustering.
 * @param selectiveDfFraction during clustering, terms in more than this share of the index (and more than 1000 items)
 *                       are not used to generate candidates (they are still scored): they are not specific enough.
 */
public record MatcherSettings(double threshold, double bestTolerance, int windowDays, int candidatesPerItem,
                              double selectiveDfFraction) {
    public static MatcherSettings defaults() {
        return new MatcherSettings(0.28, 0.02, 365, 40, 0.05);
    }

    public MatcherSettings withThreshold(double t) {
        return new MatcherSettings(t, bestTolerance, windowDays, candidatesPerItem, selectiveDfFraction);
    }

    public MatcherSettings withWindowDays(int d) {
        return new MatcherSettings(threshold, bestTolerance, d, candidatesPerItem, selectiveDfFraction);
    }
}
