package org.partnershipportal.duplicates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index's shortcuts (candidates searched only as far apart in time as a pair can still reach the threshold, each
 * pair scored once and kept in one of its items' lists) must not change the groups: where every item's candidate list
 * has room for all its candidates, the index groups exactly as scoring every pair does; where lists are cut short,
 * every chosen pair is still scored, once. Nor may the order in which items were added change the groups.
 */
class IndexGroupsAsScoringEveryPairTest {

    @Test
    void withRoomForEveryCandidateTheIndexGroupsExactlyAsBruteForce() {
        // the benchmark's synthetic register, small: 1,000 items and 1,000 actions over ten years on 6 boards, one
        // row in 40 without a meeting date (compared with every other row, whatever its date)
        DuplicateBenchmark.Register items = DuplicateBenchmark.agendaItems(1_000, new Random(11));
        DuplicateBenchmark.Register actions = DuplicateBenchmark.actions(1_000, items, new Random(12));
        for (DuplicateBenchmark.Register register : List.of(items, actions)) {
            DuplicateIndex index = withCandidatesPerItem(ROOM_FOR_ALL).newIndex();
            List<AgendaText> rows = everyFortiethUndated(register.rows());
            index.addAll(rows);

            Set<Set<String>> indexed = groupsOfTwoOrMore(index.cluster(HumanDecisions.none()));
            Set<Set<String>> everyPair = groupsOfTwoOrMore(BruteForceReference.cluster(index));

            assertThat(everyPair).as("the register has groups to compare").hasSizeGreaterThan(50);
            Set<String> undated = rows.stream().filter(r -> r.meetingDate() == null).map(AgendaText::id).collect(Collectors.toSet());
            assertThat(everyPair.stream().filter(g -> g.stream().anyMatch(undated::contains)).count())
                    .as("groups with an undated row").isGreaterThan(5);
            assertThat(indexed).isEqualTo(everyPair);
        }
    }

    @Test
    void aPairAsFarApartInTimeAsAPairCanStillCountIsSearchedForAsBruteForceFindsIt() {
        // the same words on two boards, days apart across the edge of the candidate search: the time fade leaves a
        // perfect score enough until a few weeks before the window's end, and the search must reach exactly as far,
        // from the largest score the one-byte vectors give (a little above 1), not from a guess
        String words = "Allotment water supply repairs before the spring planting season";
        LocalDate first = LocalDate.of(2025, 1, 6);
        int farthestGrouped = -1;
        for (int days = 150; days <= MatcherSettings.defaults().windowDays(); days++) {
            DuplicateIndex index = TestMatchers.matcher().newIndex();
            index.addAll(List.of(new AgendaText("a", BoardName.of("Parks Board"), first, words, null),
                    new AgendaText("b", BoardName.of("Estates Board"), first.plusDays(days), words, null)));
            Set<Set<String>> indexed = groupsOfTwoOrMore(index.cluster(HumanDecisions.none()));
            assertThat(indexed).as("%d days apart", days).isEqualTo(groupsOfTwoOrMore(BruteForceReference.cluster(index)));
            if (!indexed.isEmpty()) farthestGrouped = days;
        }
        assertThat(farthestGrouped).as("the farthest apart the two are one group, in days").isBetween(155, 175);
    }

    @Test
    void theGroupsDoNotDependOnTheOrderInWhichItemsWereAdded() {
        // two nodes index the same items in different orders (one at start-up from the database, one as items were
        // saved): the report must be the same on both. Three boards word one matter identically, so every pair scores
        // exactly the same; two of them are marked "not the same", so only one of them can join the undated item, and
        // which one must not depend on the order of adding
        String words = "Allotment water supply repairs before the spring planting season";
        AgendaText undated = new AgendaText("u", BoardName.of("Parks Board"), null, words, null);
        AgendaText first = new AgendaText("x", BoardName.of("Estates Board"), LocalDate.of(2025, 3, 4), words, null);
        AgendaText second = new AgendaText("y", BoardName.of("Tenants Forum"), LocalDate.of(2025, 3, 4), words, null);
        HumanDecisions decisions = HumanDecisions.none().markNotSame("x", "y");

        Set<Set<String>> groups = null;
        for (List<AgendaText> order : List.of(List.of(undated, first, second), List.of(second, first, undated),
                List.of(first, undated, second), List.of(second, undated, first))) {
            DuplicateIndex index = TestMatchers.matcher().newIndex();
            index.addAll(order);
            Set<Set<String>> these = groupsOfTwoOrMore(index.cluster(decisions));
            assertThat(these).as("added in the order %s", order.stream().map(AgendaText::id).toList()).hasSize(1);
            if (groups == null) groups = these;
            assertThat(these).as("added in the order %s", order.stream().map(AgendaText::id).toList()).isEqualTo(groups);
        }
    }

