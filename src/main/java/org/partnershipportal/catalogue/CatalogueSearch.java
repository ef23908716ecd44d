package org.partnershipportal.catalogue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.partnershipportal.platform.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Builds the catalogue's search in SQL, so filtering, counting, faceting and paging all happen in
 * MariaDB: words of three letters or more go to the FULLTEXT index (all must match, each as a prefix);
 * shorter ones, like "CE", match as whole words. Each facet counts with every filter but its own,
 * so choosing one agency still shows how many datasets the others hold.
 */
final class CatalogueSearch {

    static final int TEXT_MAX = 200;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int FULLTEXT_MIN_LETTERS = 3;

    enum Dimension { TEXT, AGENCY, SUBJECT, CLASSIFICATION, FREQUENCY, FLAG, REVIEW }

    private record Clause(Dimension dimension, String sql, List<Object> params) {
    }

    private final List<Clause> clauses = new ArrayList<>();
    private final String fullTextTerms;

    CatalogueSearch(CatalogueQuery query) {
        this(query, List.of());
    }

    /**
     * @param termForms the glossary's terms, each as all the ways it is written (name, abbreviation,
     *                  synonyms): a search that names a term in any of them finds datasets described
     *                  in any other, because the glossary is the partnership's own language.
     */
    CatalogueSearch(CatalogueQuery query, List<List<String>> termForms) {
        String text = query.text() == null ? "" : query.text().strip();
        if (text.length() > TEXT_MAX) {
            throw new InvalidInputException("text", "Search for at most " + TEXT_MAX + " characters");
        }
        StringBuilder terms = new StringBuilder();
        List<String> searched = new ArrayList<>();
        var found = WORD.matcher(text);
        while (found.find()) {
            searched.add(found.group().toLowerCase(Locale.ROOT));
        }
        List<List<List<String>>> glossary = termForms.stream().map(CatalogueSearch::wordsOfForms).toList();
        for (int at = 0; at < searched.size(); ) {
            TermMatch match = longestTermAt(searched, at, glossary);
            if (match != null) {
                terms.append(terms.isEmpty() ? "" : " ").append('+').append(anyForm(match.forms()));
                at += match.length();
                continue;
            }
            String word = searched.get(at++);
            if (word.length() >= FULLTEXT_MIN_LETTERS) {
                terms.append(terms.isEmpty() ? "" : " ").append('+').append(singularStem(word)).append('*');
            } else {
                clauses.add(new Clause(Dimension.TEXT, "CONCAT_WS(' ', d.name, d.description, d.fields_held) REGEXP ?",
                        List.of("(^|[^[:alnum:]])" + word + "($|[^[:alnum:]])")));
            }
        }
        fullTextTerms = terms.isEmpty() ? null : terms.toString();
        if (fullTextTerms != null) {
            clauses.add(new Clause(Dimension.TEXT, "MATCH(d.name, d.description, d.fields_held, d.system_name) AGAINST (? IN BOOLEAN MODE)",
                    List.of(fullTextTerms)));
        }
        if (query.agencyId() != null) {
            clauses.add(new Clause(Dimension.AGENCY, "d.agency_id = ?", List.of(query.agencyId())));
        }
        if (query.subject() != null) {
            clauses.add(new Clause(Dimension.SUBJECT, "EXISTS (SELECT 1 FROM dataset_subject s WHERE s.dataset_id = d.id AND s.subject = ?)",
                    List.of(query.subject().name())));
        }
        if (query.classification() != null) {
            clauses.add(new Clause(Dimension.CLASSIFICATION, "d.classification = ?", List.of(query.classification().name())));
        }
        if (query.frequency() != null) {
            clauses.add(new Clause(Dimension.FREQUENCY, "d.update_frequency = ?", List.of(query.frequency().name())));
        }
        if (query.flagId() != null) {
            clauses.add(new Clause(Dimension.FLAG, "EXISTS (SELECT 1 FROM dataset_flag f WHERE f.dataset_id = d.id AND f.flag_id = ?)",
                    List.of(query.flagId())));
        }
        if (query.reviewOverdueOnly()) {
            clauses.add(new Clause(Dimension.REVIEW, "(d.review_due_on IS NULL OR d.review_due_on < CURRENT_DATE)", List.of()));
        }
    }

    private record TermMatch(List<List<String>> forms, int length) {
    }

    /** Each form of a term as its words, e.g. ["child", "sexual", "exploitation"] and ["cse"]. */
    private static List<List<String>> wordsOfForms(List<String> forms) {
        List<List<String>> words = new ArrayList<>();
        for (String form : forms) {
            List<String> formWords = new ArrayList<>();
            var found = WORD.matcher(form.toLowerCase(Locale.ROOT));
            while (found.find()) {
                formWords.add(found.group());
            }
            if (!formWords.isEmpty()) {
                words.add(formWords);
            }
        }
        return words;
    }

