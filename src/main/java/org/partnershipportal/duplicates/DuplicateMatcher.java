package org.partnershipportal.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Finds agenda items (or actions) on different boards that deal with the same matter, however worded.
 *
 * <p>Signals: a sentence embedding of the abbreviation-expanded text (all-MiniLM-L6-v2, in process) and a lexical
 * similarity (IDF-weighted cosine over Snowball stems, averaged with one over WordNet concepts; words that only name
 * the kind of paper, {@link TextAnalyzer#FORM_WORDS}, left out). A pair's score is their geometric mean, so both
 * meaning and wording must agree; while grouping it is weighted by the time between the two meetings
 * ({@link MatcherSettings#timeWeight}). A pair is proposed when the score reaches the
 * threshold and each is the other's best match on the other's board (reciprocal best hit); proposed pairs join two
 * groups only when the result spans at most the window and the mean score of all its cross-board pairs between the
 * two stays at the group threshold (average linkage), so groups are coherent and do not chain. Standing items are never
 * matched; items of the same board are never paired; human decisions (confirmed / not the same) are respected.
 *
 * <p>Build one matcher per application (it holds the embedding model and WordNet) and share it; it is thread-safe.
 */
public final class DuplicateMatcher {
    private final Abbreviations abbreviations;
    private final TextAnalyzer analyzer;
    private final StandingItems standingItems;
    private final Embedder embedder;
    private final MatcherSettings settings;

    /**
     * @param abbreviations glossary used to expand abbreviations (see {@link Abbreviations#defaultsPlus(Map)})
     * @param embedder      sentence embedder, or null for lexical signals only (lower quality)
     * @param useWordNet    add WordNet synonym concepts to the lexical signal
     * @param settings      thresholds, see {@link MatcherSettings#defaults()}
     */
    public DuplicateMatcher(Abbreviations abbreviations, Embedder embedder, boolean useWordNet, MatcherSettings settings) {
        this(abbreviations, new TextAnalyzer(abbreviations, useWordNet), embedder, settings);
    }

    private DuplicateMatcher(Abbreviations abbreviations, TextAnalyzer analyzer, Embedder embedder, MatcherSettings settings) {
        this.abbreviations = abbreviations;
        this.analyzer = analyzer;
        this.standingItems = new StandingItems(abbreviations);
        this.embedder = embedder;
        this.settings = settings;
    }

    /** This matcher with other settings (e.g. another time window for actions), sharing its model and WordNet. */
    public DuplicateMatcher withSettings(MatcherSettings otherSettings) {
        return new DuplicateMatcher(abbreviations, analyzer, embedder, otherSettings);
    }

    /** Default glossary, the in-process MiniLM model (shared per JVM), WordNet, default settings. */
    public static DuplicateMatcher createDefault() {
        return create(Map.of());
    }

    /** Default glossary plus the caller's abbreviations (e.g. the admin glossary); otherwise as {@link #createDefault()}. */
    public static DuplicateMatcher create(Map<String, String> extraAbbreviations) {
        return new DuplicateMatcher(Abbreviations.defaultsPlus(extraAbbreviations), SharedModel.get(), true,
                MatcherSettings.defaults());
    }

    /** One embedding model per JVM (it takes about a second to load, and tens of MB of native memory). */
    static final class SharedModel {
        private static volatile Embedder instance;
        private static volatile boolean tried;

        static Embedder get() {
            if (!tried) {
                synchronized (SharedModel.class) {
                    if (!tried) {
                        instance = Embedder.miniLmOrNull();
                        tried = true;
                    }
                }
            }
            return instance;
        }
    }

    /** A new, empty incremental index (for as-you-type look-up and for clustering a register). */
    public DuplicateIndex newIndex() {
        return new DuplicateIndex(this);
    }

    /** Clusters of ids; every item is in exactly one cluster (singletons for unmatched and standing items). */
    public List<List<String>> cluster(List<AgendaText> items) {
        return cluster(items, HumanDecisions.none());
    }

    /** As {@link #cluster(List)}, honouring confirmed pairs (always joined) and "not the same" pairs (never joined). */
    public List<List<String>> cluster(List<AgendaText> items, HumanDecisions decisions) {
        DuplicateIndex index = newIndex();
        Set<String> seen = new HashSet<>();
        for (AgendaText t : items) {
            if (!seen.add(t.id())) throw new IllegalArgumentException("duplicate id " + t.id());
            index.add(t);
        }
        return index.cluster(decisions);
    }

    /** Whether an item is standing business (apologies, minutes, AOB, the board's own annual report...). */
    public boolean isStanding(AgendaText item) {
        return standingItems.isStanding(item);
    }

    public Abbreviations abbreviations() {
        return abbreviations;
    }

    public MatcherSettings settings() {
        return settings;
    }

    TextAnalyzer analyzer() {
        return analyzer;
    }

    StandingItems standingItems() {
        return standingItems;
    }

    Embedder embedder() {
        return embedder;
    }

    /**
     * A short human reason: the most specific shared words, general synonyms that met, and the abbreviations behind
     * them, e.g. "same topic: mental, health, waiting; CAMHS = child and adolescent mental health services".
     */
    String reason(TextAnalyzer.Analysed a, String title, String description, ToDoubleFunction<String> idf) {
        TextAnalyzer.Analysed b = analyzer.analyse(title, description);
        Set<String> bTerms = new HashSet<>(Arrays.asList(b.terms()));
        List<String> shared = new ArrayList<>();
        for (String t : a.terms()) if (bTerms.contains(t)) shared.add(t);
        List<String> top = new ArrayList<>(shared);
        top.sort(Comparator.comparingDouble(idf).reversed());
        Set<String> keep = new HashSet<>(top.subList(0, Math.min(4, top.size())));
        List<String> words = new ArrayList<>();
        for (String t : shared) if (keep.contains(t)) words.add(a.surface().getOrDefault(t, t));

        List<String> synonyms = new ArrayList<>();
        Set<String> bConcepts = new HashSet<>(Arrays.asList(b.concepts()));
        for (String c : a.concepts()) {
            if (!bConcepts.contains(c) || synonyms.size() >= 2) continue;
            String wa = a.conceptSurface().get(c), wb = b.conceptSurface().get(c);
            // inflections (child/children, knife/knives) are not worth showing as synonyms
            if (wa != null && wb != null && !analyzer.stem(wa).equals(analyzer.stem(wb))
                    && !(wa.length() >= 4 && wb.length() >= 4 && wa.regionMatches(0, wb, 0, 4))) {
                String pair = wa + " ~ " + wb;
                if (!synonyms.contains(pair)) synonyms.add(pair);
            }
        }
        Set<String> sharedSet = new HashSet<>(shared);
        Set<String> abbr = new LinkedHashSet<>();
        for (String e : concat(a.expansions(), b.expansions())) {
            // shown when most of the expansion's content words are what the two items share
            String exp = e.substring(e.indexOf(" = ") + 3);
            int content = 0, hit = 0;
            for (String w : exp.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
                if (w.isEmpty() || TextAnalyzer.isStopWord(w)) continue;
                content++;
                if (sharedSet.contains(analyzer.stem(w))) hit++;
            }
            if (content > 0 && hit * 2 >= content) abbr.add(e);
        }
        StringBuilder sb = new StringBuilder();
        if (!words.isEmpty()) sb.append("same topic: ").append(String.join(", ", words));
        if (!synonyms.isEmpty()) sb.append(sb.length() > 0 ? "; " : "").append("similar words: ").append(String.join(", ", synonyms));
        for (String e : abbr) sb.append(sb.length() > 0 ? "; " : "").append(e);
        if (sb.length() == 0) sb.append("similar meaning");
        return sb.toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        for (String x : b) if (!out.contains(x)) out.add(x);
        return out;
    }
}
