package org.partnershipportal.duplicates;

import org.partnershipportal.testsupport.Timings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's benchmark of the cross-board duplicate matcher, on a synthetic register of 100,000 agenda items and
 * 200,000 actions over 6 boards and 10 years. For each it prints, and writes to {@code target/benchmarks/duplicates.txt}
 * (or {@code $BENCHMARK_REPORT_DIR/duplicates.txt}):
 * <ul>
 *     <li>p50/p95 of the as-you-type duplicate check ({@code similarTo}, limit 10; goal p95 &le; 20 ms);</li>
 *     <li>the time of the full duplicates report (clustering the whole register; goal &le; 5 s);</li>
 *     <li>the heap it needs;</li>
 *     <li>the same figures for brute force in the same process (every item scored per query; all cross-board pairs
 *     in the time window for the report), as ratios.</li>
 * </ul>
 * Brute-force clustering of the whole register takes minutes to tens of minutes, so by default it runs on the first
 * {@code benchmark.bruteSubset} items of the register and its time is extrapolated by the square of the size (the
 * number of pairs); {@code -Dbenchmark.bruteForce=full} runs it on the whole register instead.
 *
 * <p>Run: {@code mvn verify -Pbenchmark} (Failsafe runs {@code *Benchmark}); alone:
 * {@code mvn test -Dtest=DuplicateBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Sizes:
 * {@code -Dbenchmark.items=100000 -Dbenchmark.actions=200000 -Dbenchmark.queries=1000 -Dbenchmark.bruteSubset=10000};
 * {@code -Dbenchmark.cutFraction=0.02} is the selective-term cut of the trade-off line printed last.
 * Timings are reported, not asserted (they depend on the machine); that the indexed results equal brute force's is
 * asserted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@UsesDemoPartnership
class DuplicateBenchmark {
    static final String[] BOARDS = {"Children's Safeguarding Partnership", "Community Safety Partnership", "VRU Board",
            "YOS Management Board", "Exploitation Subgroup", "Missing and Exploited Children Panel"};

    /** topic: title variants | description variants (paraphrases of one matter). */
    static final String[][][] TOPICS = {
            {{"County lines update", "Drug supply lines and child exploitation", "County lines: police operations", "Children exploited through drug lines"},
             {"Recent county lines operations and drug line closures", "Young people recruited to move drugs between towns", "Safeguarding response to children found in drug supply"}},
            {{"Missing children: repeat episodes", "Children who go missing repeatedly", "Repeat missing teenagers: patterns", "Repeat missing episodes among teenagers"},
             {"Teenagers with several missing episodes a quarter", "Return home interviews and patterns of repeat missing", "Police missing reports for under-18s"}},
            {{"Serious Violence Duty: needs assessment", "SNA for serious violence", "Serious violence strategic needs assessment", "Duty to tackle serious violence"},
             {"Strategic needs assessment required under the serious violence duty", "Partners' duty to prepare a serious violence strategy", "Data sharing for the serious violence needs assessment"}},
            {{"NRM referrals for children", "National Referral Mechanism data", "Modern slavery referrals of young people", "Child trafficking and the NRM"},
             {"Number of NRM referrals for under-18s and decision times", "Reasonable grounds decisions for children referred as possible victims", "Use of the NRM for children exploited by gangs"}},
            {{"Contextual safeguarding roll-out", "Extra-familial harm: places and peer groups", "Assessing locations and peer networks", "Contextual safeguarding approach"},
             {"Peer group and location assessments for extra-familial harm", "Harm outside the family in parks, schools and online", "Progress on the contextual safeguarding approach"}},
            {{"Knife crime among young people", "Young people carrying knives", "Knife possession offences", "Weapon carrying by under-25s"},
             {"Trends in knife possession offences involving young people", "Stabbings and weapon carrying among teenagers", "Weapon awareness programmes for young people"}},
            {{"Online harm and sextortion", "Online safety: sexual extortion", "Children harmed online", "Financially motivated sexual extortion"},
             {"Rise in online sexual extortion of teenagers", "Advice for schools and parents about online harm", "Police data on sextortion of children"}},
            {{"Transitions to adult services", "Young adults at 18: transition planning", "Safeguarding young people into adulthood", "Moving from youth justice to probation"},
             {"Support for exploited young people as they reach adulthood", "Young people turning 18 moving to adult services", "Transition from children's to adult safeguarding"}},
            {{"CAMHS waiting times", "Access to mental health support", "Child and adolescent mental health waits", "Emotional wellbeing and mental health services"},
             {"Weeks teenagers wait before a first mental health appointment", "CAMHS delays for young people the YOS supervises", "Mental health treatment for adolescents"}},
            {{"School exclusions and exploitation", "Exclusion from school and serious youth violence", "Children out of school", "Exclusion from education and risk"},
             {"More pupils excluded for good and the risk of grooming", "Excluded pupils and their part in violent incidents", "Education inclusion plan and alternative provision"}},
            {{"Where young people leaving care live", "Homes for care-experienced young adults", "Unregulated placements for care leavers", "Supported lodgings supply"},
             {"Whether flats and hostels suit care-experienced young adults", "Risk of homelessness at 18 after care", "Use of unregulated and unregistered placements"}},
            {{"MACE panel performance", "Multi-agency child exploitation meeting", "Child exploitation panel referrals", "MACE referrals and outcomes"},
             {"How many children the MACE panel sees and how quickly plans follow", "The exploitation panel's year in figures", "Outcomes for children discussed at MACE"}},
            {{"Youth voice survey", "Young people's own account of safe streets", "Young people's views on feeling safe", "Youth survey findings"},
             {"Questionnaire for teenagers on unsafe streets and parks", "Results of the questionnaire on unsafe streets", "What would help young people feel safe"}},
            {{"Prevent referrals of children", "Prevent duty and young people", "Radicalisation concerns about children", "Channel panel cases"},
             {"Prevent referral numbers and outcomes for teenagers", "Extremism worries about teenagers and Channel support", "Channel panel work with children"}},
            {{"Disrupting perpetrators of exploitation", "Civil orders against exploiters", "Use of CAWNs and STROs", "Perpetrator disruption"},
             {"Warning notices served on adults who groom children", "Slavery and trafficking risk orders", "Enforcement options against adults who exploit children"}},
            {{"Domestic abuse and children", "Children affected by domestic abuse", "MARAC and children", "Domestic abuse: impact on young people"},
             {"Children as victims of domestic abuse in their own right", "MARAC referrals involving children", "Support for children living with domestic abuse"}},
            {{"Anti-social behaviour hotspots", "ASB in the town centre", "Youth anti-social behaviour", "Dispersal orders and ASB"},
             {"ASB hotspots and dispersal orders", "Anti-social behaviour by groups of young people", "Community response to anti-social behaviour"}},
            {{"Out of court disposals", "Diversion from the youth justice system", "First-time entrants and diversion", "Youth diversion programme"},
             {"Use of diversion and out of court disposals", "First-time entrants to the youth justice system", "Outcomes of the youth diversion scheme"}},
            {{"Neglect: partnership approach", "Tackling child neglect", "Graded care profile roll-out", "Neglect: progress report"},
             {"How the neglect approach is going", "Graded care profile assessments completed", "Training practitioners to recognise neglect"}},
            {{"Child sexual exploitation", "CSE risk and response", "Sexual exploitation of young people", "Tackling CSE"},
             {"Children at risk of child sexual exploitation", "Hotels, taxis and CSE disruption", "Multi-agency response to sexual exploitation"}},
            {{"Recording hate incidents", "Hate incident recording by community venues", "Hate crime trends", "Tackling hate crime"},
             {"Hate incidents recorded by community venues", "Hate incidents involving young people", "Community cohesion and hate crime"}},
            {{"Night-time economy safety", "Violence in the night-time economy", "Street pastors and late-night safety", "Safety of women at night"},
             {"Street pastors and violence at night", "Licensing and late-night venues", "Safety in the night-time economy"}},
            {{"Pupils off the school roll", "Elective home education numbers", "Children not on any school roll", "Home education and safeguarding"},
             {"Pupils off roll and home-educated pupil numbers", "Safeguarding children educated at home", "Tracking children missing education"}},
            {{"Harmful sexual behaviour in schools", "HSB between children", "Peer-on-peer sexual harm", "Sexual harassment in schools"},
             {"Harmful sexual behaviour between pupils", "Schools' response to sexual harassment", "Peer-on-peer abuse guidance"}},
    };

    static final String[] STANDING = {"Apologies", "Welcome and introductions", "Minutes of the last meeting",
            "Matters arising", "Action log", "Any other competent business", "AOB", "Dates of future meetings", "Terms of reference review",
            "Declarations of interest", "Annual report approval", "Forward plan"};

    static final String[] QUALIFIERS = {"", "Update: ", "Deep dive: ", "Quarterly report: ", "Briefing: "};


    /** Per topic (same order as TOPICS): what an action asks someone to do about it. */
    static final String[][] ACTION_TASKS = {
            {"share data on county lines operations and drug line closures", "map children found in drug supply lines", "report safeguarding referrals after county lines arrests"},
            {"analyse repeat missing episodes for teenagers", "audit the quality of return home interviews", "share police missing reports for under-18s weekly"},
            {"circulate the draft serious violence needs assessment", "agree the data sharing protocol for the serious violence duty", "publish the serious violence strategy"},
            {"report NRM referral numbers for children", "review reasonable grounds decision times for children", "train first responders on NRM referrals"},
            {"complete peer group and location assessments", "map places of extra-familial harm", "report progress on contextual safeguarding"},
            {"present knife possession trends among teenagers", "roll out weapon awareness sessions in schools", "review knife arch operations"},
            {"send sextortion advice to schools and parents", "report police data on online sexual extortion of children", "update the online safety guidance"},
            {"draft the transition protocol for exploited young people turning 18", "review transition planning with adult services", "agree handover from youth justice to probation"},
            {"report CAMHS waiting times for the YOS caseload", "agree a fast track to mental health assessment", "review emotional wellbeing support for adolescents"},
            {"analyse permanent exclusions and links to exploitation", "agree the education inclusion plan", "report on alternative provision places"},
            {"audit accommodation of care leavers", "reduce use of unregulated placements", "increase supported lodgings supply"},
            {"report MACE referrals and time to plan", "review outcomes for children discussed at MACE", "refresh the MACE referral form"},
            {"share youth survey findings on unsafe places", "invite young people to present survey results", "act on what young people said about feeling safe"},
            {"report Prevent referrals of under-18s", "review Channel panel work with children", "brief schools on radicalisation concerns"},
            {"report how many abduction warning notices were served", "review slavery and trafficking risk orders", "agree perpetrator disruption tactics"},
            {"report MARAC referrals involving children", "commission support for children living with domestic abuse", "review the domestic abuse strategy for children"},
            {"map anti-social behaviour hotspots", "review dispersal orders in the town centre", "agree the youth ASB response"},
            {"report first-time entrants to youth justice", "evaluate the youth diversion scheme", "review out of court disposals"},
            {"roll out the graded care profile", "train practitioners to recognise neglect", "report how the neglect approach is going"},
            {"brief hotels and taxi drivers on CSE", "report children at risk of sexual exploitation", "review the multi-agency CSE response"},
            {"report hate crime trends", "recruit community venues to record hate incidents", "review hate incidents involving young people"},
            {"extend street pastors to late-night venues", "review licensing conditions for night-time venues", "report violence in the night-time economy"},
            {"report numbers of pupils off roll", "review safeguarding of children in elective home education", "track pupils who are off roll"},
            {"update harmful sexual behaviour guidance for schools", "audit schools' response to sexual harassment", "train staff on peer-on-peer abuse"},
    };

    static final String[] OWNERS = {"Police", "Local authority", "ICB", "YOS", "VRU", "Education lead", "Children's social care",
            "Public health", "Chair", "Community safety team"};

    static final String[] ACTION_FORMS = {"%s to %s", "%s to %s by the next meeting", "%s to %s and report back", "%s: %s"};

    static final int ITEMS = Integer.getInteger("benchmark.items", 100_000);
    static final int ACTIONS = Integer.getInteger("benchmark.actions", 200_000);
    static final int QUERIES = Integer.getInteger("benchmark.queries", 1000);
    static final int BRUTE_QUERIES = Math.min(QUERIES, 100);
    static final int BRUTE_SUBSET = Integer.getInteger("benchmark.bruteSubset", 10_000);
    static final boolean BRUTE_FULL = "full".equals(System.getProperty("benchmark.bruteForce"));
    static final LocalDate START = LocalDate.of(2016, 1, 1);
    /** Four months in the middle of the registers, for a brute-force comparison at their full density. */
    static final LocalDate SLICE_FROM = LocalDate.of(2020, 1, 1), SLICE_TO = LocalDate.of(2020, 5, 1);
    static final int DAYS = 3652; // ten years
    static final double CUT_FRACTION = Double.parseDouble(System.getProperty("benchmark.cutFraction", "0.02"));
    static final double GOAL_P95_MS = 20, GOAL_REPORT_S = 5;
    /** Issue 15: nobody can act on a group of hundreds; a group is one matter at one time. */
    static final int GOAL_LARGEST_GROUP = 50;

    static Path reportFile;
    static DuplicateMatcher matcher;
    static Register items;

    /** A synthetic register; topic[i] is the topic of row i (-1 for a standing item). */
    record Register(List<AgendaText> rows, int[] topic) {}

    @BeforeAll
    static void loadTheMatcher() throws IOException {
        String dir = System.getenv("BENCHMARK_REPORT_DIR");
        Path reportDir = dir != null && !dir.isBlank() ? Path.of(dir)
                : Path.of(System.getProperty("project.basedir", "."), "target", "benchmarks");
        Files.createDirectories(reportDir);
        reportFile = reportDir.resolve("duplicates.txt");
        Files.writeString(reportFile, "", StandardCharsets.UTF_8);
        Runtime rt = Runtime.getRuntime();
        print("Duplicate matcher benchmark, %s", Instant.now().truncatedTo(ChronoUnit.SECONDS));
        print("machine: %d processors, Java %s, max heap %.0f MB", rt.availableProcessors(),
                System.getProperty("java.version"), rt.maxMemory() / 1e6);
        gc();
        long h0 = usedHeap();
        long t0 = System.nanoTime();
        matcher = DuplicateMatcher.createDefault();
        long t1 = System.nanoTime();
        gc();
        print("embedding model + WordNet: loaded in %.1f s, %.0f MB of heap (the model's weights are native memory)",
                (t1 - t0) / 1e9, (usedHeap() - h0) / 1e6);
        items = agendaItems(ITEMS, new Random(42));
    }

    @Test
    @Order(1)
    void agendaItems() throws IOException {
        Random rnd = new Random(7);
        measure("agenda items", items, q -> {
            String[][] topic = TOPICS[rnd.nextInt(TOPICS.length)];
            // a unique tail, so that every query's embedding is really computed
            return new String[]{topic[0][rnd.nextInt(topic[0].length)] + " " + (q + 1),
                    topic[1][rnd.nextInt(topic[1].length)], BOARDS[rnd.nextInt(BOARDS.length)]};
        });
    }

    @Test
    @Order(2)
    void actions() throws IOException {
        Register actions = actions(ACTIONS, items, new Random(43));
        Random rnd = new Random(8);
        measure("actions", actions, q -> {
            String[] tasks = ACTION_TASKS[rnd.nextInt(ACTION_TASKS.length)];
            return new String[]{action(rnd, tasks) + " " + (q + 1), "", BOARDS[rnd.nextInt(BOARDS.length)]};
        });
    }

    @AfterAll
    static void where() {
        if (reportFile != null) System.out.println("figures written to " + reportFile.toAbsolutePath());
    }

    static void measure(String what, Register register, IntFunction<String[]> query) throws IOException {
        CpuShare cpu = CpuShare.start();
        List<AgendaText> rows = register.rows();
        int n = rows.size();
        long standing = Arrays.stream(register.topic()).filter(t -> t < 0).count();
        print("");
        print("== %s: %,d over %d boards, %s to %s; %.0f %% standing items; %,d distinct texts", what, n, BOARDS.length,
                START, START.plusDays(DAYS - 1), 100.0 * standing / n, distinctTexts(rows));

        // index
        gc();
        long h0 = usedHeap();
        long t0 = System.nanoTime();
        DuplicateIndex index = matcher.newIndex();
        index.addAll(rows);
        long t1 = System.nanoTime();
        gc();
        long h1 = usedHeap();
        print("index build: %.1f s (nearly all of it embedding the distinct texts; in the portal each is embedded once, "
                + "when saved)", (t1 - t0) / 1e9);
        print("heap retained by the index: %.0f MB (%.2f KB per %s; the register's own records not counted)",
                (h1 - h0) / 1e6, (h1 - h0) / 1e3 / n, what.replaceAll("s$", ""));

        // as-you-type
        List<String[]> qs = new ArrayList<>();
        for (int q = 0; q < QUERIES; q++) qs.add(query.apply(q));
        LocalDate since = START.plusDays(DAYS).minusYears(2);
        for (int w = 0; w < 200; w++) {
            String[] q = qs.get(w % qs.size());
            index.similarTo(q[0] + " warm-up", q[1], BoardName.of(q[2]), null, 10);
        }
        double[] all = new double[QUERIES], recent = new double[QUERIES];
        for (int k = 0; k < QUERIES; k++) {
            String[] q = qs.get(k);
            long a = System.nanoTime();
            index.similarTo(q[0], q[1], BoardName.of(q[2]), null, 10);
            all[k] = (System.nanoTime() - a) / 1e6;
            a = System.nanoTime();
            index.similarTo(q[0] + " x", q[1], BoardName.of(q[2]), since, 10);
            recent[k] = (System.nanoTime() - a) / 1e6;
        }
        double[] brute = new double[BRUTE_QUERIES];
        int same = 0;
        for (int k = 0; k < BRUTE_QUERIES; k++) {
            String[] q = qs.get(k);
            long a = System.nanoTime();
            List<Match> b = BruteForceReference.similarTo(index, q[0] + " y", q[1], BoardName.of(q[2]), null, 10);
            brute[k] = (System.nanoTime() - a) / 1e6;
            List<Match> f = index.similarTo(q[0] + " y", q[1], BoardName.of(q[2]), null, 10);
            if (sameScores(b, f)) same++;
        }
        double p95 = Timings.percentile(all, 95);
        print("as-you-type check (similarTo, limit 10, all years; %,d queries, each embedding a new text): "
                + "p50 %.2f ms, p95 %.2f ms  [goal p95 <= %.0f ms: %s]", QUERIES, Timings.percentile(all, 50), p95, GOAL_P95_MS,
                p95 <= GOAL_P95_MS ? "met" : "NOT MET");
        print("  the same, only the last 2 years: p50 %.2f ms, p95 %.2f ms", Timings.percentile(recent, 50), Timings.percentile(recent, 95));
        print("  brute force (every %s scored; %d queries): p50 %.2f ms, p95 %.2f ms -> the index is %.1fx faster at "
                + "p95; same top-10 scores in %d/%d queries", what.replaceAll("s$", ""), BRUTE_QUERIES, Timings.percentile(brute, 50),
                Timings.percentile(brute, 95), Timings.percentile(brute, 95) / p95, same, BRUTE_QUERIES);

        // full duplicates report
        resetPeakHeap();
        TimedReports reports = threeReports(index);
        double[] runs = reports.seconds();
        List<List<String>> clusters = reports.groups();
        long peak = peakHeap();
        gc();
        long h2 = usedHeap();
        double reportS = Timings.percentile(runs, 50);
        long multi = clusters.stream().filter(c -> c.size() > 1).count();
        int largest = clusters.stream().mapToInt(List::size).max().orElse(0);
        print("full duplicates report (clustering all %,d): %.2f s, the median of %.2f, %.2f and %.2f s  [goal <= %.0f s: "
                        + "%s]; %,d clusters, %,d with more than one, largest %,d [goal <= %d: %s]", n, reportS, runs[0], runs[1], runs[2],
                GOAL_REPORT_S, reportS <= GOAL_REPORT_S ? "met" : "NOT MET", clusters.size(), multi,
                largest, GOAL_LARGEST_GROUP, largest <= GOAL_LARGEST_GROUP ? "met" : "NOT MET");
        print("  %s", index.searchBounds());
        // the embeddings' dot product in the same run: the report above computes it as the server does (the Vector API,
        // the units' --add-modules=jdk.incubator.vector, which surefire's JVM has too); the plain loop is the baseline (its
        // reports run after, with the rest of the code already compiled: if anything, in its favour)
        ByteDotProduct used = index.dotProduct();
        index.computeDotProductsWith(ByteDotProduct.PLAIN);
        TimedReports plain = threeReports(index);
        double[] plainRuns = plain.seconds();
        List<List<String>> plainClusters = plain.groups();
        index.computeDotProductsWith(used);
        double plainS = Timings.percentile(plainRuns, 50);
        print("  embedding dot products: %s; the same report with the plain loop: %.2f s (the median of %.2f, %.2f and %.2f s), "
                + "%.2fx the time; the same groups: %s", used.description(), plainS, plainRuns[0], plainRuns[1], plainRuns[2],
                plainS / reportS, plainClusters.equals(clusters) ? "yes" : "NO");
        assertThat(plainClusters).as("the groups with the plain loop's dot products").isEqualTo(clusters);
        print("  the largest group: %s", describeLargest(clusters, register));
        // the portal's report also links each group to the same matter's earlier round (over the groups it shows)
        List<List<String>> shown = clusters.stream().filter(c -> c.size() > 1).toList();
        long series0 = System.nanoTime();
        int[] earlier = index.earlierRounds(shown);
        print("  linking each of the %,d groups to its earlier round (\"also on these boards earlier\"): %.2f s more; %,d groups linked",
                shown.size(), (System.nanoTime() - series0) / 1e9, Arrays.stream(earlier).filter(g -> g >= 0).count());
        // the design before issue 15 in the same run: what coherent grouping costs, and the groups it avoided
        DuplicateIndex single = matcher.withSettings(matcher.settings().withLinkage(MatcherSettings.Linkage.SINGLE, 0)).newIndex();
        single.addAll(rows); // the embeddings come from the model's cache
        gc();
        long single0 = System.nanoTime();
        List<List<String>> singleClusters = single.cluster(HumanDecisions.none());
        print("  the same report with single-link union-find (the grouping before issue 15): %.2f s; largest group %,d",
                (System.nanoTime() - single0) / 1e9, singleClusters.stream().mapToInt(List::size).max().orElse(0));
        print("  heap: %.0f MB retained with the index and the report's result; peak in use during the report "
                + "%.0f MB (an upper bound: it includes garbage not yet collected)", (h2 - h0) / 1e6, peak / 1e6);

        // brute force all pairs
        List<List<String>> reference = null;
        if (BRUTE_FULL) {
            resetPeakHeap();
            long b0 = System.nanoTime();
            reference = BruteForceReference.cluster(index);
            double bruteS = (System.nanoTime() - b0) / 1e9;
            print("  brute force, all cross-board pairs within the window, all %,d: %.1f s (%.0fx the indexed "
                    + "report), peak heap %.0f MB; indexed vs brute force (pairwise): %s", n, bruteS, bruteS / reportS,
                    peakHeap() / 1e6, agreement(reference, clusters));
        } else {
            int m = Math.min(BRUTE_SUBSET, n);
            DuplicateIndex small = matcher.newIndex();
            small.addAll(rows.subList(0, m));
            long s0 = System.nanoTime();
            List<List<String>> fast = small.cluster(HumanDecisions.none());
            long s1 = System.nanoTime();
            List<List<String>> subsetReference = BruteForceReference.cluster(small);
            long s2 = System.nanoTime();
            double fastS = (s1 - s0) / 1e9, bruteS = (s2 - s1) / 1e9, scale = Math.pow((double) n / m, 2);
            print("  brute force, all cross-board pairs within the window, on the first %,d: %.2f s against %.2f s "
                    + "indexed (%.0fx); extrapolated to %,d by the number of pairs: ~%.0f s, %.0fx the indexed report "
                    + "(-Dbenchmark.bruteForce=full measures it)", m, bruteS, fastS, bruteS / Math.max(fastS, 1e-9), n,
                    bruteS * scale, bruteS * scale / reportS);
            print("  indexed vs brute-force clusters on those %,d (pairwise): %s", m, agreement(subsetReference, fast));
            // The first rows are spread over all ten years, so each has a tenth (items) or a twentieth (actions) of the
            // neighbours it has in the whole register, and the 40 candidates kept per item are rarely too few: that agreement flatters. A
            // slice of four months keeps the register's full density, where many near-identical rows compete.
            List<AgendaText> slice = rows.stream().filter(r -> !r.meetingDate().isBefore(SLICE_FROM) && r.meetingDate().isBefore(SLICE_TO)).toList();
            DuplicateIndex dense = matcher.newIndex();
            dense.addAll(slice);
            print("  indexed vs brute-force clusters on the %,d rows of %s to %s (the register's full density; pairwise): %s",
                    slice.size(), SLICE_FROM, SLICE_TO.minusDays(1),
                    agreement(BruteForceReference.cluster(dense), dense.cluster(HumanDecisions.none())));
        }
        assertThat(same).as("indexed look-ups return brute force's top 10").isEqualTo(BRUTE_QUERIES);

        // the trade-off: fewer terms propose candidates (they are all still scored)
        MatcherSettings cut = matcher.settings().withSelectiveDfFraction(CUT_FRACTION);
        index = null;
        DuplicateIndex cutIndex = matcher.withSettings(cut).newIndex();
        cutIndex.addAll(rows); // the embeddings come from the model's cache
        long v0 = System.nanoTime();
        List<List<String>> cutClusters = cutIndex.cluster(HumanDecisions.none());
        double cutS = (System.nanoTime() - v0) / 1e9;
        print("  with selectiveDfFraction %.2f instead of %.2f (terms in more than %.0f %% of the register, and more "
                        + "than 1,000 rows, propose no candidates): report %.2f s; %,d clusters with more than one; "
                        + "against the default's clusters (pairwise): %s%s", CUT_FRACTION,
                matcher.settings().selectiveDfFraction(), 100 * CUT_FRACTION, cutS,
                cutClusters.stream().filter(c -> c.size() > 1).count(), agreement(clusters, cutClusters),
                reference == null ? "" : "; against brute force: " + agreement(reference, cutClusters));
        print("  %s", cpu.end());
    }

    /** How much of the machine this JVM had while measuring: timings are inflated when other processes ran. */
    record CpuShare(long wallNs, long ownNs, double busyAtStartS) {
        static CpuShare start() {
            return new CpuShare(System.nanoTime(), ownCpuNs(), machineBusyS());
        }

        String end() {
            double wall = (System.nanoTime() - wallNs) / 1e9, own = (ownCpuNs() - ownNs) / 1e9;
            double busy = machineBusyS();
            String others = Double.isNaN(busy) || Double.isNaN(busyAtStartS) ? "unknown"
                    : String.format(Locale.ROOT, "%.0f CPU-s", Math.max(0, busy - busyAtStartS - own));
            return String.format(Locale.ROOT, "CPU: this JVM %.0f CPU-s, other processes %s, in %.0f s on %d processors "
                    + "(timings are inflated when other processes ran)", own, others, wall,
                    Runtime.getRuntime().availableProcessors());
        }

        static long ownCpuNs() {
            return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : 0;
        }

        /** Busy CPU seconds of the whole machine since boot (Linux /proc/stat, in USER_HZ = 100 ticks), or NaN. */
        static double machineBusyS() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long busy = 0;
                for (int k : new int[]{1, 2, 3, 6, 7}) busy += Long.parseLong(f[k]); // user nice system irq softirq
                return busy / 100.0;
            } catch (IOException | RuntimeException e) {
                return Double.NaN;
            }
        }
    }

    // ------------------------------------------------------------------ synthetic registers

    static Register agendaItems(int count, Random rnd) {
        List<AgendaText> out = new ArrayList<>(count);
        int[] topics = new int[count];
        for (int i = 0; i < count; i++) {
            String board = BOARDS[rnd.nextInt(BOARDS.length)];
            LocalDate date = START.plusDays(rnd.nextInt(DAYS));
            String title, desc;
            if (rnd.nextInt(100) < 20) {
                title = STANDING[rnd.nextInt(STANDING.length)];
                desc = "";
                topics[i] = -1;
            } else {
                topics[i] = rnd.nextInt(TOPICS.length);
                String[][] topic = TOPICS[topics[i]];
                title = QUALIFIERS[rnd.nextInt(QUALIFIERS.length)] + topic[0][rnd.nextInt(topic[0].length)];
                desc = topic[1][rnd.nextInt(topic[1].length)];
            }
            out.add(new AgendaText("i" + i, BoardName.of(board), date, title, desc));
        }
        return new Register(out, topics);
    }

    /** Actions arise from (non-standing) agenda items: same board and meeting date, a task on the item's topic. */
    static Register actions(int count, Register items, Random rnd) {
        int[] topical = java.util.stream.IntStream.range(0, items.rows().size()).filter(i -> items.topic()[i] >= 0).toArray();
        List<AgendaText> out = new ArrayList<>(count);
        int[] topics = new int[count];
        for (int a = 0; a < count; a++) {
            int i = topical[rnd.nextInt(topical.length)];
            AgendaText item = items.rows().get(i);
            topics[a] = items.topic()[i];
            out.add(new AgendaText("a" + a, item.board(), item.meetingDate(), action(rnd, ACTION_TASKS[topics[a]]), ""));
        }
        return new Register(out, topics);
    }

    static String action(Random rnd, String[] tasks) {
        return String.format(ACTION_FORMS[rnd.nextInt(ACTION_FORMS.length)], OWNERS[rnd.nextInt(OWNERS.length)],
                tasks[rnd.nextInt(tasks.length)]);
    }

    /** Three full reports' times, and the last one's groups. */
    record TimedReports(double[] seconds, List<List<String>> groups) {}

    /**
     * The full report three times in a row; the benchmark reports the median, since the first also compiles the code and
     * a busy moment of the machine should not decide alone.
     */
    static TimedReports threeReports(DuplicateIndex index) {
        double[] seconds = new double[3];
        List<List<String>> groups = null;
        for (int k = 0; k < seconds.length; k++) {
            long start = System.nanoTime();
            groups = index.cluster(HumanDecisions.none());
            seconds[k] = (System.nanoTime() - start) / 1e9;
        }
        return new TimedReports(seconds, groups);
    }

    /**
     * What the largest group holds: how many records, meetings (board and day), boards and topics of the register (a
     * topic is what the generator wrote its rows about: the nearest it has to a matter), and the days it spans.
     */
    static String describeLargest(List<List<String>> clusters, Register register) {
        List<String> largest = clusters.stream().max(java.util.Comparator.comparingInt(List::size)).orElse(List.of());
        Map<String, Integer> row = new HashMap<>();
        for (int k = 0; k < register.rows().size(); k++) row.put(register.rows().get(k).id(), k);
        Set<String> meetings = new HashSet<>(), boards = new HashSet<>();
        Set<Integer> topics = new HashSet<>();
        long first = Long.MAX_VALUE, last = Long.MIN_VALUE;
        for (String id : largest) {
            int k = row.get(id);
            AgendaText t = register.rows().get(k);
            meetings.add(t.board() + "/" + t.meetingDate());
            boards.add(String.valueOf(t.board()));
            topics.add(register.topic()[k]);
            if (t.meetingDate() == null) continue;
            first = Math.min(first, t.meetingDate().toEpochDay());
            last = Math.max(last, t.meetingDate().toEpochDay());
        }
        return String.format("%,d records from %,d meetings on %d boards, %d topic(s) of the register, over %d days",
                largest.size(), meetings.size(), boards.size(), topics.size(), first > last ? 0 : last - first);
    }

    static int distinctTexts(List<AgendaText> l) {
        Set<String> s = new HashSet<>();
        for (AgendaText t : l) s.add(t.title() + "\u0000" + t.description());
        return s.size();
    }

    // ------------------------------------------------------------------ measures

    static boolean sameScores(List<Match> a, List<Match> b) {
        if (a.size() != b.size()) return false;
        // both round to 3 decimals; summing in another order may move the last one
        for (int k = 0; k < a.size(); k++) if (Math.abs(a.get(k).score() - b.get(k).score()) > 0.0015) return false;
        return true;
    }

    /** Pairwise precision/recall of {@code test} against {@code reference} clusters. */
    static String agreement(List<List<String>> reference, List<List<String>> test) {
        Map<String, Integer> r = new HashMap<>();
        for (int c = 0; c < reference.size(); c++) for (String id : reference.get(c)) r.put(id, c);
        long tp = 0, refPairs = 0, testPairs = 0;
        for (List<String> c : reference) refPairs += (long) c.size() * (c.size() - 1) / 2;
        for (List<String> c : test) {
            testPairs += (long) c.size() * (c.size() - 1) / 2;
            Map<Integer, Integer> counts = new HashMap<>();
            for (String id : c) counts.merge(r.get(id), 1, Integer::sum);
            for (int k : counts.values()) tp += (long) k * (k - 1) / 2;
        }
        double p = testPairs == 0 ? 1 : tp / (double) testPairs, rec = refPairs == 0 ? 1 : tp / (double) refPairs;
        return String.format(Locale.ROOT, "precision %.3f, recall %.3f", p, rec);
    }

    static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    static void resetPeakHeap() {
        gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        return sum;
    }

    static void print(String format, Object... args) throws IOException {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        Files.writeString(reportFile, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