    /**
     * The term one of whose forms starts at {@code at} in the searched words, taking the longest form ("missing episode" over
     * "missing"). Failing that, two or more searched words that are part of a longer form ("sexual exploitation" in "child
     * sexual exploitation"): people search for a term by the words of its name they remember, so those words find what is
     * written in them, or as any form of every term they are part of (the police's "CSE" flag). A whole form wins over a part
     * as long; one word alone is never a part ("exploitation" is in too many terms to stand for any).
     */
    private static TermMatch longestTermAt(List<String> searched, int at, List<List<List<String>>> glossary) {
        TermMatch best = null;
        for (List<List<String>> forms : glossary) {
            for (List<String> form : forms) {
                if (form.size() <= searched.size() - at && (best == null || form.size() > best.length()) && sameWords(form, searched.subList(at, at + form.size()))) {
                    best = new TermMatch(forms, form.size());
                }
            }
        }
        int partLength = 0;
        List<List<String>> containing = new ArrayList<>();
        for (List<List<String>> forms : glossary) {
            int longest = forms.stream().mapToInt(form -> longestPartAt(form, searched, at)).max().orElse(0);
            if (longest > partLength) {
                partLength = longest;
                containing.clear();
            }
            if (longest >= 2 && longest == partLength) {
                containing.addAll(forms);
            }
        }
        if (partLength < 2 || (best != null && best.length() >= partLength)) {
            return best;
        }
        List<List<String>> forms = new ArrayList<>();
        forms.add(searched.subList(at, at + partLength)); // the words as searched, wherever they are written
        forms.addAll(containing);
        return new TermMatch(forms, partLength);
    }

    /** How many searched words from {@code at} on are, in order, a part of {@code form} shorter than the whole of it (0 if none). */
    private static int longestPartAt(List<String> form, List<String> searched, int at) {
        int longest = 0;
        for (int start = 0; start < form.size(); start++) {
            int length = 0;
            while (start + length < form.size() && at + length < searched.size()
                    && singularStem(form.get(start + length)).equals(singularStem(searched.get(at + length)))) {
                length++;
            }
            if (length < form.size()) {
                longest = Math.max(longest, length);
            }
        }
        return longest;
    }

    private static boolean sameWords(List<String> form, List<String> searched) {
        for (int i = 0; i < form.size(); i++) {
            if (!singularStem(form.get(i)).equals(singularStem(searched.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A boolean-mode group that matches any form of the term: "(cse (+child* +sexual* +exploitation*))".
     * Words the full-text index does not hold (under three letters) are left out of a form; a form
     * left with no word is dropped.
     */
    private static String anyForm(List<List<String>> forms) {
        List<String> alternatives = new ArrayList<>();
        for (List<String> form : forms) {
            List<String> indexed = form.stream().filter(w -> w.length() >= FULLTEXT_MIN_LETTERS && !STOPWORDS.contains(w))
                    .map(w -> singularStem(w) + "*").toList();
            if (indexed.isEmpty()) {
                continue;
            }
            alternatives.add(indexed.size() == 1 ? indexed.get(0) : "(+" + String.join(" +", indexed) + ")");
        }
        return "(" + String.join(" ", alternatives.stream().distinct().toList()) + ")";
    }

    /** InnoDB's default full-text stopwords of three letters or more: never in the index, so never required. */
    private static final java.util.Set<String> STOPWORDS = java.util.Set.of("about", "are", "com", "for", "from", "how", "that", "the",
            "this", "was", "what", "when", "where", "who", "will", "with", "und", "www");

    /** "episodes" finds "episode", "agencies" finds "agency": a plural's stem, searched as a prefix. */
    static String singularStem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() > 4 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    boolean hasText() {
        return fullTextTerms != null || clauses.stream().anyMatch(c -> c.dimension() == Dimension.TEXT);
    }

    /** The relevance expression for ordering, or a constant when there are no full-text words. */
    String relevance(List<Object> params) {
        if (fullTextTerms == null) {
            return "0";
        }
        params.add(fullTextTerms);
        return "MATCH(d.name, d.description, d.fields_held, d.system_name) AGAINST (? IN BOOLEAN MODE)";
    }

    /** " WHERE …" for every clause except those of {@code except} (null: none left out), adding their parameters. */
    String where(Dimension except, List<Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        for (Clause clause : clauses) {
            if (clause.dimension() != except) {
                sql.append(" AND ").append(clause.sql());
                params.addAll(clause.params());
            }
        }
        return sql.toString();
    }

    /** A native query with its {@code ?} placeholders numbered in order, as EclipseLink binds them. */
    static Query bind(EntityManager em, String sql, List<Object> params) {
        StringBuilder numbered = new StringBuilder();
        int next = 1;
        for (char c : sql.toCharArray()) {
            numbered.append(c);
            if (c == '?') {
                numbered.append(next++);
            }
        }
        Query query = em.createNativeQuery(numbered.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }
}