    @Test
    void withCandidateListsCutShortTheGroupsStillDoNotDependOnTheOrderOfAdding() {
        // a register where each action's text recurs many times, so many candidates tie on shared-word weight when a
        // list of 5 is filled: which of them are kept must not depend on where the items sit in the index
        DuplicateBenchmark.Register items = DuplicateBenchmark.agendaItems(1_000, new Random(14));
        List<AgendaText> rows = DuplicateBenchmark.actions(1_000, items, new Random(15)).rows();
        List<AgendaText> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(16));

        DuplicateIndex inOrder = withCandidatesPerItem(5).newIndex();
        inOrder.addAll(rows);
        DuplicateIndex inAnotherOrder = withCandidatesPerItem(5).newIndex();
        inAnotherOrder.addAll(shuffled);

        Map<String, Set<String>> chosen = chosenCandidates(inOrder);
        assertThat(chosen.values().stream().filter(c -> c.size() == 5).count()).as("items whose list of 5 was filled").isGreaterThan(500);
        assertThat(chosenCandidates(inAnotherOrder)).isEqualTo(chosen);
        Set<Set<String>> groups = groupsOfTwoOrMore(inOrder.cluster(HumanDecisions.none()));
        assertThat(groups).as("the register has groups to compare").hasSizeGreaterThan(50);
        assertThat(groupsOfTwoOrMore(inAnotherOrder.cluster(HumanDecisions.none()))).isEqualTo(groups);
    }

    @Test
    void eachReportGivesBackTheMemoryItsCopyOfTheVectorsTook() {
        // the copies in meeting-day order of all reports running at once stay within a share of the heap: one that
        // were never given back would leave every later report without its copy
        DuplicateIndex index = TestMatchers.matcher().newIndex();
        index.addAll(DuplicateBenchmark.actions(1_000, DuplicateBenchmark.agendaItems(1_000, new Random(14)), new Random(15)).rows());
        for (int report = 1; report <= 3; report++) {
            assertThat(index.candidateSearchSteps().vectorsCopied()).as("report %d read the vectors in meeting-day order", report).isTrue();
            assertThat(DuplicateIndex.bytesInCopiesOfVectors()).as("bytes of copies still counted after report %d", report).isZero();
        }
    }

    @Test
    void amongCandidatesThatTieTheNearestInTimeAreKept() {
        // one board's item and eight of another board's with the same words, from 10 to 120 days before and after:
        // with room for four, the four nearest are kept (their scores fade least)
        String words = "Allotment water supply repairs before the spring planting season";
        LocalDate day = LocalDate.of(2025, 6, 2);
        List<AgendaText> rows = new ArrayList<>(List.of(new AgendaText("x", BoardName.of("Parks Board"), day, words, null)));
        for (int daysApart : new int[]{120, -80, 40, -10, 10, -40, 80, -120}) {
            rows.add(new AgendaText("d" + daysApart, BoardName.of("Estates Board"), day.plusDays(daysApart), words, null));
        }
        DuplicateIndex index = withCandidatesPerItem(4).newIndex();
        index.addAll(rows);

        assertThat(chosenCandidates(index).get("x")).containsExactlyInAnyOrder("d-10", "d10", "d-40", "d40");
    }

    /** Each item's chosen candidates, by id. */
    private static Map<String, Set<String>> chosenCandidates(DuplicateIndex index) {
        int[][] chosen = index.candidateSearchSteps().chosen();
        Map<String, Set<String>> byId = new HashMap<>();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i] != null) byId.put(index.idOf(i), Arrays.stream(chosen[i]).mapToObj(index::idOf).collect(Collectors.toSet()));
        }
        return byId;
    }

    @ParameterizedTest(name = "WordNet concepts: {0}")
    @ValueSource(booleans = {true, false})
    void whereCandidateListsDifferEveryChosenPairIsScoredExactlyOnce(boolean useWordNet) {
        // five candidates per item over a dense register: lists are cut short, so an item is often in another's
        // list without that one being in its own
        DuplicateMatcher matcher = TestMatchers.matcher();
        DuplicateIndex index = new DuplicateMatcher(matcher.abbreviations(), matcher.embedder(), useWordNet,
                MatcherSettings.defaults().withCandidatesPerItem(5)).newIndex();
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

    /** More than any test register's size: no candidate list is ever cut. */
    private static final int ROOM_FOR_ALL = 100_000;

    private static List<AgendaText> everyFortiethUndated(List<AgendaText> rows) {
        List<AgendaText> out = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            AgendaText r = rows.get(k);
            out.add(k % 40 == 0 ? new AgendaText(r.id(), r.board(), null, r.title(), r.description(), r.markedStanding()) : r);
        }
        return out;
    }

    private static DuplicateMatcher withCandidatesPerItem(int candidates) {
        return TestMatchers.matcher().withSettings(MatcherSettings.defaults().withCandidatesPerItem(candidates));
    }

    private static Set<Set<String>> groupsOfTwoOrMore(List<List<String>> groups) {
        return groups.stream().filter(g -> g.size() > 1).map(HashSet::new).collect(Collectors.toSet());
    }
}
