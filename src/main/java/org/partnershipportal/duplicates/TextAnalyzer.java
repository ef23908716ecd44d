package org.partnershipportal.duplicates;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.JWNLIOException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import org.tartarus.snowball.ext.EnglishStemmer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an agenda item into what the matcher compares: abbreviation-expanded text for the embedding model,
 * Snowball (Porter2) stems of the content words, and (optionally) WordNet concepts (the most frequent sense of each
 * word, so that general English synonyms such as child/youngster/minor meet).
 * Stop words are the Snowball English stop list shipped by Lucene. Thread-safe.
 */
public final class TextAnalyzer {
    private static final Logger LOG = Logger.getLogger(TextAnalyzer.class.getName());
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*");
    private static final Set<String> STOP = loadSnowballStopWords();
    /**
     * Words that say what kind of paper an agenda item is, not what it is about: every board takes reports, updates,
     * reviews and proposals on every subject, so two items sharing only these are no closer in subject. They are left
     * out of the lexical signal (the sentence embedding still reads the whole text). General committee practice, like
     * the procedural phrases in {@link StandingItems}; none is here for a particular labelled row.
     */
    static final Set<String> FORM_WORDS = Set.of("report", "reports", "reporting", "update", "updates", "annual",
            "quarterly", "monthly", "review", "draft", "approval", "proposal", "proposals", "paper", "papers", "briefing",
            "presentation", "decision", "options", "appraisal", "summary", "progress", "overview");

    private final Abbreviations abbreviations;
    private final Dictionary wordNet;                     // null: no synonym concepts
    private final Map<String, String> stemCache = new ConcurrentHashMap<>();

    /** The analysed form of one text. */
    public record Analysed(String[] terms, String[] concepts, Map<String, String> surface, Map<String, String> conceptSurface,
                           List<String> expansions, String embeddingText) {}

    public TextAnalyzer(Abbreviations abbreviations, boolean useWordNet) {
        this.abbreviations = abbreviations;
        this.wordNet = useWordNet ? SharedWordNet.DICTIONARY : null;
    }

    public Abbreviations abbreviations() {
        return abbreviations;
    }

    public boolean usesWordNet() {
        return wordNet != null;
    }

    public Analysed analyse(String title, String description) {
        Set<String> terms = new LinkedHashSet<>();
        Set<String> concepts = new LinkedHashSet<>();
        Map<String, String> surface = new LinkedHashMap<>();
        Map<String, String> conceptSurface = new LinkedHashMap<>();
        Set<String> expansions = new LinkedHashSet<>();
        StringBuilder emb = new StringBuilder();
        for (String part : new String[]{title, description}) {
            if (part == null || part.isBlank()) continue;
            if (emb.length() > 0) emb.append(". ");
            Matcher m = TOKEN.matcher(part);
            int last = 0;
            while (m.find()) {
                String raw = m.group();
                String exp = abbreviations.expansionOf(raw);
                emb.append(part, last, m.start());
                if (exp != null) {
                    String canon = abbreviations.canonical(raw);
                    expansions.add((canon == null ? raw : canon) + " = " + exp);
                    emb.append(exp);
                    for (String w : words(exp)) addWord(w, terms, concepts, surface, conceptSurface);
                } else {
                    emb.append(raw);
                    addWord(raw, terms, concepts, surface, conceptSurface);
                }
                last = m.end();
            }
            emb.append(part.substring(last));
        }
        return new Analysed(terms.toArray(String[]::new), concepts.toArray(String[]::new), surface, conceptSurface,
                List.copyOf(expansions), emb.toString());
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    private void addWord(String raw, Set<String> terms, Set<String> concepts, Map<String, String> surface,
                         Map<String, String> conceptSurface) {
        String w = raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
        w = w.replace("'", "");
        if (w.length() < 2 || STOP.contains(w) || w.chars().allMatch(Character::isDigit) || FORM_WORDS.contains(w)) return;
        String stem = stem(w);
        terms.add(stem);
        surface.putIfAbsent(stem, w);
        if (wordNet != null) for (String c : concepts(w)) { concepts.add(c); conceptSurface.putIfAbsent(c, w); }
    }

    public String stem(String lowerWord) {
        return stemCache.computeIfAbsent(lowerWord, w -> {
            EnglishStemmer s = new EnglishStemmer();
            s.setCurrent(w);
            s.stem();
            return s.getCurrent();
        });
    }

    private String[] concepts(String w) {
        String[] known = SharedWordNet.CONCEPTS.get(w);
        if (known != null) return known;
        List<String> out = new ArrayList<>();
        synchronized (wordNet) {
            try {
                for (POS pos : new POS[]{POS.NOUN, POS.VERB, POS.ADJECTIVE}) {
                    String concept = firstSense(wordNet, pos, w);
                    if (concept != null) out.add(concept);
                }
            } catch (UncheckedIOException unreadable) {
                // WordNet's files could not be read: no concepts this time, and none remembered, so the word is
                // looked up again next time rather than left without concepts for as long as the server runs
                LOG.log(Level.WARNING, "WordNet could not be read for a word; its synonyms are left out of this comparison", unreadable);
                return new String[0];
            }
        }
        String[] concepts = out.toArray(String[]::new);
        SharedWordNet.CONCEPTS.putIfAbsent(w, concepts);
        return concepts;
    }

    /**
     * A word's concept as this part of speech: its most frequent sense after WordNet's morphology (children → child),
     * or null if WordNet has none. The index line lists the senses, most frequent first, so the first offset is read
     * there, sparing a read of the synset itself from the data file. The caller holds the dictionary's lock (extjwnl's
     * files are read through shared handles).
     *
     * @throws UncheckedIOException if the dictionary's files could not be read
     */
    static String firstSense(Dictionary dictionary, POS pos, String word) {
        try {
            IndexWord iw = dictionary.lookupIndexWord(pos, word);
            long[] senses = iw == null ? new long[0] : iw.getSynsetOffsets();
            return senses.length == 0 ? null : pos.getKey() + senses[0];
        } catch (JWNLIOException e) {
            throw new UncheckedIOException(new IOException(e));
        } catch (JWNLException e) {
            return null; // unknown word form: no concept
        }
    }

    /** One dictionary per process, read from files on disk ({@link WordNetOnDisk}), opened when an analyser first needs it. */
    private static final class SharedWordNet {
        static final Dictionary DICTIONARY = WordNetOnDisk.open();
        /** Each word's concepts, looked up once per process (a look-up reads the index file from disk). */
        static final Map<String, String[]> CONCEPTS = new ConcurrentHashMap<>();
    }

    static boolean isStopWord(String lowerWord) {
        return STOP.contains(lowerWord);
    }

    private static Set<String> loadSnowballStopWords() {
        String res = "/org/apache/lucene/analysis/snowball/english_stop.txt";
        Set<String> s = new HashSet<>();
        try (InputStream in = TextAnalyzer.class.getResourceAsStream(res)) {
            if (in == null) throw new IllegalStateException("missing " + res);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int bar = line.indexOf('|');
                String w = (bar >= 0 ? line.substring(0, bar) : line).strip();
                if (!w.isEmpty()) s.add(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(s);
    }
}
