package org.partnershipportal.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which of the glossary's terms a searched text names, read the same way by every search in the portal (the catalogue's,
 * the guidance library's): the glossary is the partnership's own language, so a term searched in any of the ways it is
 * written ({@link Glossary#searchForms()}: name, abbreviation, synonyms) finds what is written in any other.
 *
 * <p>At each searched word the longest form that starts there is taken ("missing episode" over "missing"). Failing that,
 * two or more searched words that are part of a longer form ("sexual exploitation" in "child sexual exploitation") name
 * every term they are part of, and stay a way of finding it themselves: people search for a term by the words of its name
 * they remember. A whole form wins over a part as long; a longer part keeps a shorter term named whole at the same word as
 * one more way to match; one word alone is never a part ("exploitation" is in too many terms to stand for any). Words are
 * compared by their singular stem, so "episodes" is "episode".
 */
public final class SearchedTerms {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** MariaDB's full-text index holds words of three letters or more (InnoDB's innodb_ft_min_token_size). */
    public static final int FULLTEXT_MIN_LETTERS = 3;

    /** InnoDB's default full-text stopwords of three letters or more: never in the index, so never required. */
    private static final java.util.Set<String> STOPWORDS = java.util.Set.of("about", "are", "com", "for", "from", "how", "that", "the",
            "this", "was", "what", "when", "where", "who", "will", "with", "und", "www");

    /**
     * A stretch of the searched words: a term named, with every way of writing it as words ({@code forms}; for a part of a
     * name, the words as searched come first), or one word that names none ({@code forms} empty).
     */
    public record Stretch(List<String> words, List<List<String>> forms) {
        public boolean namesATerm() {
            return !forms.isEmpty();
        }
    }

    private SearchedTerms() {
    }

    /** The text's words, lower-cased. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        var found = WORD.matcher(text == null ? "" : text);
        while (found.find()) {
            words.add(found.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** The searched text in stretches, each a term it names or a word naming none, in order. */
    public static List<Stretch> read(String text, List<List<String>> termForms) {
        List<String> searched = words(text);
        List<List<List<String>>> glossary = termForms.stream().map(SearchedTerms::wordsOfForms).toList();
        List<Stretch> stretches = new ArrayList<>();
        for (int at = 0; at < searched.size(); ) {
            Stretch term = longestTermAt(searched, at, glossary);
            if (term != null) {
                stretches.add(term);
                at += term.words().size();
            } else {
                stretches.add(new Stretch(List.of(searched.get(at++)), List.of()));
            }
        }
        return stretches;
    }

    /**
     * A MariaDB boolean-mode full-text group that matches any of a term's forms, each with all its words (as prefixes of
     * their singular stems): "(cse* (+child* +sexual* +exploitation*))". Words the index does not hold (under three letters,
     * stopwords) are left out of a form; a form left with no word is dropped.
     */
    public static String fullTextGroup(List<List<String>> forms) {
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

    /** "episodes" finds "episode", "agencies" finds "agency": a plural's stem. */
    public static String singularStem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() > 4 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** Each form of a term as its words, e.g. ["child", "sexual", "exploitation"] and ["cse"]. */
    private static List<List<String>> wordsOfForms(List<String> forms) {
        return forms.stream().map(SearchedTerms::words).filter(words -> !words.isEmpty()).toList();
    }

    private static Stretch longestTermAt(List<String> searched, int at, List<List<List<String>>> glossary) {
        List<List<String>> wholeForms = null;
        int wholeLength = 0;
        for (List<List<String>> forms : glossary) {
            for (List<String> form : forms) {
                if (form.size() <= searched.size() - at && form.size() > wholeLength && sameWords(form, searched.subList(at, at + form.size()))) {
                    wholeForms = forms;
                    wholeLength = form.size();
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
        if (partLength < 2 || wholeLength >= partLength) {
            return wholeForms == null ? null : new Stretch(List.copyOf(searched.subList(at, at + wholeLength)), wholeForms);
        }
        List<String> part = List.copyOf(searched.subList(at, at + partLength));
        List<List<String>> forms = new ArrayList<>();
        forms.add(part); // the words as searched, wherever they are written
        forms.addAll(containing);
        if (wholeForms != null) {
            forms.addAll(wholeForms); // a shorter term named whole at the same word still finds what it is written as
        }
        return new Stretch(part, forms);
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
}
