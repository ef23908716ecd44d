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
 *                       at most this many days from its first meeting to its last: half a year, two quarterly cycles of
 *                       board meetings. A group is one round of a matter (raised on one board, taken up by the others);
 *                       the same matter later is a new round, another group (items without a date are compared with
 *                       everything).
 * @param candidatesPerItem how many best lexical candidates per item are scored in full during clustering.
 * @param selectiveDfFraction during clustering, terms in more than this share of the index (and more than 1000 items)
 *                       are not used to generate candidates (they are still scored): they are not specific enough.
 * @param linkage        how proposed pairs become groups: {@link Linkage#AVERAGE} (default) joins two groups only when
 *                       the mean score over all their cross-board pairs reaches {@code groupThreshold};
 *                       {@link Linkage#SINGLE} is the earlier union-find, kept to compare designs.
 * @param groupThreshold the mean cross-board score a group must keep (average linkage).
 * @param fullWeightDays while grouping, two items whose meetings are at most this many days apart are scored in full;
 *                       further apart, their score fades linearly to nothing at {@code windowDays}. Boards meet every
 *                       month or two, quarterly at most, so a matter raised on one board reaches the others within a
 *                       quarter; the same words a season or more later are more often a new matter or another one.
 *                       {@code fullWeightDays >= windowDays} turns the fade off.
 */
public record MatcherSettings(double threshold, double bestTolerance, int windowDays, int candidatesPerItem,
                              double selectiveDfFraction, Linkage linkage, double groupThreshold, int fullWeightDays) {

    /** One quarter: the longest usual interval between two meetings of a board. */
    public static final int QUARTER_DAYS = 91;

    /** How proposed pairs are turned into groups. */
    public enum Linkage { SINGLE, AVERAGE }

    public MatcherSettings(double threshold, double bestTolerance, int windowDays, int candidatesPerItem,
                           double selectiveDfFraction) {
        this(threshold, bestTolerance, windowDays, candidatesPerItem, selectiveDfFraction, Linkage.AVERAGE, threshold,
                QUARTER_DAYS);
    }

    public static MatcherSettings defaults() {
        return new MatcherSettings(0.22, 0.02, 182, 40, 0.05, Linkage.AVERAGE, 0.22, QUARTER_DAYS);
    }

    public MatcherSettings withThreshold(double t) {
        return new MatcherSettings(t, bestTolerance, windowDays, candidatesPerItem, selectiveDfFraction, linkage,
                linkage == Linkage.AVERAGE && groupThreshold == threshold ? t : groupThreshold, fullWeightDays);
    }

    public MatcherSettings withWindowDays(int d) {
        return new MatcherSettings(threshold, bestTolerance, d, candidatesPerItem, selectiveDfFraction, linkage, groupThreshold,
                fullWeightDays);
    }

    public MatcherSettings withLinkage(Linkage l, double groupT) {
        return new MatcherSettings(threshold, bestTolerance, windowDays, candidatesPerItem, selectiveDfFraction, l, groupT,
                fullWeightDays);
    }

    public MatcherSettings withCandidatesPerItem(int candidates) {
        return new MatcherSettings(threshold, bestTolerance, windowDays, candidates, selectiveDfFraction, linkage,
                groupThreshold, fullWeightDays);
    }

    public MatcherSettings withSelectiveDfFraction(double fraction) {
        return new MatcherSettings(threshold, bestTolerance, windowDays, candidatesPerItem, fraction, linkage,
                groupThreshold, fullWeightDays);
    }

    public MatcherSettings withBestTolerance(double tolerance) {
        return new MatcherSettings(threshold, tolerance, windowDays, candidatesPerItem, selectiveDfFraction, linkage,
                groupThreshold, fullWeightDays);
    }

    /** These settings with the fade starting after {@code days} ({@code windowDays} or more: no fade). */
    public MatcherSettings withFullWeightDays(int days) {
        return new MatcherSettings(threshold, bestTolerance, windowDays, candidatesPerItem, selectiveDfFraction, linkage,
                groupThreshold, days);
    }

    /**
     * How much of a pair's score counts while grouping, for meetings {@code daysApart} apart: 1 up to
     * {@code fullWeightDays}, then falling linearly to 0 at {@code windowDays}.
     */
    public float timeWeight(int daysApart) {
        if (daysApart <= fullWeightDays) return 1f;
        if (daysApart >= windowDays) return 0f;
        return (float) (windowDays - daysApart) / (windowDays - fullWeightDays);
    }
}
