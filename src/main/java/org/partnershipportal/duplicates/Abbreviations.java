package org.partnershipportal.duplicates;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A glossary of abbreviations (data, not code). The default list is the resource
 * {@code org/partnershipportal/duplicates/abbreviations.csv}; callers can merge their own (e.g. an admin glossary).
 *
 * <p>Matching rule, so that ordinary words are not mistaken for abbreviations ("mace", "sen", "ace"):
 * a token matches when it is written exactly as the glossary entry (e.g. {@code ToR}, {@code DfE}) or when it is
 * written in capitals (e.g. {@code TOR}, {@code CAMHS}). A trailing plural or possessive ({@code CAWNs}, {@code MACE's})
 * is accepted.
 */
public final class Abbreviations {
    public static final String DEFAULT_RESOURCE = "/org/partnershipportal/duplicates/abbreviations.csv";

    private final Map<String, String> entries;       // as written in the glossary -> expansion
    private final Map<String, String> byExact;       // exact spelling -> expansion
    private final Map<String, String> byUpper;       // upper-case spelling -> expansion

    private Abbreviations(Map<String, String> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        this.byExact = new LinkedHashMap<>();
        this.byUpper = new LinkedHashMap<>();
        entries.forEach((abbr, exp) -> {
            byExact.put(abbr, exp);
            byUpper.put(abbr.toUpperCase(Locale.ROOT), exp);
        });
    }

    /** The default glossary shipped with the matcher. */
    public static Abbreviations defaults() {
        try (InputStream in = Abbreviations.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            return new Abbreviations(read(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only the given entries (abbreviation -> expansion). */
    public static Abbreviations of(Map<String, String> entries) {
        return new Abbreviations(clean(entries));
    }

    /** The default glossary with the caller's entries added (the caller's win on conflicts). */
    public static Abbreviations defaultsPlus(Map<String, String> extra) {
        Map<String, String> m = new LinkedHashMap<>(defaults().entries);
        m.putAll(clean(extra));
        return new Abbreviations(m);
    }

    /** Reads {@code abbreviation,expansion} lines (header and lines starting with # are skipped). */
    public static Map<String, String> read(Reader reader) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
        for (CSVRecord r : fmt.parse(reader)) {
            if (r.size() < 2) continue;
            String abbr = r.get(0), exp = r.get(1);
            if (abbr.equalsIgnoreCase("abbreviation") && exp.equalsIgnoreCase("expansion")) continue;
            if (!abbr.isEmpty() && !exp.isEmpty()) m.put(abbr, exp);
        }
        return m;
    }

    private static Map<String, String> clean(Map<String, String> in) {
        Map<String, String> m = new LinkedHashMap<>();
        in.forEach((k, v) -> {
            if (k != null && v != null && !k.isBlank() && !v.isBlank()) m.put(k.strip(), v.strip());
        });
        return m;
    }

    public Map<String, String> asMap() {
        return entries;
    }

    /** The expansion of a token as written in the text, or null. */
    public String expansionOf(String token) {
        String e = direct(token);
        if (e != null) return e;
        // plural / possessive: CAWNs, CAWN's, CAWNS
        String base = null;
        if (token.endsWith("'s") || token.endsWith("\u2019s")) base = token.substring(0, token.length() - 2);
        else if (token.length() > 2 && (token.endsWith("s") || token.endsWith("S"))) base = token.substring(0, token.length() - 1);
        return base == null ? null : direct(base);
    }

    /** The glossary spelling of the abbreviation a token stands for (e.g. "CAWNs" -> "CAWN"), or null. */
    public String canonical(String token) {
        for (String t : new String[]{token, stripPlural(token)}) {
            if (t == null) continue;
            if (byExact.containsKey(t)) return t;
            if (isCapitals(t)) {
                for (String k : entries.keySet()) if (k.toUpperCase(Locale.ROOT).equals(t)) return k;
            }
        }
        return null;
    }

    private static String stripPlural(String token) {
        if (token.endsWith("'s") || token.endsWith("\u2019s")) return token.substring(0, token.length() - 2);
        if (token.length() > 2 && (token.endsWith("s") || token.endsWith("S"))) return token.substring(0, token.length() - 1);
        return null;
    }

    private String direct(String t) {
        String e = byExact.get(t);
        if (e != null) return e;
        if (isCapitals(t)) return byUpper.get(t);
        return null;
    }

    private static boolean isCapitals(String t) {
        if (t.length() < 2) return false;
        boolean letter = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letter = true;
        }
        return letter;
    }
}
