package org.partnershipportal.duplicates;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Predictions of each design the evaluation compares, written as {@code id,cluster} files for
 * {@code score-duplicates.py}; run by {@code deploy/evaluate-duplicates}, not by the portal.
 *
 * <p>Usage: {@code DuplicateDesigns OUTDIR DESIGN[@T1,T2...] FILE.csv...}, writing
 * {@code OUTDIR/<file name without .csv>.<design>[@T].csv}. Designs:
 * <ul>
 *     <li>{@code matcher}: the matcher as the portal and {@code deploy/find-duplicates} run it (average linkage); with
 *     thresholds, the same at each threshold (to choose it on the tune part);</li>
 *     <li>{@code matcher-no-fade}: the matcher without the time fade (every pair in the window scored in full,
 *     as before this round);</li>
 *     <li>{@code matcher-single}: the same signals grouped by single-link union-find (the design before issue 15);</li>
 *     <li>{@code tfidf}: plain TF-IDF cosine of lower-cased words (no stemming, abbreviations, standing filter or time
 *     window), cross-board pairs at or above T joined;</li>
 *     <li>{@code embedding}: the MiniLM cosine of "title. description" alone, pairs at or above T joined.</li>
 * </ul>
 */
public final class DuplicateDesigns {
    private DuplicateDesigns() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals("threshold")) { // the shipped threshold, for the evaluation's table
            System.out.printf(Locale.ROOT, "%.2f%n", MatcherSettings.defaults().threshold());
            return;
        }
        if (args.length < 3) {
            System.err.println("usage: DuplicateDesigns OUTDIR DESIGN[@T1,T2...] FILE.csv... | DuplicateDesigns threshold");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        String design = args[1].contains("@") ? args[1].substring(0, args[1].indexOf('@')) : args[1];
        double[] thresholds = args[1].contains("@")
                ? Arrays.stream(args[1].substring(args[1].indexOf('@') + 1).split(",")).mapToDouble(Double::parseDouble).toArray()
                : new double[0];
        DuplicateMatcher matcher = design.startsWith("matcher") || design.equals("embedding") ? DuplicateMatcher.createDefault() : null;
        for (int f = 2; f < args.length; f++) {
            Path file = Path.of(args[f]);
            List<AgendaText> items = FindDuplicatesCli.readCsv(file);
            String base = file.getFileName().toString().replaceFirst("\\.csv$", "");
            switch (design) {
                case "matcher" -> {
                    if (thresholds.length == 0) write(out.resolve(base + ".matcher.csv"), items, matcher.cluster(items));
                    for (double t : thresholds) {
                        MatcherSettings st = matcher.settings().withThreshold(t);
                        String tol = System.getProperty("designs.tolerance");
                        if (tol != null) st = st.withBestTolerance(Double.parseDouble(tol));
                        Integer windowDays = Integer.getInteger("designs.windowDays");
                        if (windowDays != null) st = st.withWindowDays(windowDays);
                        Integer fullWeightDays = Integer.getInteger("designs.fullWeightDays");
                        if (fullWeightDays != null) st = st.withFullWeightDays(fullWeightDays);
                        write(out.resolve(String.format(Locale.ROOT, "%s.matcher@%.2f.csv", base, t)), items,
                                matcher.withSettings(st).cluster(items));
                    }
                }
                case "matcher-no-fade" -> write(out.resolve(base + ".matcher-no-fade.csv"), items,
                        matcher.withSettings(matcher.settings().withFullWeightDays(matcher.settings().windowDays())).cluster(items));
                case "matcher-single" -> write(out.resolve(base + ".matcher-single.csv"), items,
                        matcher.withSettings(matcher.settings().withLinkage(MatcherSettings.Linkage.SINGLE, 0)).cluster(items));
                case "tfidf", "embedding" -> {
                    float[][] vectors = design.equals("tfidf") ? tfidf(items) : embeddings(matcher, items);
                    for (double t : thresholds) {
                        write(out.resolve(String.format(Locale.ROOT, "%s.%s@%.2f.csv", base, design, t)), items,
                                joinAbove(items, vectors, t));
                    }
                }
                default -> throw new IllegalArgumentException("unknown design " + design);
            }
        }
    }

    /** Unit-length TF-IDF vectors over lower-cased words of title and description (IDF from the file itself). */
    static float[][] tfidf(List<AgendaText> items) {
        Map<String, Integer> vocabulary = new HashMap<>();
        List<Map<Integer, Integer>> counts = new ArrayList<>();
        for (AgendaText t : items) {
            Map<Integer, Integer> c = new HashMap<>();
            for (String w : (t.title() + " " + t.description()).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.isEmpty()) continue;
                c.merge(vocabulary.computeIfAbsent(w, k -> vocabulary.size()), 1, Integer::sum);
            }
            counts.add(c);
        }
        int[] df = new int[vocabulary.size()];
        for (Map<Integer, Integer> c : counts) for (int w : c.keySet()) df[w]++;
        float[][] v = new float[items.size()][vocabulary.size()];
        for (int i = 0; i < items.size(); i++) {
            double norm = 0;
            for (Map.Entry<Integer, Integer> e : counts.get(i).entrySet()) {
                float x = (float) (e.getValue() * Math.log((double) items.size() / df[e.getKey()]));
                v[i][e.getKey()] = x;
                norm += x * x;
            }
            if (norm > 0) for (int k = 0; k < v[i].length; k++) v[i][k] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    static float[][] embeddings(DuplicateMatcher matcher, List<AgendaText> items) {
        float[][] v = new float[items.size()][];
        for (int i = 0; i < items.size(); i++) {
            AgendaText t = items.get(i);
            v[i] = matcher.embedder().embed(t.description().isEmpty() ? t.title() : t.title() + ". " + t.description());
        }
        return v;
    }

    /** Single-link groups of cross-board pairs whose cosine reaches t. */
    static List<List<String>> joinAbove(List<AgendaText> items, float[][] v, double t) {
        int n = items.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) {
                if (items.get(i).board().equals(items.get(j).board())) continue;
                double dot = 0;
                for (int k = 0; k < v[i].length; k++) dot += v[i][k] * v[j][k];
                if (dot >= t) parent[find(parent, i)] = find(parent, j);
            }
        Map<Integer, List<String>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(items.get(i).id());
        return new ArrayList<>(groups.values());
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    private static void write(Path file, List<AgendaText> items, List<List<String>> clusters) throws IOException {
        try (PrintStream ps = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
            FindDuplicatesCli.write(items, clusters, ps);
        }
    }
}
