package org.partnershipportal.duplicates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * What the index answers, computed the slow way for the benchmarks to compare with: every pair (or every
 * item against a query) scored, none skipped by the index. Kept in test code: the portal never needs it.
 */
final class BruteForceReference {

    private BruteForceReference() {
    }

    /** Groups from every cross-board pair within the time window, through the same grouping as {@link DuplicateIndex#cluster}. */
    static List<List<String>> cluster(DuplicateIndex index) {
        return index.underReadLock(true, () -> {
            int n = index.size();
            int[][] items = new int[n][];
            float[][] scores = new float[n][];
            IntStream.range(0, n).parallel().forEach(i -> {
                if (!index.isStanding(i)) {
                    keepPossibleEdges(index, i, items, scores);
                }
            });
            return index.groupsFrom(new DuplicateIndex.Candidates(items, scores), HumanDecisions.none());
        });
    }

    /**
     * Item i's pairs that can still be an edge: a pair below the threshold, or not within tolerance of i's
     * best on that board, never is; i's best on each board is kept, so the edges are those of keeping every pair.
     */
    private static void keepPossibleEdges(DuplicateIndex index, int i, int[][] items, float[][] scores) {
        int[] c = IntStream.range(0, index.size()).filter(j -> j != i && !index.isStanding(j)
                && index.boardOf(j) != index.boardOf(i) && index.withinWindow(i, j)).toArray();
        float[] s = new float[c.length];
        float[] bestOfI = new float[index.boardCount()];
        for (int k = 0; k < c.length; k++) {
            s[k] = index.groupingScore(i, c[k]);
            bestOfI[index.boardOf(c[k])] = Math.max(bestOfI[index.boardOf(c[k])], s[k]);
        }
        float thr = (float) index.settings().threshold(), tol = (float) index.settings().bestTolerance();
        int m = 0;
        for (int k = 0; k < c.length; k++) {
            if (s[k] < thr || s[k] < bestOfI[index.boardOf(c[k])] - tol) continue;
            c[m] = c[k];
            s[m++] = s[k];
        }
        items[i] = java.util.Arrays.copyOf(c, m);
        scores[i] = java.util.Arrays.copyOf(s, m);
    }

    /** The query scored against every item: what {@link DuplicateIndex#similarTo} must return. */
    static List<Match> similarTo(DuplicateIndex index, String title, String description, BoardName excludeBoard, LocalDate since, int limit) {
        if (limit <= 0) return List.of();
        return index.underReadLock(false, () -> index.queryScore(title, description, excludeBoard).map(query -> {
            float thr = (float) index.settings().threshold();
            PriorityQueue<float[]> top = new PriorityQueue<>((x, y) -> Float.compare(x[0], y[0]));
            for (int j = 0; j < index.size(); j++) {
                if (!query.eligible(j, since)) continue;
                float s = query.of(j);
                if (s < thr) continue;
                top.add(new float[]{s, j});
                if (top.size() > limit) top.poll();
            }
            List<float[]> best = new ArrayList<>(top);
            best.sort((x, y) -> Float.compare(y[0], x[0]));
            List<Match> out = new ArrayList<>();
            for (float[] b : best) out.add(query.match((int) b[1], b[0]));
            return out;
        }).orElse(List.of()));
    }
}
