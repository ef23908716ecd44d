package org.partnershipportal.duplicates;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index's shortcuts (candidates searched only as far apart in time as a pair can still reach the threshold, each
 * pair scored once and kept in one of its items' lists) must not change the groups: where every item's candidate list
 * has room for all its candidates, the index groups exactly as scoring every pair does; where lists are cut short,
 * every chosen pair is still scored, once.
 */
class IndexGroupsAsScoringEveryPairTest {

    @Test
    void withRoomForEveryCandidateTheIndexGroupsExactlyAsBruteForce() {
        // the benchmark's synthetic register, small: 1,000 items and 1,000 actions over ten years on 6 boards
        DuplicateBenchmark.Register items = DuplicateBenchmark.agendaItems(1_000, new Random(11));
        DuplicateBenchmark.Register actions = DuplicateBenchmark.actions(1_000, items, new Random(12));
        for (DuplicateBenchmark.Register register : List.of(items, actions)) {
            DuplicateIndex index = withCandidatesPerItem(ROOM_FOR_ALL).newIndex();
            index.addAll(register.rows());

            int[][] chosen = index.candidateSearchSteps().chosen();
            assertThat(Arrays.stream(chosen).filter(c -> c != null).mapToInt(c -> c.length).max().orElse(0))
                    .as("no candidate list is full").isLessThan(ROOM_FOR_ALL);
            Set<Set<String>> indexed = groupsOfTwoOrMore(index.cluster(HumanDecisions.none()));
            Set<Set<String>> everyPair = groupsOfTwoOrMore(BruteForceReference.cluster(index));

            assertThat(everyPair).as("the register has groups to compare").hasSizeGreaterThan(50);
            assertThat(indexed).isEqualTo(everyPair);
        }
    }

    @Test
    void whereCandidateListsDifferEveryChosenPairIsScoredExactlyOnce() {
        // five candidates per item over a dense register: lists are cut short, so an item is often in another's
        // list without that one being in its own
        DuplicateIndex index = withCandidatesPerItem(5).newIndex();
        index.addAll(DuplicateBenchmark.agendaItems(1_000, new Random(13)).rows());

        DuplicateIndex.CandidateSearchSteps steps = index.candidateSearchSteps();

        Set<Set<Integer>> chosen = new HashSet<>();
        int oneSided = 0;
        for (int i = 0; i < steps.chosen().length; i++) {
            if (steps.chosen()[i] == null) continue;
            for (int j : steps.chosen()[i]) {
                chosen.add(Set.of(i, j));
                int[] listOfJ = steps.chosen()[j];
                int item = i;
                if (listOfJ == null || Arrays.stream(listOfJ).noneMatch(x -> x == item)) oneSided++;
            }
        }
        assertThat(oneSided).as("pairs chosen from one end only").isGreaterThan(100);
        List<Set<Integer>> scored = new ArrayList<>();
        steps.scored().forEachPair((i, j, score) -> {
            scored.add(Set.of(i, j));
            assertThat(score).as("score of %d and %d", i, j).isEqualTo(index.groupingScore(i, j));
        });
        assertThat(scored).doesNotHaveDuplicates();
        assertThat(new HashSet<>(scored)).isEqualTo(chosen);
    }

    private static final int ROOM_FOR_ALL = 100_000;

    private static DuplicateMatcher withCandidatesPerItem(int candidates) {
        return TestMatchers.matcher().withSettings(MatcherSettings.defaults().withCandidatesPerItem(candidates));
    }

    private static Set<Set<String>> groupsOfTwoOrMore(List<List<String>> groups) {
        return groups.stream().filter(g -> g.size() > 1).map(HashSet::new).collect(Collectors.toSet());
    }
}
