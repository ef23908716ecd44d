package org.partnershipportal.duplicates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class BehaviourTest {
    static final LocalDate D = LocalDate.of(2026, 3, 1);

    static AgendaText item(String id, String board, String title, String description) {
        return new AgendaText(id, BoardName.of(board), D, title, description);
    }

    static List<String> clusterOf(List<List<String>> clusters, String id) {
        return clusters.stream().filter(c -> c.contains(id)).findFirst().orElseThrow();
    }

    @Test
    void standingItemsAreRecognisedWithoutMarking() {
        DuplicateMatcher m = TestMatchers.matcher();
        // general committee practice, worded as agenda templates word it (no row of any labelled set)
        for (String t : List.of("Apologies for absence", "Welcome, introductions and apologies", "Minutes of the last meeting",
                "Notes of the last meeting and matters arising", "Action tracker review", "Review of actions", "AOB",
                "Any other competent business", "Dates of future meetings", "Terms of reference review",
                "Review of ToR", "Declarations of interest", "Annual report: approval of the final draft", "Forward plan",
                "Chair's update", "Minutes and action log", "Budget monitoring", "Risk register review", "Housekeeping"))
            assertTrue(m.isStanding(item("x", "YOS Management Board", t, "")), t);
        assertTrue(m.isStanding(item("x", "VRU Board", "VRU business plan 2026/27", "")), "own business plan");
        assertTrue(m.isStanding(item("x", "Children's Safeguarding Partnership", "Safeguarding Partnership annual report", "")));
        for (String t : List.of("MACE annual report", "Reporting of hate incidents in schools", "Exploitation action plan",
                "Missing children: actions from the thematic review", "Gang membership and county lines",
                "Serious violence strategic needs assessment", "Meeting the needs of care leavers"))
            assertFalse(m.isStanding(item("x", "YOS Management Board", t, "")), t);
        // another board's plan is a real topic
        assertFalse(m.isStanding(item("x", "Community Safety Partnership", "VRU business plan", "")));
    }

    @Test
    void standingItemsAreNeverClustered() {
        DuplicateMatcher m = TestMatchers.matcher();
        List<AgendaText> items = List.of(
                item("a", "VRU Board", "Apologies", ""), item("b", "YOS Management Board", "Apologies", ""),
                item("c", "VRU Board", "Minutes of the last meeting", "Accuracy of the minutes of the last meeting"),
                item("d", "Community Safety Partnership", "Minutes of the last meeting", "Accuracy of the minutes of the last meeting"),
                item("e", "VRU Board", "Annual report approval", ""), item("f", "YOS Management Board", "Annual report approval", ""),
                item("g", "VRU Board", "Any other competent business", ""), item("h", "Exploitation Subgroup", "AOB", ""));
        for (List<String> c : m.cluster(items)) assertEquals(1, c.size(), "standing items clustered: " + c);
        DuplicateIndex index = m.newIndex();
        index.addAll(items);
        assertTrue(index.similarTo("Apologies", "", BoardName.of("Exploitation Subgroup"), null, 5).isEmpty());
    }

    @Test
    void aMatterTakenUpAgainTheNextYearLinksToItsEarlierRoundAndADifferentMatterDoesNot() {
        DuplicateMatcher m = TestMatchers.matcher();
        AgendaText[] items = {
                // last year's round on two boards
                new AgendaText("r1a", BoardName.of("VRU Board"), D, "Knife arches at secondary school gates",
                        "Trial of walk-through detectors in two schools"),
                new AgendaText("r1b", BoardName.of("Community Safety Partnership"), D.plusDays(30), "Walk-through knife detectors in schools",
                        "Results of the school gate trial"),
                // a different matter in between
                new AgendaText("n1", BoardName.of("VRU Board"), D.plusDays(200), "Graded care profile for neglect",
                        "Roll-out of the neglect assessment tool"),
                new AgendaText("n2", BoardName.of("Children's Safeguarding Partnership"), D.plusDays(210), "Neglect: graded care profile",
                        "How many assessments practitioners completed"),
                // this year's round of the first matter, on other boards too
                new AgendaText("r2a", BoardName.of("YOS Management Board"), D.plusDays(330), "Knife arches at school gates",
                        "Whether the walk-through detector trial should extend to all secondary schools"),
                new AgendaText("r2b", BoardName.of("VRU Board"), D.plusDays(345), "Extending the knife arch trial",
                        "Walk-through detectors at every secondary school gate"),
                // the same matter again, but two years after this year's round ended
                new AgendaText("r3a", BoardName.of("VRU Board"), D.plusDays(345 + 730), "Knife arches at secondary school gates",
                        "Walk-through detectors: the trial's second year"),
                new AgendaText("r3b", BoardName.of("Community Safety Partnership"), D.plusDays(350 + 730), "Knife arches in schools",
                        "Walk-through detectors: what heads say"),
        };
        DuplicateIndex index = m.newIndex();
        index.addAll(List.of(items));
        List<List<String>> groups = List.of(List.of("r2a", "r2b"), List.of("n1", "n2"), List.of("r1a", "r1b"), List.of("r3a", "r3b"));
        int[] earlier = index.earlierRounds(groups);
        assertEquals(2, earlier[0], "this year's round links to last year's, past the different matter in between");
        assertEquals(-1, earlier[1], "the neglect group is not the knife-arch matter's next round");
        assertEquals(-1, earlier[2], "the first round has no earlier one");
        assertEquals(-1, earlier[3], "two years after the last round: not linked");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"agenda items", "actions"})
    void theBoundsThatSkipWorkNeverChangeWhichEarlierRoundIsLinked(String register) {
        DuplicateMatcher m = TestMatchers.matcher();
        // the benchmark's synthetic registers (topics recurring over ten years on six boards), at a size a unit test
        // affords; its actions are shorter and share fewer words, so more earlier groups pass the first bound and are
        // then refused by the pairs' bounds or part-way through scoring
        DuplicateBenchmark.Register items = DuplicateBenchmark.agendaItems(3_000, new java.util.Random(11));
        DuplicateIndex index = m.newIndex();
        index.addAll(register.equals("actions") ? DuplicateBenchmark.actions(2_000, items, new java.util.Random(12)).rows() : items.rows());
        List<List<String>> groups = index.cluster(HumanDecisions.none()).stream().filter(c -> c.size() > 1).toList();
        int[] bounded = index.earlierRounds(groups, true);
        long linked = java.util.Arrays.stream(bounded).filter(g -> g >= 0).count();
        assertTrue(linked > 50 && linked < groups.size(), "a register where many groups have an earlier round, and some have none: " + linked);
        assertArrayEquals(index.earlierRounds(groups, false), bounded);
    }

    @Test
    void theSameWordsAMeetingCycleApartAreOneMatterButTwoSeasonsApartAreNot() {
        DuplicateMatcher m = TestMatchers.matcher();
        String title = "Knife arches at secondary school gates", description = "Trial of walk-through detectors in two schools";
        AgendaText first = new AgendaText("first", BoardName.of("VRU Board"), D, title, description);
        AgendaText nextCycle = new AgendaText("next", BoardName.of("Community Safety Partnership"), D.plusDays(60), title,
                "Walk-through detector trial in two schools: feedback from heads");
        AgendaText muchLater = new AgendaText("later", BoardName.of("Community Safety Partnership"), D.plusDays(170), title,
                "Walk-through detector trial in two schools: feedback from heads");
        assertEquals(clusterOf(m.cluster(List.of(first, nextCycle)), "first"), List.of("first", "next"),
                "within a quarter the score counts in full");
        assertEquals(1, clusterOf(m.cluster(List.of(first, muchLater)), "first").size(),
                "170 days apart (within the half-year window) the score fades below the threshold");
        DuplicateIndex index = m.newIndex();
        index.addAll(List.of(first, muchLater));
        assertFalse(index.similarTo(title, description, BoardName.of("VRU Board"), null, 5).isEmpty(),
                "as-you-type hints still show the older item: only grouping fades");
    }

    @Test
    void timeWeightIsFullForAQuarterThenFadesToNothingAtTheWindow() {
        MatcherSettings s = MatcherSettings.defaults();
        assertEquals(1f, s.timeWeight(0));
        assertEquals(1f, s.timeWeight(MatcherSettings.QUARTER_DAYS));
        assertEquals(0.5f, s.timeWeight((MatcherSettings.QUARTER_DAYS + s.windowDays()) / 2), 0.01f);
        assertEquals(0f, s.timeWeight(s.windowDays()));
        assertEquals(1f, s.withFullWeightDays(s.windowDays()).timeWeight(s.windowDays() - 1), "no fade");
    }

    @Test
    void itemsSharingOnlyTheKindOfPaperAreNotOneMatter() {
        DuplicateMatcher m = TestMatchers.matcher();
        List<AgendaText> items = List.of(
                item("ehe", "Children's Safeguarding Partnership", "Elective home education: annual report", "Annual report and update"),
                item("aa", "YOS Management Board", "Appropriate adult scheme: annual report", "Annual report and update"));
        DuplicateIndex index = m.newIndex();
        index.addAll(items);
        assertEquals(1, clusterOf(m.cluster(items), "ehe").size(), "grouped on 'annual report' alone: " + index.explain("ehe", "aa"));
        assertEquals(0.0, index.score("ehe", "aa"), "no subject word is shared, so the lexical signal is 0");
    }

    @Test
    void sameBoardRepeatsAreNeverPaired() {
        DuplicateMatcher m = TestMatchers.matcher();
        List<AgendaText> items = List.of(
                item("q1", "VRU Board", "County lines: drug line closures", "Police operations against county lines"),
                item("q2", "VRU Board", "County lines: drug line closures", "Police operations against county lines"),
                item("x", "Community Safety Partnership", "Street lighting in the town park", "Residents' concerns after dark"));
        List<List<String>> clusters = m.cluster(items);
        assertNotEquals(clusterOf(clusters, "q1"), clusterOf(clusters, "q2"), "same-board repeat paired");
        DuplicateIndex index = m.newIndex();
        index.addAll(items);
        assertEquals(0.0, index.score("q1", "q2"));
        assertTrue(index.similarTo("County lines: drug line closures", "Police operations against county lines",
                BoardName.of("VRU Board"), null, 5).isEmpty(), "own board's items must not be offered");
    }

    @Test
    void abbreviationsAreExpandedAndExplained() {
        Abbreviations a = Abbreviations.defaults();
        assertEquals("child and adolescent mental health services", a.expansionOf("CAMHS"));
        assertEquals("child abduction warning notice", a.expansionOf("CAWNs"));
        assertEquals("slavery and trafficking risk order", a.expansionOf("STROs"));
        assertEquals("national referral mechanism", a.expansionOf("NRM"));
        assertEquals("terms of reference", a.expansionOf("ToR"));
        assertNull(a.expansionOf("mace"), "lower-case words are not abbreviations");
        assertNull(a.expansionOf("Ace"));

        DuplicateMatcher m = TestMatchers.matcher();
        TextAnalyzer.Analysed x = m.analyzer().analyse("CAMHS waits", "");
        assertTrue(List.of(x.terms()).containsAll(List.of("mental", "health", "adolesc")), List.of(x.terms()).toString());
        assertTrue(x.embeddingText().contains("child and adolescent mental health services"));

        DuplicateIndex index = m.newIndex();
        index.add(item("b", "YOS Management Board", "Young offenders' access to child and adolescent mental health services",
                "Referral routes from the youth offending team to specialist mental health services for adolescents"));
        index.add(item("z", "YOS Management Board", "Reparation projects in the community", "Unpaid work by young people on referral orders"));
        List<Match> ms = index.similarTo("CAMHS referrals for the youth offending caseload",
                "Delays for adolescents referred to mental health services", BoardName.of("Children's Safeguarding Partnership"), null, 5);
        assertFalse(ms.isEmpty());
        assertEquals("b", ms.get(0).id());
        assertTrue(ms.get(0).reason().contains("CAMHS = child and adolescent mental health services"), ms.get(0).reason());
        assertTrue(ms.get(0).reason().startsWith("same topic: "), ms.get(0).reason());
    }

    @Test
    void callerAbbreviationsAreUsed() {
        DuplicateMatcher base = TestMatchers.matcher();
        DuplicateMatcher m = new DuplicateMatcher(Abbreviations.defaultsPlus(Map.of("SYVP", "serious youth violence panel")),
                base.embedder(), true, base.settings());
        assertEquals("serious youth violence panel", m.abbreviations().expansionOf("SYVP"));
        assertEquals("child criminal exploitation", m.abbreviations().expansionOf("CCE"), "defaults kept");
        assertTrue(List.of(m.analyzer().analyse("SYVP referrals", "").terms()).contains("violenc"));
        Abbreviations only = Abbreviations.of(Map.of("XYZ", "example expansion"));
        assertNull(only.expansionOf("CAMHS"));
    }

    @Test
    void humanDecisionsAreRespected() {
        DuplicateMatcher m = TestMatchers.matcher();
        List<AgendaText> items = List.of(
                item("p", "Exploitation Subgroup", "Cuckooing of vulnerable adults' homes by drug gangs",
                        "Closure orders and joint visits to flats taken over for county lines dealing"),
                item("q", "Community Safety Partnership", "Drug gangs taking over the homes of vulnerable tenants",
                        "Cuckooing: housing, police and adult social care response, including closure orders"),
                item("r", "VRU Board", "Allotment waiting list", "Plots for community groups"),
                item("s", "YOS Management Board", "Swimming pool refurbishment", "Leisure centre closure dates"));
        assertEquals(clusterOf(m.cluster(items), "p"), clusterOf(m.cluster(items), "q"), "expected a match");
        List<List<String>> notSame = m.cluster(items, HumanDecisions.none().markNotSame("q", "p"));
        assertNotEquals(clusterOf(notSame, "p"), clusterOf(notSame, "q"), "cannot-link ignored");
        List<List<String>> confirmed = m.cluster(items, HumanDecisions.none().confirmSame("r", "s"));
        assertEquals(clusterOf(confirmed, "r"), clusterOf(confirmed, "s"), "confirmed pair not joined");
        // not-same also blocks joining through a third item
        List<List<String>> both = m.cluster(items, HumanDecisions.none().confirmSame("q", "r").markNotSame("p", "r"));
        assertNotEquals(clusterOf(both, "p"), clusterOf(both, "r"));
    }

    @Test
    void similarToRespectsSinceAndLimit() {
        DuplicateMatcher m = TestMatchers.matcher();
        DuplicateIndex index = m.newIndex();
        index.add(new AgendaText("old", BoardName.of("VRU Board"), LocalDate.of(2020, 1, 1), "Knife crime among young people", "Trends in knife possession"));
        index.add(new AgendaText("new", BoardName.of("YOS Management Board"), LocalDate.of(2026, 1, 1), "Young people carrying knives", "Knife possession offences"));
        index.add(new AgendaText("new2", BoardName.of("Exploitation Subgroup"), LocalDate.of(2026, 2, 1), "Knife carrying by children", "Knife possession and weapons"));
        List<Match> all = index.similarTo("Knife crime and young people", "knife possession offences", BoardName.of("Community Safety Partnership"), null, 10);
        assertTrue(all.size() >= 2 && all.stream().anyMatch(x -> x.id().equals("old")), all.toString());
        for (int i = 1; i < all.size(); i++) assertTrue(all.get(i - 1).score() >= all.get(i).score());
        List<Match> recent = index.similarTo("Knife crime and young people", "knife possession offences", BoardName.of("Community Safety Partnership"),
                LocalDate.of(2025, 1, 1), 10);
        assertTrue(recent.stream().noneMatch(x -> x.id().equals("old")));
        assertEquals(1, index.similarTo("Knife crime and young people", "knife possession offences", null, null, 1).size());
    }

    @Test
    void everyItemIsInExactlyOneCluster() {
        DuplicateMatcher m = TestMatchers.matcher();
        List<AgendaText> items = List.of(item("a", "VRU Board", "Weapon detection at the town show", "Metal detectors at the gates"),
                item("b", "VRU Board", "", ""), item("c", "CSP", "Neglect toolkit training", null));
        List<List<String>> clusters = m.cluster(items);
        assertEquals(3, clusters.stream().mapToInt(List::size).sum());
        assertThrows(IllegalArgumentException.class, () -> m.cluster(List.of(items.get(0), items.get(0))));
    }

    /** A matter that comes back every two months on alternating boards is a series of groups, never one over years. */
    @Test
    void aRecurringMatterIsASeriesOfGroupsEachWithinTheWindow() {
        DuplicateMatcher m = TestMatchers.matcher();
        List<AgendaText> items = new java.util.ArrayList<>();
        String[] boards = {"VRU Board", "Community Safety Partnership"};
        for (int k = 0; k < 8; k++) {
            items.add(new AgendaText("r" + k, BoardName.of(boards[k % 2]), LocalDate.of(2022, 1, 10).plusMonths(2L * k),
                    "County lines: closing drug supply lines", "Police operations against county lines and children found in them"));
        }
        Map<String, LocalDate> dates = new java.util.HashMap<>();
        items.forEach(t -> dates.put(t.id(), t.meetingDate()));
        List<List<String>> clusters = m.cluster(items);
        assertTrue(clusters.stream().anyMatch(c -> c.size() > 1), "the matter is found: " + clusters);
        for (List<String> c : clusters) {
            LocalDate first = c.stream().map(dates::get).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = c.stream().map(dates::get).max(LocalDate::compareTo).orElseThrow();
            assertTrue(java.time.temporal.ChronoUnit.DAYS.between(first, last) <= m.settings().windowDays(),
                    "group spans " + first + " to " + last + ": " + c);
        }
    }

    /** Every group is close as a whole: the mean score of its cross-board pairs reaches the group threshold. */
    @Test
    void everyGroupIsCloseAsAWhole() throws Exception {
        DuplicateMatcher m = TestMatchers.matcher();
        List<AgendaText> items = PairwiseF1.items(PairwiseF1.read(QualityTest.tuningSet()));
        DuplicateIndex index = m.newIndex();
        index.addAll(items);
        Map<String, String> boardOf = new java.util.HashMap<>();
        items.forEach(t -> boardOf.put(t.id(), t.board().value()));
        for (List<String> c : index.cluster(HumanDecisions.none())) {
            double sum = 0;
            int pairs = 0;
            for (int i = 0; i < c.size(); i++)
                for (int j = i + 1; j < c.size(); j++)
                    if (!boardOf.get(c.get(i)).equals(boardOf.get(c.get(j)))) {
                        sum += index.score(c.get(i), c.get(j));
                        pairs++;
                    }
            if (pairs > 0) assertTrue(sum / pairs >= m.settings().groupThreshold() - 0.001, "loose group " + c + ": mean " + sum / pairs);
        }
    }
}
