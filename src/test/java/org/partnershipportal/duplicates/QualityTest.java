package org.partnershipportal.duplicates;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class QualityTest {
    static final Path DEV = SharedFiles.devSet();

    /**
     * 30 rows the matcher's first author wrote and then used to choose its threshold and signals: a tuning set, not a
     * held-out one. Scores on it show the matcher still does what it was tuned to do, not how it generalises (the
     * corpus's test split, scored by {@code deploy/evaluate-duplicates}, does that).
     */
    static Path tuningSet() throws Exception {
        return Path.of(QualityTest.class.getResource("/duplicates/tuning-agenda-duplicates.csv").toURI());
    }

    @Test
    void devSetScoresF1AtLeast0_9() throws Exception {
        assertTrue(Files.exists(DEV), "dev set not found at " + DEV + ": check out the team's shared folder beside the repository");
        List<PairwiseF1.Labelled> truth = PairwiseF1.read(DEV);
        PairwiseF1.Result r = PairwiseF1.score(truth, TestMatchers.matcher().cluster(PairwiseF1.items(truth)));
        System.out.println("dev set: " + r);
        assertTrue(r.f1() >= 0.9, "dev F1 " + r);
    }

    @Test
    void ownTuningSetScoresF1AtLeast0_9() throws Exception {
        List<PairwiseF1.Labelled> truth = PairwiseF1.read(tuningSet());
        PairwiseF1.Result r = PairwiseF1.score(truth, TestMatchers.matcher().cluster(PairwiseF1.items(truth)));
        System.out.println("own tuning set: " + r);
        assertTrue(r.f1() >= 0.9, "own tuning set F1 " + r);
    }

    /** Leave one row out at a time: the result must not hinge on any single row of either set. */
    @Test
    void leaveOneOutStaysGood() throws Exception {
        List<Path> sets = new ArrayList<>(List.of(tuningSet()));
        assertTrue(Files.exists(DEV), "dev set not found at " + DEV);
        sets.add(DEV);
        for (Path set : sets) {
            List<PairwiseF1.Labelled> truth = PairwiseF1.read(set);
            double sum = 0, min = 1;
            for (int leave = 0; leave < truth.size(); leave++) {
                List<PairwiseF1.Labelled> sub = new ArrayList<>(truth);
                sub.remove(leave);
                double f1 = PairwiseF1.score(sub, TestMatchers.matcher().cluster(PairwiseF1.items(sub))).f1();
                sum += f1;
                min = Math.min(min, f1);
            }
            double mean = sum / truth.size();
            System.out.printf("leave-one-out on %s: mean F1 %.3f, min %.3f%n", set.getFileName(), mean, min);
            assertTrue(mean >= 0.9, "mean leave-one-out F1 " + mean);
            assertTrue(min >= 0.8, "worst leave-one-out F1 " + min);
        }
    }

    /** The threshold is not on a knife edge: +-0.02 around it keeps F1 >= 0.9 on both sets. */
    @Test
    void thresholdIsNotOnAKnifeEdge() throws Exception {
        List<Path> sets = new ArrayList<>(List.of(tuningSet()));
        assertTrue(Files.exists(DEV), "dev set not found at " + DEV);
        sets.add(DEV);
        DuplicateMatcher base = TestMatchers.matcher();
        for (double delta : new double[]{-0.02, 0.02}) {
            DuplicateMatcher m = new DuplicateMatcher(base.abbreviations(), base.embedder(), true,
                    base.settings().withThreshold(base.settings().threshold() + delta));
            for (Path set : sets) {
                List<PairwiseF1.Labelled> truth = PairwiseF1.read(set);
                PairwiseF1.Result r = PairwiseF1.score(truth, m.cluster(PairwiseF1.items(truth)));
                System.out.printf("threshold %.2f on %s: %s%n", m.settings().threshold(), set.getFileName(), r);
                assertTrue(r.f1() >= 0.9, set + " at threshold " + m.settings().threshold() + ": " + r);
            }
        }
    }
}
