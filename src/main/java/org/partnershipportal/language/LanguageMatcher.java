package org.partnershipportal.language;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds the listed terms in a text. The one rule for both the note under a field as someone types and the boards'
 * quarterly counts, so a board is counted for exactly what its people were shown. Plain Java: no container.
 */
public final class LanguageMatcher {

    /** One listed term as the matcher needs it. */
    public record Term(long id, String phrase, TermPattern pattern, String alternative, String source) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Term(long id, String phrase, String pattern, String alternative, String source) {
            this(id, phrase, TermPattern.of(pattern), alternative, source);
        }
    }

    /** A place in the text where a term was found: [start, end) and the words as written there. */
    public record Finding(int start, int end, String found, long termId, String phrase, String alternative, String source)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A piece of the text, either plain or a finding, in order: the copy under a field is drawn from these. */
    public record Piece(String text, Finding finding) implements Serializable {
        private static final long serialVersionUID = 1L;

        public boolean isFlagged() {
            return finding != null;
        }
    }

    private final List<Term> terms;

    public LanguageMatcher(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    /**
     * Every occurrence, left to right. Where two terms overlap ("putting themselves at risk" and "at risk"), the
     * one starting first wins, and of two starting together the longer: each word is counted once.
     */
    public List<Finding> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Finding> all = new ArrayList<>();
        for (Term term : terms) {
            Matcher m = term.pattern().compiled().matcher(text);
            while (m.find()) {
                all.add(new Finding(m.start(), m.end(), m.group(), term.id(), term.phrase(), term.alternative(), term.source()));
            }
        }
        all.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end).reversed()));
        List<Finding> kept = new ArrayList<>();
        int reached = 0;
        for (Finding f : all) {
            if (f.start() >= reached) {
                kept.add(f);
                reached = f.end();
            }
        }
        return kept;
    }

    /** The text cut at its findings, for drawing it with the findings underlined. */
    public List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Finding f : find(text)) {
            if (f.start() > at) {
                pieces.add(new Piece(text.substring(at, f.start()), null));
            }
            pieces.add(new Piece(f.found(), f));
            at = f.end();
        }
        if (text != null && at < text.length()) {
            pieces.add(new Piece(text.substring(at), null));
        }
        return pieces;
    }

    /** How often each term occurs in the text, by term id. */
    public Map<Long, Integer> count(String text) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (Finding f : find(text)) {
            counts.merge(f.termId(), 1, Integer::sum);
        }
        return counts;
    }
}
