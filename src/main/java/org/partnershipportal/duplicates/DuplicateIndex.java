package org.partnershipportal.duplicates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * An incremental index of agenda items (or actions) for as-you-type duplicate look-up and for clustering.
 *
 * <p>Per item it keeps: board, meeting day, whether it is a standing item, its sorted stem ids and WordNet concept
 * ids (each with an inverted index), and its sentence embedding quantised to one byte per dimension.
 * Score of a pair = sqrt(max(0, embedding cosine) x lexical), where lexical is the mean of the IDF-weighted cosines
 * of stems and of concepts. Since the embedding cosine is at most about 1 (a little above with one-byte vectors:
 * {@link #largestSelfCosine}), the score is at most sqrt(that x lexical): candidates come from the
 * inverted index and are scored in order of lexical similarity until that bound can no longer beat the results,
 * so look-ups never compare against the whole index. Grouping weights a pair's score by the time between the two
 * meetings ({@link MatcherSettings#timeWeight}); look-ups do not, so older items on the same matter still show.
 *
 * <p>Thread-safe: many concurrent readers, one writer at a time.
 */
public final class DuplicateIndex {
    private static final int NO_DAY = Integer.MIN_VALUE;

    private final DuplicateMatcher matcher;
    private final MatcherSettings settings;
    private final int dim;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    // items
    private int n;
    private String[] ids = new String[16];
    private int[] board = new int[16];
    private int[] day = new int[16];
    private boolean[] standing = new boolean[16];
    private int[][] terms = new int[16][];
    private int[][] concepts = new int[16][];
    private byte[] vectors;
    private float[] scale = new float[16];
    private String[] titles = new String[16];
    private String[] descriptions = new String[16];
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<String, Integer> boardIds = new LinkedHashMap<>();
    private final List<String> boardNames = new ArrayList<>();

    private final Field termField = new Field();
    private final Field conceptField = new Field();
    private int nonStanding;

    // IDF and per-item norms: recomputed in full when the index has grown by more than 1 % (always while it is
    // small); items added in between get norms under the current IDF
    private int idfAtSize = -1;
    private int normsUpTo = 0;
    private float[] normT = new float[0];
    private float[] normC = new float[0];
    /**
     * The largest embedding cosine of an indexed item with itself. One-byte vectors give a little above 1 (the rounding
     * of each dimension adds to the squares), so no pair's cosine exceeds this: the bounds on scores use it. Kept on
     * each add, one dot product; items are never removed from an index, so it only grows.
     */
    private float largestSelfCosine;
    /** The embeddings' dot product: the Vector API's where the JVM has it, else the plain loop (the same integers). */
    private ByteDotProduct dots = ByteDotProduct.FASTEST;

    DuplicateIndex(DuplicateMatcher matcher) {
        this.matcher = matcher;
        this.settings = matcher.settings();
        this.dim = matcher.embedder() == null ? 0 : matcher.embedder().dimension();
        this.vectors = new byte[16 * Math.max(dim, 1)];
        this.largestSelfCosine = dim == 0 ? 1f : 0f; // without embeddings every pair's embedding cosine counts as 1
    }

    /** One vocabulary with postings (item indexes in insertion order) and IDF. */
    private static final class Field {
        final Map<String, Integer> ids = new HashMap<>();
        int[][] postings = new int[64][];
        int[] df = new int[64];
        float[] idf = new float[0];

        int id(String s) {
            Integer i = ids.get(s);
            if (i != null) return i;
            int id = ids.size();
            ids.put(s, id);
            if (id == df.length) {
                df = Arrays.copyOf(df, id * 2);
                postings = Arrays.copyOf(postings, id * 2);
            }
            postings[id] = new int[4];
            return id;
        }

        void post(int term, int item) {
            int[] p = postings[term];
            if (df[term] == p.length) postings[term] = p = Arrays.copyOf(p, p.length * 2);
            p[df[term]++] = item;
        }

        void refreshIdf(int docs) {
            int v = ids.size();
            idf = new float[v];
            for (int t = 0; t < v; t++) idf[t] = idf(docs, df[t]);
        }

        void extendIdf(int docs) {
            int v = ids.size(), old = idf.length;
            if (v == old) return;
            idf = Arrays.copyOf(idf, v);
            for (int t = old; t < v; t++) idf[t] = idf(docs, df[t]);
        }

        float idfOf(String s, int docs) {
            Integer t = ids.get(s);
            return t == null || t >= idf.length ? idf(docs, 0) : idf[t];
        }
    }

    static float idf(int docs, int df) {
        return (float) Math.log((docs + 1.0) / (df + 0.5));
    }

    public int size() {
        lock.readLock().lock();
        try {
            return n;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Adds (or replaces nothing: ids must be unique) one item. Returns false if the id is already indexed. */
    public boolean add(AgendaText item) {
        boolean isStanding = matcher.standingItems().isStanding(item);
        TextAnalyzer.Analysed a = matcher.analyzer().analyse(item.title(), item.description());
        float[] v = (isStanding || dim == 0 || a.terms().length == 0) ? null : matcher.embedder().embed(a.embeddingText());
        lock.writeLock().lock();
        try {
            if (byId.containsKey(item.id())) return false;
            ensureCapacity(n + 1);
            int i = n;
            ids[i] = item.id();
            board[i] = boardIds.computeIfAbsent(item.board().value(), b -> { boardNames.add(b); return boardNames.size() - 1; });
            day[i] = item.meetingDate() == null ? NO_DAY : (int) item.meetingDate().toEpochDay();
            standing[i] = isStanding;
            titles[i] = item.title();
            descriptions[i] = item.description();
            if (isStanding) {
                terms[i] = new int[0];
                concepts[i] = new int[0];
            } else {
                terms[i] = idsOf(termField, a.terms(), i);
                concepts[i] = idsOf(conceptField, a.concepts(), i);
                nonStanding++;
            }
            if (v != null) {
                quantise(v, i);
                // a vector that is not a number (never seen) scores 0 (combine), so it bounds nothing either
                float self = embCos(i, i);
                if (self > largestSelfCosine) largestSelfCosine = self;
            }
            byId.put(item.id(), i);
            n++;
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void addAll(Iterable<AgendaText> items) {
        for (AgendaText t : items) add(t);
    }

    /** Whether the indexed item is a standing item (never matched). */
    public boolean isStanding(String id) {
        lock.readLock().lock();
        try {
            Integer i = byId.get(id);
            return i != null && standing[i];
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The words' ids, ascending and each once (the scoring's sums count a shared word once), posted for the item. */
    private int[] idsOf(Field f, String[] words, int item) {
        int[] out = Arrays.stream(words).mapToInt(f::id).sorted().distinct().toArray();
        for (int t : out) f.post(t, item);
        return out;
    }

    private void quantise(float[] v, int i) {
        float max = 1e-12f;
        for (float x : v) max = Math.max(max, Math.abs(x));
        float s = max / 127f;
        int off = i * dim;
        for (int k = 0; k < dim; k++) vectors[off + k] = (byte) Math.round(v[k] / s);
        scale[i] = s;
    }

    private void ensureCapacity(int c) {
        if (c <= ids.length) return;
        int m = Math.max(c, ids.length * 2);
        ids = Arrays.copyOf(ids, m);
        board = Arrays.copyOf(board, m);
        day = Arrays.copyOf(day, m);
        standing = Arrays.copyOf(standing, m);
        terms = Arrays.copyOf(terms, m);
        concepts = Arrays.copyOf(concepts, m);
        scale = Arrays.copyOf(scale, m);
        titles = Arrays.copyOf(titles, m);
        descriptions = Arrays.copyOf(descriptions, m);
        vectors = Arrays.copyOf(vectors, m * Math.max(dim, 1));
    }

    /** Brings IDF and norms up to date (see fields). Caller holds the read or write lock. */
    private void refreshStats(boolean full) {
        synchronized (this) {
            int docs = Math.max(nonStanding, 1);
            boolean recompute = full ? idfAtSize != n
                    : idfAtSize < 0 || (n < 1000 && n != idfAtSize) || n > idfAtSize * 1.01;
            if (recompute) {
                termField.refreshIdf(docs);
                conceptField.refreshIdf(docs);
                normT = new float[n];
                normC = new float[n];
                normsUpTo = 0;
                idfAtSize = n;
            } else if (normsUpTo < n) {
                termField.extendIdf(docs);
                conceptField.extendIdf(docs);
                normT = Arrays.copyOf(normT, n);
                normC = Arrays.copyOf(normC, n);
            }
            for (int i = normsUpTo; i < n; i++) {
                normT[i] = norm(terms[i], termField.idf);
                normC[i] = norm(concepts[i], conceptField.idf);
            }
            normsUpTo = n;
        }
    }

    private void refreshStats() {
        refreshStats(false);
    }

    private static float norm(int[] t, float[] idf) {
        double s = 0;
        for (int x : t) s += (double) idf[x] * idf[x];
        return (float) Math.sqrt(s);
    }

    // ------------------------------------------------------------------ scoring

    private boolean useConcepts() {
        return matcher.analyzer().usesWordNet();
    }

    /** Lexical similarity of two indexed items: mean of IDF-cosines over stems and concepts. */
    private float lexical(int i, int j) {
        float t = cos(terms[i], terms[j], termField.idf, normT[i], normT[j]);
        if (!useConcepts()) return t;
        return lexicalMean(t, cos(concepts[i], concepts[j], conceptField.idf, normC[i], normC[j]));
    }

    /**
     * The lexical signal with WordNet: the plain mean of the stems' and the concepts' cosines (without WordNet it is the
     * stems' cosine alone). Written once, for every path that scores a pair (the as-you-type search, the report's
     * chosen pairs, the whole-group test and a single query), so they give the same float for the same pair.
     */
    private static float lexicalMean(float stemCosine, float conceptCosine) {
        return (stemCosine + conceptCosine) / 2f;
    }

    private static float cos(int[] a, int[] b, float[] idf, float na, float nb) {
        if (na == 0 || nb == 0) return 0;
        double dot = 0;
        int x = 0, y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) { dot += (double) idf[a[x]] * idf[a[x]]; x++; y++; }
            else if (a[x] < b[y]) x++;
            else y++;
        }
        return (float) (dot / ((double) na * nb));
    }

    private float embCos(int i, int j) {
        if (dim == 0) return 1f;
        return cosineOfDot(dots.dot(vectors, i * dim, j * dim, dim), i, j);
    }

    /** Which dot product this index computes with (the benchmark compares the two in one run). */
    void computeDotProductsWith(ByteDotProduct dotProduct) {
        lock.writeLock().lock();
        try {
            dots = dotProduct;
        } finally {
            lock.writeLock().unlock();
        }
    }

    ByteDotProduct dotProduct() {
        lock.readLock().lock();
        try {
            return dots;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Items i's and j's embedding cosine from their vectors' integer dot product, however it was computed. */
    private float cosineOfDot(int dot, int i, int j) {
        return dot * (scale[i] * scale[j]); // the scales multiplied first: the same float from either end of a pair
    }

    /** A typed text's (unit, float) vector with item j's: summed in double, so the look-up's bound holds to the float's last bit. */
    private float embCos(float[] q, int j) {
        if (dim == 0 || q == null) return 1f;
        int oj = j * dim;
        double dot = 0;
        for (int k = 0; k < dim; k++) dot += (double) q[k] * vectors[oj + k];
        return (float) (dot * scale[j]);
    }

    /** The score of a pair; a signal that is not a number (a vector that is not, never seen) counts as 0. */
    static float combine(float emb, float lex) {
        return (float) Math.sqrt((emb > 0 ? emb : 0f) * (lex > 0 ? lex : 0f));
    }

    // ------------------------------------------------------------------ as-you-type look-up

    /**
     * Items on other boards that look like the same matter as the text being typed.
     *
     * @param excludeBoard the board of the item being written (its own items are recurring items, not duplicates);
     *                     may be null
     * @param since        only items with a meeting on or after this day (null: all)
     * @param limit        at most this many matches, best first
     * @return matches scoring at least the threshold; empty if the text is a standing item
     */
    public List<Match> similarTo(String title, String description, BoardName excludeBoard, LocalDate since, int limit) {
        AgendaText q = new AgendaText("?", excludeBoard, null, title, description);
        if (limit <= 0 || matcher.standingItems().isStanding(q)) return List.of();
        TextAnalyzer.Analysed a = matcher.analyzer().analyse(title, description);
        if (a.terms().length == 0) return List.of();
        float[] qv = dim == 0 ? null : matcher.embedder().embed(a.embeddingText());
        lock.readLock().lock();
        try {
            refreshStats();
            int exclude = excludeBoard == null ? -1 : boardIds.getOrDefault(excludeBoard.value(), -1);
            int sinceDay = since == null ? NO_DAY : (int) since.toEpochDay();
            float[] accT = new float[n];
            float[] accC = useConcepts() ? new float[n] : null;
            int[] touched = new int[64];
            int nt = 0;
            int docs = Math.max(nonStanding, 1);
            float qnT = queryNorm(termField, a.terms(), docs);
            float qnC = useConcepts() ? queryNorm(conceptField, a.concepts(), docs) : 0;
            for (int pass = 0; pass < (useConcepts() ? 2 : 1); pass++) {
                Field f = pass == 0 ? termField : conceptField;
                float[] acc = pass == 0 ? accT : accC;
                String[] words = pass == 0 ? a.terms() : a.concepts();
                for (String w : words) {
                    Integer t = f.ids.get(w);
                    if (t == null || t >= f.idf.length) continue;
                    float w2 = f.idf[t] * f.idf[t];
                    int[] p = f.postings[t];
                    for (int k = 0, m = f.df[t]; k < m; k++) {
                        int j = p[k];
                        if (board[j] == exclude || (sinceDay != NO_DAY && day[j] < sinceDay)) continue;
                        if (accT[j] == 0 && (accC == null || accC[j] == 0)) {
                            if (nt == touched.length) touched = Arrays.copyOf(touched, nt * 2);
                            touched[nt++] = j;
                        }
                        acc[j] += w2;
                    }
                }
            }
            // lexical similarity of each candidate, then best-first scoring with the bound sqrt(largest cosine x lexical)
            float thr = (float) settings.threshold();
            // the typed text's vector has length 1 and an item's at most sqrt(largestSelfCosine), so no cosine between
            // them exceeds this (with room for rounding): a pair whose lexical similarity leaves less cannot count
            double largestQueryCosine = Math.sqrt(largestSelfCosine) * (1 + ROUNDING_ROOM);
            float minLex = (float) (thr * thr / largestQueryCosine * (1 - ROUNDING_ROOM));
            long[] order = new long[nt];
            int m = 0;
            for (int k = 0; k < nt; k++) {
                int j = touched[k];
                float lt = (qnT == 0 || normT[j] == 0) ? 0 : accT[j] / (qnT * normT[j]);
                float lex = lt;
                if (accC != null) lex = lexicalMean(lt, (qnC == 0 || normC[j] == 0) ? 0 : accC[j] / (qnC * normC[j]));
                if (lex >= minLex) order[m++] = ((long) Float.floatToIntBits(lex) << 32) | j;
            }
            // best first (positive floats order as their bits): a max-heap, popped only as far as the bound allows,
            // costs less than sorting every candidate
            for (int k = m / 2 - 1; k >= 0; k--) siftDownMax(order, m, k);
            PriorityQueue<float[]> top = new PriorityQueue<>((x, y) -> Float.compare(x[0], y[0]));
            for (int left = m; left > 0; ) {
                long next = order[0];
                order[0] = order[--left];
                siftDownMax(order, left, 0);
                float lex = Float.intBitsToFloat((int) (next >>> 32));
                int j = (int) next;
                float bound = (float) Math.sqrt(largestQueryCosine * lex);
                if (top.size() == limit && bound <= top.peek()[0]) break;
                float s = combine(embCos(qv, j), lex);
                if (s < thr) continue;
                if (top.size() < limit) top.add(new float[]{s, j});
                else if (s > top.peek()[0]) { top.poll(); top.add(new float[]{s, j}); }
            }
            List<float[]> best = new ArrayList<>(top);
            best.sort((x, y) -> Float.compare(y[0], x[0]));
            List<Match> out = new ArrayList<>(best.size());
            for (float[] b : best) {
                int j = (int) b[1];
                out.add(new Match(ids[j], boardNames.get(board[j]), day[j] == NO_DAY ? null : LocalDate.ofEpochDay(day[j]),
                        titles[j], round(b[0]), matcher.reason(a, titles[j], descriptions[j], w -> termField.idfOf(w, Math.max(nonStanding, 1)))));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    private static float queryNorm(Field f, String[] words, int docs) {
        double s = 0;
        for (String w : words) {
            float x = f.idfOf(w, docs);
            s += (double) x * x;
        }
        return (float) Math.sqrt(s);
    }

    private static double round(float s) {
        return Math.round(s * 1000) / 1000.0;
    }

    /** Score of two indexed items (0 for standing items or same board); for tests and explanations. */
    public double score(String idA, String idB) {
        lock.readLock().lock();
        try {
            refreshStats();
            Integer i = byId.get(idA), j = byId.get(idB);
            if (i == null || j == null || standing[i] || standing[j] || board[i] == board[j]) return 0;
            return round(combine(embCos(i, j), lexical(i, j)));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Why two indexed items look alike (shared words, abbreviations behind them). */
    public String explain(String idA, String idB) {
        lock.readLock().lock();
        try {
            refreshStats();
            Integer i = byId.get(idA), j = byId.get(idB);
            if (i == null || j == null) return "";
            TextAnalyzer.Analysed a = matcher.analyzer().analyse(titles[i], descriptions[i]);
            return matcher.reason(a, titles[j], descriptions[j], w -> termField.idfOf(w, Math.max(nonStanding, 1)));
        } finally {
            lock.readLock().unlock();
        }
    }

    // ------------------------------------------------------------------ clustering

    /** Clusters every indexed item; see {@link DuplicateMatcher#cluster(List, HumanDecisions)}. */
    public List<List<String>> cluster(HumanDecisions decisions) {
        lock.readLock().lock();
        try {
            refreshStats(true);
            return groupsFrom(new CandidateSearch().run(), decisions == null ? HumanDecisions.none() : decisions);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * A recurring matter as a series of groups (issue 15): for each group (of indexed ids, as {@link #cluster} returns
     * them), the index of the latest earlier group of the same matter, or -1. A group is one round of a matter; the
     * earlier round is a group on two boards or more that ended before this one began and at most
     * {@link #SERIES_LOOK_BACK_WINDOWS} windows before it began (a board that takes a matter up again the next year
     * does so in that year's cycle of meetings, so up to about a year and a half after the last round ended), whose items are close to this group's on average (the group threshold, as for joining two parts of a
     * group, over every pair of their items, without the time fade: time apart is what makes them two rounds, and a
     * board's own earlier item on the matter counts here). Groups with undated items are not linked.
     */
    public int[] earlierRounds(List<List<String>> groups) {
        return earlierRounds(groups, true);
    }

    /** {@link #earlierRounds(List)}, with or without the bounds that skip most of the work (tests compare the two). */
    int[] earlierRounds(List<List<String>> groups, boolean skipByBound) {
        lock.readLock().lock();
        try {
            refreshStats(true);
            int count = groups.size();
            int[] earlier = new int[count];
            Arrays.fill(earlier, -1);
            int[][] members = new int[count][];
            int[] first = new int[count], last = new int[count];
            List<Integer> linkable = new ArrayList<>();
            for (int g = 0; g < count; g++) {
                members[g] = groups.get(g).stream().map(byId::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).toArray();
                first[g] = Integer.MAX_VALUE;
                last[g] = Integer.MIN_VALUE;
                boolean dated = members[g].length > 0;
                for (int i : members[g]) {
                    dated &= day[i] != NO_DAY;
                    first[g] = Math.min(first[g], day[i]);
                    last[g] = Math.max(last[g], day[i]);
                }
                if (dated && Arrays.stream(members[g]).map(i -> board[i]).distinct().count() >= 2) linkable.add(g);
            }
            linkable.sort((a, b) -> Integer.compare(last[a], last[b]));
            int[] byLast = linkable.stream().mapToInt(Integer::intValue).toArray();
            GroupWords[] words = new GroupWords[count];
            for (int g : byLast) words[g] = new GroupWords(members[g]);
            long lookBack = (long) SERIES_LOOK_BACK_WINDOWS * settings.windowDays();
            RoundTest roundTest = new RoundTest();
            for (int g : byLast) {
                // the latest group that ended before this one began, then back in time
                int k = lowerBound(byLast, last, first[g]) - 1;
                for (; k >= 0 && first[g] - (long) last[byLast[k]] <= lookBack; k--) {
                    int h = byLast[k];
                    // a cheap bound first: most earlier groups are other matters and share few words
                    if (skipByBound && words[g].meanScoreBound(words[h]) * roundTest.largestEmbCosRoot < settings.groupThreshold()) continue;
                    if (skipByBound ? roundTest.reaches(members[g], members[h], settings.groupThreshold())
                            : meanScoreWithoutFade(members[g], members[h]) >= settings.groupThreshold()) {
                        earlier[g] = h;
                        break;
                    }
                }
            }
            return earlier;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Bytes held by day-ordered copies of the vectors ({@code CandidateSearch.vectorsByDay}) in every report running in
     * this JVM: together they stay within a sixteenth of the heap's limit, so reports at the same time do not add up
     * to more.
     */
    private static final java.util.concurrent.atomic.AtomicLong COPIES_OF_VECTORS = new java.util.concurrent.atomic.AtomicLong();

    /** What the copies of the reports running now hold, in bytes (for tests). */
    static long bytesInCopiesOfVectors() {
        return COPIES_OF_VECTORS.get();
    }

    /** Counts {@code bytes} more of copies if they fit ({@link #COPIES_OF_VECTORS}); the caller gives them back. */
    private static boolean reserveCopyOfVectors(long bytes) {
        long limit = Runtime.getRuntime().maxMemory() / 16;
        while (true) {
            long held = COPIES_OF_VECTORS.get();
            if (held + bytes > limit) return false;
            if (COPIES_OF_VECTORS.compareAndSet(held, held + bytes)) return true;
        }
    }

    /** Relative room for rounding in the bounds: a float's last bit, and sums of a few thousand doubles. */
    private static final double ROUNDING_ROOM = 1e-6;

    /**
     * No pair's score exceeds this: a score is sqrt(embedding cosine x lexical similarity), the lexical similarity is
     * at most 1, and no embedding cosine exceeds {@link #largestSelfCosine} (with room for rounding in each).
     */
    private double largestScore() {
        return Math.sqrt(largestSelfCosine * (1 + ROUNDING_ROOM) * (1 + ROUNDING_ROOM));
    }

    /** How far back, in time windows, a group's earlier round may end (three half-year windows: a year and a half). */
    static final int SERIES_LOOK_BACK_WINDOWS = 3;

    /**
     * A group's words, for an upper bound of the mean score between two groups without scoring each pair. A pair's
     * lexical similarity is a sum over shared words of idf² / (norm(i) norm(j)), so its sum over every pair of two
     * groups is a sum over words of idf² × (the word's weight in one group) × (its weight in the other), where a
     * word's weight in a group is the sum of 1 / norm over the group's items that have it. The mean score is at most
     * the square root of the mean lexical similarity times that of the largest embedding cosine (a score is
     * sqrt(emb × lex), and the mean of square roots is at most the square root of the mean).
     */
    private final class GroupWords {
        final int size;
        final int[] termIds, conceptIds;
        final double[] termWeights, conceptWeights;

        GroupWords(int[] items) {
            size = items.length;
            java.util.TreeMap<Integer, Double> t = new java.util.TreeMap<>(), c = new java.util.TreeMap<>();
            for (int i : items) {
                if (normT[i] > 0) for (int x : terms[i]) t.merge(x, 1.0 / normT[i], Double::sum);
                if (normC[i] > 0) for (int x : concepts[i]) c.merge(x, 1.0 / normC[i], Double::sum);
            }
            termIds = t.keySet().stream().mapToInt(Integer::intValue).toArray();
            termWeights = t.values().stream().mapToDouble(Double::doubleValue).toArray();
            conceptIds = c.keySet().stream().mapToInt(Integer::intValue).toArray();
            conceptWeights = c.values().stream().mapToDouble(Double::doubleValue).toArray();
        }

        double meanScoreBound(GroupWords other) {
            double pairs = (double) size * other.size;
            double lex = overlap(termIds, termWeights, other.termIds, other.termWeights, termField.idf) / pairs;
            if (useConcepts()) {
                lex = (lex + overlap(conceptIds, conceptWeights, other.conceptIds, other.conceptWeights, conceptField.idf) / pairs) / 2;
            }
            return Math.sqrt(Math.max(0, lex));
        }

        private static double overlap(int[] a, double[] wa, int[] b, double[] wb, float[] idf) {
            double sum = 0;
            int x = 0, y = 0;
            while (x < a.length && y < b.length) {
                if (a[x] == b[y]) { sum += (double) idf[a[x]] * idf[a[x]] * wa[x] * wb[y]; x++; y++; }
                else if (a[x] < b[y]) x++;
                else y++;
            }
            return sum;
        }
    }

    /**
     * Whether two groups' mean score without fade reaches a threshold: the answer of {@code meanScoreWithoutFade(a, b)
     * >= threshold} with less work. Most of a pair's cost is its embedding cosine; its lexical similarity is cheap (one pass over
     * the other item's words, with a row's item marked) and bounds the score (a score is sqrt(emb × lex), and no embedding cosine exceeds the largest of an item with
     * itself, by Cauchy-Schwarz), so every pair's lexical similarity is taken first. If even those bounds cannot reach
     * the threshold, no cosine is computed. Otherwise the pairs are scored row by row in the same order as
     * {@link #meanScoreWithoutFade}, skipping pairs with no shared word (their score is 0), and the test stops as soon
     * as the sum so far reaches the threshold (scores are never negative, so the full sum would too) or the sum so far
     * plus the bounds of the pairs left cannot.
     */
    private final class RoundTest {
        /** No embedding cosine of two indexed items exceeds this (one-byte vectors give cosines a little above 1). */
        private final double largestEmbCos = largestSelfCosine * (1 + ROUNDING_ROOM);
        final double largestEmbCosRoot = Math.sqrt(largestEmbCos);
        private float[] lexicalOfPair = new float[64];
        private double[] boundOfRow = new double[8];
        private final MarkedWords marked = new MarkedWords();
        /**
         * The vectors of a row's item and of the other group's items as ints: Java 17 computes a dot product of two
         * int arrays much faster than one of two byte arrays (it does not vectorise the bytes' widening), and
         * the integer dot product, hence the cosine, is the same.
         */
        private final int[] rowVector = new int[dim];
        private int[] columnVectors = new int[0];

        private static int[] grow(int[] buffer, int size) {
            return buffer.length >= size ? buffer : new int[Math.max(size, 2 * buffer.length)];
        }

        private void widen(int item, int[] into, int at) {
            int from = item * dim;
            for (int k = 0; k < dim; k++) into[at + k] = vectors[from + k];
        }

        /** {@link DuplicateIndex#embCos(int, int)} of the row's item i and the other group's y-th item j. */
        private float embCosWithColumn(int i, int j, int y) {
            if (dim == 0) return 1f;
            int oj = y * dim, dot = 0;
            for (int k = 0; k < dim; k++) dot += rowVector[k] * columnVectors[oj + k];
            return cosineOfDot(dot, i, j);
        }

        boolean reaches(int[] a, int[] b, double threshold) {
            long pairs = (long) a.length * b.length;
            // buffers this large are not worth it; a vector that is not a number (never seen) bounds nothing
            if (pairs > 1 << 22 || (long) b.length * dim > 1 << 24 || !(largestEmbCos < Double.POSITIVE_INFINITY)) {
                return meanScoreWithoutFade(a, b) >= threshold;
            }
            if (lexicalOfPair.length < pairs) lexicalOfPair = new float[(int) Math.max(pairs, 2L * lexicalOfPair.length)];
            if (boundOfRow.length < a.length) boundOfRow = new double[Math.max(a.length, 2 * boundOfRow.length)];
            double bound = 0;
            for (int x = 0, p = 0; x < a.length; x++) {
                double row = 0;
                marked.mark(a[x]);
                for (int j : b) {
                    float lex = marked.lexical(a[x], j);
                    lexicalOfPair[p++] = lex;
                    if (lex > 0) row += Math.sqrt(largestEmbCos * lex);
                }
                marked.unmark(a[x]);
                boundOfRow[x] = row * (1 + ROUNDING_ROOM);
                bound += boundOfRow[x];
            }
            if (bound / pairs < threshold) return false;
            columnVectors = grow(columnVectors, b.length * dim);
            for (int y = 0; y < b.length; y++) widen(b[y], columnVectors, y * dim);
            double sum = 0;
            for (int x = 0, p = 0; x < a.length; x++) {
                widen(a[x], rowVector, 0);
                for (int y = 0; y < b.length; y++) {
                    float lex = lexicalOfPair[p++];
                    if (lex > 0) sum += combine(embCosWithColumn(a[x], b[y], y), lex);
                }
                if (sum / pairs >= threshold) return true;
                bound -= boundOfRow[x];
                if ((sum + bound) / pairs < threshold * (1 - ROUNDING_ROOM)) return false;
            }
            return false;
        }
    }

    /**
     * One item's stems and concepts marked with their squared IDF, so its lexical similarity to each candidate is
     * one pass over the candidate's words instead of a merge of two lists. The same products are added in the same
     * (ascending word) order as {@link #lexical}, so the score is the same float as {@link #groupingScore}'s.
     */
    private final class MarkedWords {
        final double[] termWeight = new double[termField.idf.length];
        final double[] conceptWeight = useConcepts() ? new double[conceptField.idf.length] : null;

        void mark(int i) {
            for (int t : terms[i]) termWeight[t] = (double) termField.idf[t] * termField.idf[t];
            if (conceptWeight != null) for (int t : concepts[i]) conceptWeight[t] = (double) conceptField.idf[t] * conceptField.idf[t];
        }

        void unmark(int i) {
            for (int t : terms[i]) termWeight[t] = 0;
            if (conceptWeight != null) for (int t : concepts[i]) conceptWeight[t] = 0;
        }

        float lexical(int i, int j) {
            float t = cosine(termWeight, terms[j], normT[i], normT[j]);
            if (conceptWeight == null) return t;
            return lexicalMean(t, cosine(conceptWeight, concepts[j], normC[i], normC[j]));
        }

        private static float cosine(double[] marked, int[] words, float na, float nb) {
            if (na == 0 || nb == 0) return 0;
            double dot = 0;
            for (int w : words) dot += marked[w];
            return (float) (dot / ((double) na * nb));
        }
    }

    private double meanScoreWithoutFade(int[] a, int[] b) {
        double sum = 0;
        for (int i : a) for (int j : b) sum += combine(embCos(i, j), lexical(i, j));
        return sum / ((double) a.length * b.length);
    }

    /**
     * Pairs of items on different boards that may be the same matter, with their scores, listed by item: the search's
     * output (each pair once, in one of its items' lists) and the grouping's input, which reads every pair from both
     * ends. The benchmarks' brute-force reference, in test code, builds one from every pair in the window.
     */
    record Candidates(int[][] items, float[][] scores) {
        /** Every scored pair: item i, its candidate j, their score (items with no candidates list are skipped). */
        void forEachPair(ScoredPair visit) {
            for (int i = 0; i < items.length; i++) {
                if (items[i] == null) continue;
                for (int k = 0; k < items[i].length; k++) visit.accept(i, items[i][k], scores[i][k]);
            }
        }
    }

    @FunctionalInterface
    interface ScoredPair {
        void accept(int i, int j, float score);
    }

    /**
     * Groups from candidate pairs: an edge is a pair above the threshold that is each item's best on the
     * other's board (within tolerance); confirmed pairs join first, then edges best first, never across a
     * "not the same" decision, and, with average linkage, only where the group still holds together.
     */
    List<List<String>> groupsFrom(Candidates candidates, HumanDecisions decisions) {
        float[] best = bestOnEachBoard(candidates);
        List<long[]> edges = reciprocalBestEdges(candidates, best);
        ConstrainedUnionFind uf = new ConstrainedUnionFind(n, ids, decisions);
        for (HumanDecisions.Pair p : decisions.confirmed()) {
            Integer a = byId.get(p.a()), b = byId.get(p.b());
            if (a != null && b != null) uf.union(a, b, ConstrainedUnionFind.CONFIRMED);
        }
        if (settings.linkage() == MatcherSettings.Linkage.AVERAGE) {
            uf.coherence(day, settings.windowDays(), board, (float) settings.groupThreshold(), new RowsOfGroupingScores());
        }
        for (long[] e : edges) uf.union((int) e[1], (int) e[2], Float.intBitsToFloat((int) e[0]));
        return uf.clusters();
    }

    /** The best score of each item on each other board, from both ends of every scored pair ({@code [item * boards + board]}). */
    private float[] bestOnEachBoard(Candidates candidates) {
        int boards = boardCount();
        float[] best = new float[n * boards];
        candidates.forEachPair((i, j, s) -> {
            int a = i * boards + board[j], b = j * boards + board[i];
            if (s > best[a]) best[a] = s;
            if (s > best[b]) best[b] = s;
        });
        return best;
    }

    /**
     * Pairs above the threshold that are a reciprocal best hit (within tolerance), best first, as (score bits, low, high).
     * Pairs with exactly the same score (recurring texts, items without a date) are ordered by their items' ids, not by
     * the order items were added: a node that indexed the same items in another order forms the same groups, and a pair
     * listed from both ends is tried twice in a row, so the second try changes nothing.
     */
    private List<long[]> reciprocalBestEdges(Candidates candidates, float[] best) {
        int boards = boardCount();
        float thr = (float) settings.threshold(), tol = (float) settings.bestTolerance();
        List<long[]> edges = new ArrayList<>();
        candidates.forEachPair((i, j, s) -> {
            if (s >= thr && s >= best[i * boards + board[j]] - tol && s >= best[j * boards + board[i]] - tol) {
                edges.add(new long[]{Float.floatToIntBits(s), Math.min(i, j), Math.max(i, j)});
            }
        });
        // best first by a sort of primitive keys (the score's bits, which order positive floats, then the edge's
        // position); only a run of equal scores is then ordered by ids, which compares strings
        long[] keys = new long[edges.size()];
        for (int e = 0; e < keys.length; e++) keys[e] = ((long) (Integer.MAX_VALUE - (int) edges.get(e)[0]) << 32) | e;
        Arrays.sort(keys);
        List<long[]> sorted = new ArrayList<>(keys.length);
        for (int from = 0, to; from < keys.length; from = to) {
            for (to = from + 1; to < keys.length && keys[to] >>> 32 == keys[from] >>> 32; ) to++;
            int firstOfRun = sorted.size();
            for (int k = from; k < to; k++) sorted.add(edges.get((int) keys[k]));
            if (to - from > 1) sorted.subList(firstOfRun, sorted.size()).sort(byIds);
        }
        return sorted;
    }

    private final Comparator<long[]> byIds = Comparator.comparing(this::lowerId).thenComparing(this::higherId);

    /** Of an edge's two items, the id that sorts first. */
    private String lowerId(long[] edge) {
        String a = ids[(int) edge[1]], b = ids[(int) edge[2]];
        return a.compareTo(b) <= 0 ? a : b;
    }

    private String higherId(long[] edge) {
        String a = ids[(int) edge[1]], b = ids[(int) edge[2]];
        return a.compareTo(b) <= 0 ? b : a;
    }

    /** The measured bound the candidate search relies on, and the days it searches: for the benchmark's report. */
    String searchBounds() {
        lock.readLock().lock();
        try {
            return String.format(java.util.Locale.ROOT, "largest self-cosine of the one-byte vectors %.5f, so candidates within %d days of the %d-day window",
                    largestSelfCosine, candidateWindowDays(), settings.windowDays());
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The largest number of days apart at which a pair can still reach the threshold: further apart, the time fade
     * leaves too little of even the largest score a pair can have ({@link #largestScore}), so such a pair can never be an
     * edge, and a scored pair below the threshold changes no edge either (an edge must be at least as good as the
     * best below it). Searching only this far keeps candidate slots for pairs that can still count.
     */
    private int candidateWindowDays() {
        int days = settings.windowDays();
        double largest = largestScore();
        while (days > 0 && settings.timeWeight(days) * largest < settings.threshold()) days--;
        return days;
    }

    /**
     * Finds each item's candidates through the index: items sorted by meeting day so each selective
     * posting list is cut to the window in which a pair can still count ({@link #candidateWindowDays}) by two binary
     * searches, the top {@code candidatesPerItem} by accumulated lexical weight kept, then scored exactly, each pair
     * once. Runs in a few chunks per core.
     */
    private final class CandidateSearch {
        final int[] byDay = new int[n];
        final int[] rank = new int[n];
        final int[] dayOfRank = new int[n];
        final int[] boardOfRank = new int[n];
        final int[][] termPostings;
        final int[][] conceptPostings;
        final int window = candidateWindowDays();
        final int perItem = settings.candidatesPerItem();
        // a candidate's tie-breaking key fills the low 32 bits of its heap entry: its day rank, and its nearness in time above
        final int rankBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n));
        final long rankMask = (1L << rankBits) - 1;
        final int maxNearness = (int) Math.min(Integer.MAX_VALUE, (1L << (32 - rankBits)) - 1);
        final int[][] items = new int[n][];  // each item's candidates
        final int[][] kept = new int[n][];   // the same, each pair once
        final float[][] scores = new float[n][];
        /**
         * The embeddings copied in meeting-day order for the scoring step, or null (then the index's own, in the order
         * items were added). Consecutive items' candidates are near in time, so in this order their vectors lie close
         * together and stay in the processor's cache; an index filled out of date order (a historic import, the
         * benchmark's registers) otherwise reads them from all over memory. It is one more copy of the vectors (the
         * embedding's dimension in bytes per record) while the report runs, about as much again as the rest of the
         * search's working memory, so it is made only when it fits, with the copies of any other reports running at
         * the same time, in a sixteenth of the heap's limit ({@link #COPIES_OF_VECTORS}): 32 MB, about 83,000 records
         * of one register, with the units' 512 MB. A rule on the limit, not on the heap free at that moment, which
         * garbage not yet collected makes vary from one report to the next.
         */
        final byte[] vectorsByDay;

        private float embCosByDay(int i, int j) {
            if (vectorsByDay == null) return embCos(i, j);
            return cosineOfDot(dots.dot(vectorsByDay, rank[i] * dim, rank[j] * dim, dim), i, j);
        }

        CandidateSearch() {
            // items in meeting-day order (undated first), so each posting list can be cut to the time window; within
            // a day by id, so the order (and every tie broken by it) does not depend on the order items were added
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) boxed[i] = i;
            Arrays.sort(boxed, Comparator.<Integer>comparingInt(x -> day[x]).thenComparing(x -> ids[x]));
            for (int r = 0; r < n; r++) {
                byDay[r] = boxed[r];
                rank[boxed[r]] = r;
            }
            vectorsByDay = dim > 0 && reserveCopyOfVectors((long) n * dim) ? new byte[n * dim] : null;
            if (vectorsByDay != null) for (int r = 0; r < n; r++) System.arraycopy(vectors, byDay[r] * dim, vectorsByDay, r * dim, dim);
            for (int r = 0; r < n; r++) {
                dayOfRank[r] = day[byDay[r]];
                boardOfRank[r] = board[byDay[r]];
            }
            // selective postings of stems and concepts, in day order
            int cap = Math.max(1000, (int) (settings.selectiveDfFraction() * Math.max(nonStanding, 1)));
            termPostings = dayOrderedPostings(termField, cap, rank);
            conceptPostings = useConcepts() ? dayOrderedPostings(conceptField, cap, rank) : null;
        }

        Candidates run() {
            try {
                return chooseAndScore();
            } finally {
                if (vectorsByDay != null) COPIES_OF_VECTORS.addAndGet(-(long) vectorsByDay.length); // no longer read
            }
        }

        private Candidates chooseAndScore() {
            // every item's candidates first, then their scores, both in meeting-day order: consecutive items then
            // touch much the same stretch of ranks and candidates, which stays in the processor's cache. A pair in
            // both items' lists (near-identical texts usually are) is scored and kept once, in the lower index's list:
            // its score is the same from either end, the grouping reads every pair from both ends, and a second copy
            // would only be tried again straight after the first (see reciprocalBestEdges)
            inChunks(() -> {
                Buffers buffers = new Buffers();
                return r -> choose(byDay[r], buffers);
            });
            inChunks(() -> {
                MarkedWords marked = new MarkedWords();
                return r -> scoreOnce(byDay[r], marked);
            });
            return new Candidates(kept, scores);
        }

        /** Runs a step for 0..n-1, in a few chunks per core; each chunk gets its own step (and scratch space). */
        private void inChunks(Supplier<IntConsumer> stepPerChunk) {
            int chunks = Math.min(n, 8 * Runtime.getRuntime().availableProcessors());
            IntStream.range(0, chunks).parallel().forEach(chunk -> {
                IntConsumer step = stepPerChunk.get();
                for (int i = (int) ((long) n * chunk / chunks), end = (int) ((long) n * (chunk + 1) / chunks); i < end; i++) {
                    step.accept(i);
                }
            });
        }

        /**
         * Scores item i's candidates into {@link #kept} and {@link #scores}, leaving out those whose pair the other
         * item's list (a lower index) holds. The candidate lists themselves are only read here, by every chunk.
         */
        private void scoreOnce(int i, MarkedWords marked) {
            int[] c = items[i];
            if (c == null) return;
            int[] js = new int[c.length];
            float[] sc = new float[c.length];
            int m = 0;
            marked.mark(i);
            for (int j : c) {
                if (j < i && indexOf(items[j], i) >= 0) continue;
                js[m] = j;
                // groupingScore(i, j, marked), with the vectors in meeting-day order when copied (the same float:
                // IndexGroupsAsScoringEveryPairTest compares the two bit for bit)
                float weight = timeWeight(i, j);
                sc[m++] = weight == 0f ? 0f : weight * combine(embCosByDay(i, j), marked.lexical(i, j));
            }
            marked.unmark(i);
            kept[i] = m == c.length ? js : Arrays.copyOf(js, m);
            scores[i] = m == c.length ? sc : Arrays.copyOf(sc, m);
        }

        private static int indexOf(int[] list, int item) {
            if (list != null) for (int k = 0; k < list.length; k++) if (list[k] == item) return k;
            return -1;
        }

        /** One chunk's scratch space: lexical weight accumulated per day rank, and the ranks touched. */
        private final class Buffers {
            final float[] weight = new float[n];
            int[] touched = new int[256];
        }

        /**
         * How near in time the item at day rank r is to item i, for breaking ties: the days left before the window's
         * edge (0 for an undated one of the two), held in the bits above the rank and below the weight.
         */
        private int nearness(int i, int r) {
            if (day[i] == NO_DAY || dayOfRank[r] == NO_DAY) return 0;
            return Math.min(Math.max(0, window - Math.abs(day[i] - dayOfRank[r])), maxNearness);
        }

        /** Item i's candidates: the top {@code candidatesPerItem} other-board items by shared-word weight. */
        private void choose(int i, Buffers buffers) {
            if (standing[i]) return;
            int touchedCount = accumulate(i, buffers);
            // top K by (partial) lexical weight; ties (recurring texts) to the meeting nearest in time, whose score
            // fades least, then to the later day rank (day, then id: never where items sit in the index)
            int keep = Math.min(perItem, touchedCount);
            long[] top = new long[keep]; // a min-heap of (weight, nearness, day rank) packed into longs
            int size = 0;
            for (int k = 0; k < touchedCount; k++) {
                int r = buffers.touched[k];
                long v = ((long) Float.floatToIntBits(buffers.weight[r]) << 32) | ((long) nearness(i, r) << rankBits) | r;
                buffers.weight[r] = 0;
                if (size < keep) siftUp(top, size++, v);
                else if (v > top[0]) siftDown(top, size, v);
            }
            Arrays.sort(top);
            int[] c = new int[keep];
            for (int k = 0; k < keep; k++) c[k] = byDay[(int) (top[keep - 1 - k] & rankMask)];
            items[i] = c;
        }

        /** Adds each other-board item's shared-word weight within the window; returns how many ranks were touched. */
        private int accumulate(int i, Buffers buffers) {
            int touchedCount = 0;
            int bi = board[i];
            boolean undated = day[i] == NO_DAY;
            int lo = undated ? NO_DAY : day[i] - window, hi = undated ? Integer.MAX_VALUE : day[i] + window;
            for (int pass = 0; pass < (conceptPostings == null ? 1 : 2); pass++) {
                int[] words = pass == 0 ? terms[i] : concepts[i];
                int[][] post = pass == 0 ? termPostings : conceptPostings;
                float[] idf = pass == 0 ? termField.idf : conceptField.idf;
                for (int t : words) {
                    int[] p = post[t];
                    if (p == null) continue;
                    float w = idf[t] * idf[t];
                    // postings are in day order: the time window is one slice of them (undated items,
                    // which sort first, are compared with everything)
                    int from = undated ? 0 : lowerBound(p, dayOfRank, lo);
                    int to = undated ? p.length : lowerBound(p, dayOfRank, hi + 1);
                    for (int k = from; k < to; k++) {
                        int r = p[k];
                        if (boardOfRank[r] == bi) continue; // also skips the item itself
                        if (buffers.weight[r] == 0) {
                            if (touchedCount == buffers.touched.length) buffers.touched = Arrays.copyOf(buffers.touched, touchedCount * 2);
                            buffers.touched[touchedCount++] = r;
                        }
                        buffers.weight[r] += w;
                    }
                }
            }
            return touchedCount;
        }
    }

    // ------------------------------------------------------------------ for the brute-force reference (test code)

    /**
     * Runs {@code body} under the read lock with the statistics brought up to date as {@link #cluster}
     * does ({@code asForGroups}) or as {@link #similarTo} does, so a reference computes on the same figures.
     */
    <T> T underReadLock(boolean asForGroups, Supplier<T> body) {
        lock.readLock().lock();
        try {
            refreshStats(asForGroups);
            return body.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The candidate search's two steps, for tests: each item's chosen candidates, then the scored pairs, each pair once. */
    record CandidateSearchSteps(int[][] chosen, Candidates scored, boolean vectorsCopied) {}

    CandidateSearchSteps candidateSearchSteps() {
        return underReadLock(true, () -> {
            CandidateSearch search = new CandidateSearch();
            Candidates scored = search.run();
            return new CandidateSearchSteps(search.items, scored, search.vectorsByDay != null);
        });
    }

    int boardCount() {
        return Math.max(boardNames.size(), 1);
    }

    boolean isStanding(int i) {
        return standing[i];
    }

    int boardOf(int i) {
        return board[i];
    }

    String idOf(int i) {
        return ids[i];
    }

    /** Whether two items' meetings are within the time window (an undated item is within any). */
    boolean withinWindow(int i, int j) {
        return day[i] == NO_DAY || day[j] == NO_DAY || Math.abs(day[i] - day[j]) <= settings.windowDays();
    }

    MatcherSettings settings() {
        return settings;
    }

    /**
     * The exact score of two indexed items for grouping: the embedding and lexical similarity combined, weighted by how
     * far apart their meetings are ({@link MatcherSettings#timeWeight}; undated items count in full).
     */
    float groupingScore(int i, int j) {
        return groupingScore(i, j, null);
    }

    /** {@link #groupingScore(int, int)}, with item i's words already marked (the same float, sooner), or null. */
    private float groupingScore(int i, int j, MarkedWords markedI) {
        float weight = timeWeight(i, j);
        return weight == 0f ? 0f : weight * combine(embCos(i, j), markedI == null ? lexical(i, j) : markedI.lexical(i, j));
    }

    /**
     * The grouping's scores for the whole-group test, which scores one item against each member of the other group in
     * turn: that item's words are marked once for its row (see {@link MarkedWords}).
     */
    private final class RowsOfGroupingScores implements PairScore {
        private final MarkedWords marked = new MarkedWords();
        private int row = -1;

        @Override
        public float of(int i, int j) {
            return groupingScore(i, j, i == row ? marked : null);
        }

        @Override
        public void startRow(int i) {
            marked.mark(i);
            row = i;
        }

        @Override
        public void endRow(int i) {
            marked.unmark(i);
            row = -1;
        }
    }

    /** How much of a pair's score counts, by how far apart their meetings are (an undated item counts in full). */
    private float timeWeight(int i, int j) {
        return day[i] == NO_DAY || day[j] == NO_DAY ? 1f : settings.timeWeight(Math.abs(day[i] - day[j]));
    }

    /**
     * A typed query for {@code board}'s agenda scored against any indexed item, the same way
     * {@link #similarTo} scores its candidates; empty for a standing item. Call within {@link #underReadLock}.
     */
    Optional<QueryScore> queryScore(String title, String description, BoardName board) {
        if (matcher.standingItems().isStanding(new AgendaText("?", board, null, title, description))) return Optional.empty();
        return Optional.of(new QueryScore(matcher.analyzer().analyse(title, description), board));
    }

    /** See {@link #queryScore}. */
    final class QueryScore {
        private final float[] vector;
        private final int[] queryTerms;
        private final int[] queryConcepts;
        private final float termNorm;
        private final float conceptNorm;
        private final int excludedBoard;

        private QueryScore(TextAnalyzer.Analysed analysed, BoardName board) {
            int docs = Math.max(nonStanding, 1);
            vector = dim == 0 ? null : matcher.embedder().embed(analysed.embeddingText());
            queryTerms = knownIds(termField, analysed.terms());
            queryConcepts = knownIds(conceptField, analysed.concepts());
            termNorm = queryNorm(termField, analysed.terms(), docs);
            conceptNorm = queryNorm(conceptField, analysed.concepts(), docs);
            excludedBoard = board == null ? -1 : boardIds.getOrDefault(board.value(), -1);
        }

        float of(int j) {
            float lex = cos(queryTerms, terms[j], termField.idf, termNorm, normT[j]);
            if (useConcepts()) lex = lexicalMean(lex, cos(queryConcepts, concepts[j], conceptField.idf, conceptNorm, normC[j]));
            return combine(embCos(vector, j), lex);
        }

        /** Whether item j may answer the query: not standing, not on the query's own board, not before {@code since}. */
        boolean eligible(int j, LocalDate since) {
            return !standing[j] && board[j] != excludedBoard && (since == null || day[j] >= since.toEpochDay());
        }

        Match match(int j, float score) {
            return new Match(ids[j], boardNames.get(board[j]), day[j] == NO_DAY ? null : LocalDate.ofEpochDay(day[j]),
                    titles[j], round(score), "");
        }
    }

    private static int[] knownIds(Field f, String[] words) {
        return Arrays.stream(words).map(f.ids::get).filter(x -> x != null && x < f.idf.length).mapToInt(Integer::intValue).sorted().toArray();
    }

    /** The score of two indexed items, as used to judge whether a group holds together; never negative. */
    @FunctionalInterface
    private interface PairScore {
        float of(int i, int j);

        /** Scores of item i with several others follow, until {@link #endRow}: an implementation may prepare for them. */
        default void startRow(int i) {}

        default void endRow(int i) {}
    }

    private int[][] dayOrderedPostings(Field f, int cap, int[] rank) {
        int v = f.ids.size();
        int[][] out = new int[v][];
        for (int t = 0; t < v; t++) {
            if (f.df[t] > cap || f.df[t] < 2) continue;
            int[] p = new int[f.df[t]];
            for (int k = 0; k < p.length; k++) p[k] = rank[f.postings[t][k]];
            Arrays.sort(p);
            out[t] = p;
        }
        return out;
    }

    /** Restores the max-heap property of {@code heap[0..size)} below position k. */
    private static void siftDownMax(long[] heap, int size, int k) {
        long v = heap[k];
        while (true) {
            int child = 2 * k + 1;
            if (child >= size) break;
            if (child + 1 < size && heap[child + 1] > heap[child]) child++;
            if (v >= heap[child]) break;
            heap[k] = heap[child];
            k = child;
        }
        heap[k] = v;
    }

    /** Adds v to a min-heap of longs holding {@code size} values. */
    private static void siftUp(long[] heap, int size, long v) {
        int k = size;
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (heap[parent] <= v) break;
            heap[k] = heap[parent];
            k = parent;
        }
        heap[k] = v;
    }

    /** Replaces the smallest value of a full min-heap by v. */
    private static void siftDown(long[] heap, int size, long v) {
        int k = 0;
        while (true) {
            int child = 2 * k + 1;
            if (child >= size) break;
            if (child + 1 < size && heap[child + 1] < heap[child]) child++;
            if (v <= heap[child]) break;
            heap[k] = heap[child];
            k = child;
        }
        heap[k] = v;
    }

    /** First position whose day is >= minDay (undated items, NO_DAY, sort first and are skipped). */
    private static int lowerBound(int[] ranks, int[] dayOfRank, int minDay) {
        int lo = 0, hi = ranks.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dayOfRank[ranks[mid]] < minDay) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * Groups over item indexes. It refuses any merge that would put two items marked "not the same" together and, with
     * {@link #coherence} set (average linkage), any proposed merge after which the group would span more than the
     * window or whose two parts are not close as wholes: the mean score over every cross-board pair between them
     * must reach the group threshold. So a group cannot grow by chaining through one bridging item, and a recurring
     * matter becomes one group per period instead of one group over the years. Confirmed pairs are always joined.
     */
    private static final class ConstrainedUnionFind {
        final int[] parent;
        final String[] ids;
        final HumanDecisions decisions;
        final Map<Integer, List<Integer>> constrainedMembers = new HashMap<>(); // root -> members with a cannot-link
        int[][] members;      // root -> its members (null until coherence is on)
        final Map<Long, Long> refused = new HashMap<>(); // (root, root) -> their sizes when a merge was refused
        int[] size, firstDay, lastDay;
        int[] boardOf;
        int window;
        float groupThreshold;
        PairScore score;

        ConstrainedUnionFind(int n, String[] ids, HumanDecisions decisions) {
            parent = new int[n];
            for (int i = 0; i < n; i++) parent[i] = i;
            this.ids = ids;
            this.decisions = decisions;
            for (int i = 0; i < n; i++)
                if (decisions.constrainedIds().contains(ids[i])) constrainedMembers.computeIfAbsent(i, k -> new ArrayList<>()).add(i);
        }

        /** Turns on the whole-group tests for proposed merges (groups formed so far, by confirmation, are kept). */
        void coherence(int[] day, int window, int[] board, float groupThreshold, PairScore score) {
            int n = parent.length;
            members = new int[n][];
            size = new int[n];
            firstDay = new int[n];
            lastDay = new int[n];
            for (int i = 0; i < n; i++) {
                firstDay[i] = Integer.MAX_VALUE;
                lastDay[i] = Integer.MIN_VALUE;
            }
            for (int i = 0; i < n; i++) {
                int r = find(i);
                if (members[r] == null) members[r] = new int[2];
                if (size[r] == members[r].length) members[r] = Arrays.copyOf(members[r], size[r] * 2);
                members[r][size[r]++] = i;
                if (day[i] != NO_DAY) {
                    firstDay[r] = Math.min(firstDay[r], day[i]);
                    lastDay[r] = Math.max(lastDay[r], day[i]);
                }
            }
            this.boardOf = board;
            this.window = window;
            this.groupThreshold = groupThreshold;
            this.score = score;
        }

        int find(int x) {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }

        /** The score given for a pair a person confirmed: always joined, never tested. */
        static final float CONFIRMED = Float.NaN;

        /**
         * Joins a's and b's groups, unless a "not the same" decision or (for a proposed pair) the whole-group test
         * refuses; {@code pairScore} is the proposed pair's own score, or {@link #CONFIRMED}.
         */
        boolean union(int a, int b, float pairScore) {
            boolean confirmed = Float.isNaN(pairScore);
            int ra = find(a), rb = find(b);
            if (ra == rb) return true;
            List<Integer> ca = constrainedMembers.get(ra), cb = constrainedMembers.get(rb);
            if (ca != null && cb != null)
                for (int x : ca) for (int y : cb) if (decisions.isNotSame(ids[x], ids[y])) return false;
            if (members != null && !confirmed) {
                // two groups refused once are refused again until one of them grows (many proposed pairs can join
                // the same two groups, and each test scores every cross-board pair between them)
                long key = ((long) Math.min(ra, rb) << 32) | Math.max(ra, rb);
                long sizes = ((long) size[Math.min(ra, rb)] << 32) | size[Math.max(ra, rb)];
                Long refusedAt = refused.get(key);
                if (refusedAt != null && refusedAt == sizes) return false;
                if (!holdsTogether(ra, rb, a, b, pairScore)) {
                    refused.put(key, sizes);
                    return false;
                }
            }
            if (members != null && size[ra] > size[rb]) { int t = ra; ra = rb; rb = t; } // the smaller joins the larger
            parent[ra] = rb;
            if (members != null) {
                if (size[rb] + size[ra] > members[rb].length) members[rb] = Arrays.copyOf(members[rb], Math.max(2 * members[rb].length, size[rb] + size[ra]));
                System.arraycopy(members[ra], 0, members[rb], size[rb], size[ra]);
                size[rb] += size[ra];
                members[ra] = null;
                firstDay[rb] = Math.min(firstDay[rb], firstDay[ra]);
                lastDay[rb] = Math.max(lastDay[rb], lastDay[ra]);
            }
            if (ca != null) constrainedMembers.computeIfAbsent(rb, k -> new ArrayList<>()).addAll(ca);
            constrainedMembers.remove(ra);
            return true;
        }

        /**
         * Whether the union of two groups stays within the window and its parts are close on average. The pair (a, b)
         * that proposes the merge, one in each group, counts with the score it was proposed with instead of being
         * scored again.
         */
        private boolean holdsTogether(int ra, int rb, int a, int b, float pairScore) {
            int first = Math.min(firstDay[ra], firstDay[rb]), last = Math.max(lastDay[ra], lastDay[rb]);
            if (first != Integer.MAX_VALUE && (long) last - first > window) return false;
            int[] ma = members[ra], mb = members[rb];
            int pairs = 0; // cross-board pairs only: a board's repeats are recurring items, not evidence
            for (int x = 0; x < size[ra]; x++) for (int y = 0; y < size[rb]; y++) if (boardOf[ma[x]] != boardOf[mb[y]]) pairs++;
            if (pairs == 0) return true;
            // scores are never negative, so once the pairs scored so far reach the mean over all of them the rest
            // cannot take it back below (the same decision as summing every pair, sooner)
            // a is in ra's members and b in rb's (union passes ra = find(a)); only a cross-board pair counts
            double sum = boardOf[a] != boardOf[b] ? pairScore : 0;
            if (sum / pairs >= groupThreshold) return true;
            boolean rows = size[rb] > 2; // preparing a row pays when it has a few pairs
            for (int x = 0; x < size[ra]; x++) {
                int i = ma[x];
                if (rows) score.startRow(i);
                try {
                    for (int y = 0; y < size[rb]; y++) {
                        int j = mb[y];
                        if (boardOf[i] == boardOf[j] || (i == a && j == b)) continue;
                        sum += score.of(i, j);
                        if (sum / pairs >= groupThreshold) return true;
                    }
                } finally {
                    if (rows) score.endRow(i);
                }
            }
            return false;
        }

        List<List<String>> clusters() {
            Map<Integer, List<String>> m = new LinkedHashMap<>();
            for (int i = 0; i < parent.length; i++) m.computeIfAbsent(find(i), k -> new ArrayList<>()).add(ids[i]);
            return new ArrayList<>(m.values());
        }
    }
}
