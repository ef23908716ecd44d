package org.partnershipportal.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words a listed term is found by, as an administrator writes them: words separated by spaces; a word may
 * offer forms separated by "|" ("put|puts|putting themselves|himself|herself at risk"), and a form ending in "*"
 * stands for the word with any ending ("prostitut*"). In text, the words may be separated by spaces, line breaks
 * or hyphens, case does not matter, and a match never starts or ends inside a longer word.
 *
 * <p>Administrators never write regular expressions: the pattern is compiled from quoted words only, so a list
 * entry cannot make the check slow or match everything.
 */
public final class TermPattern {

    public static final int MAX_LENGTH = 400;

    /** A form: letters, digits and apostrophes, optionally ending in "*". */
    private static final Pattern FORM = Pattern.compile("[\\p{L}\\p{N}'\u2019]+\\*?");

    /** Letters, digits and hyphens continue a word: "non-consensual" is not "consensual", "risk-taking" not "risk". */
    private static final String WORD_CHAR = "[\\p{L}\\p{N}\\-]";

    private final String written;
    private final Pattern compiled;

    private TermPattern(String written, Pattern compiled) {
        this.written = written;
        this.compiled = compiled;
    }

    /** Compiles a pattern, or says in the administrator's words what is wrong with it. */
    public static TermPattern of(String written) {
        if (written == null || written.isBlank()) {
            throw new IllegalArgumentException("Enter the words to look for");
        }
        if (written.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Use at most " + MAX_LENGTH + " characters");
        }
        List<String> slots = new ArrayList<>();
        for (String word : written.strip().split("\\s+")) {
            List<String> forms = new ArrayList<>();
            for (String form : word.split("\\|", -1)) {
                if (!FORM.matcher(form).matches()) {
                    throw new IllegalArgumentException("\"" + word + "\" is not a word or words separated by |: use letters, "
                            + "digits and apostrophes, with * only at the end of a word, e.g. put|puts|putting or prostitut*");
                }
                forms.add(regexOf(form));
            }
            slots.add(forms.size() == 1 ? forms.get(0) : "(?:" + String.join("|", forms) + ")");
        }
        String regex = "(?<!" + WORD_CHAR + ")" + String.join("[\\s\\-]+", slots) + "(?!" + WORD_CHAR + ")";
        return new TermPattern(written.strip(), Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private static String regexOf(String form) {
        boolean stem = form.endsWith("*");
        String word = stem ? form.substring(0, form.length() - 1) : form;
        StringBuilder regex = new StringBuilder();
        for (String piece : word.toLowerCase(Locale.ROOT).split("(?<=['\u2019])|(?=['\u2019])")) {
            // Either apostrophe matches either: people type ' and word processors paste ’.
            regex.append(piece.equals("'") || piece.equals("\u2019") ? "['\u2019]" : Pattern.quote(piece));
        }
        if (stem) {
            regex.append("[\\p{L}']*");
        }
        return regex.toString();
    }

    public String written() {
        return written;
    }

    Pattern compiled() {
        return compiled;
    }
}
