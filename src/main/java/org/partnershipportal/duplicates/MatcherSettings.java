package org.partnershipportal.duplicates;

/**
 * The few numbers the matcher depends on; {@code docs/duplicate-matcher.md} says why each has its value.
 *
 * @param threshold      minimum score (geometric mean of embedding cosine and lexical similarity) for two items to be
 *                       proposed as the same matter; a single global constant.
 * @param bestTolerance  a pair is proposed only if each item is the other's best match on the other's board
 *                       (reciprocal best hit); scores within this tolerance of the best count as best (ties between
 *                       recurring near-identical items). 0.02 is below the spread the quantised model gives for
 *                       re-wordings of one sentence.
 * @param windowDays     clustering compares items whose meetings are at most this many days apart, and a group spans
 *                       at most this many days from its first meeting to its last: one annual cycle of board meetings
 *                       (items without a date are compared with everything).
 * @param candidatesPerItem how many best lexical candidates per item are scored in full during clustering.
 * @param selectiveDfFraction during clustering, terms in more than this share of the index (and more than 1000 items)
 *                       are not used to generate candidates (they are still scored): they are not specific enough.
 * @param linkage        how proposed pairs become groups: {@link Linkage#AVERAGE} (default) joins two groups only when
 *                       the mean score over all their cross-board pairs reaches {@code groupThreshold};
 *                       {@link Linkage#SINGLE} is the earlier union-find, kept to compare designs.
 * @param groupThreshold the mean cross-board score a group must keep (average linkage).
 */
public record MatcherSettings(double threshold, double bestTolerance, int windowDays, int candidatesPerItem,
                              double selectiveDfFraction, Linkage linkage, double groupThreshold) {

    /** How proposed pairs are turned into groups. */
    public enum Linkage { SINGLE, AVERAGE }

    public MatcherSettings(double threshold, double bestTolerance, int windowDays, int candidatesPerItem,
                           double selectiveDfFraction) {
        this(threshold, bestTolerance, windowDays, candidatesPerItem, selectiveDfFraction, Linkage.AVERAGE, threshold);
    }

    public static MatcherSettings defaults() {
        return new MatcherSettings(0.24, 0.02, 365, 40, 0.05, Linkage.AVERAGE, 0.24);
    }

    public MatcherSettings withThreshold(double t) {
        return new MatcherSettings(t, bestTolerance, windowDays, candidatesPerItem, selectiveDfFraction, linkage,
                linkage == Linkage.AVERAGE && groupThreshold == threshold ? t : groupThreshold);
    }

    public MatcherSettings withWindowDays(int d) {
        return new MatcherSettings(threshold, bestTolerance, d, candidatesPerItem, selectiveDfFraction, linkage, groupThreshold);
    }

    public MatcherSettings withLinkage(Linkage l, double groupT) {
        return new MatcherSettings(threshold, bestTolerance, windowDays, candidatesPerItem, selectiveDfFraction, l, groupT);
    }
}
