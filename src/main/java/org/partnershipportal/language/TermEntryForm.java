package org.partnershipportal.language;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.partnershipportal.platform.InputRules;

import java.io.Serializable;

/** What an administrator types about one entry of the language list. */
public class TermEntryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter the term")
    @Size(max = ListedTerm.PHRASE_MAX, message = "Use at most " + ListedTerm.PHRASE_MAX + " characters")
    private String phrase;

    @NotBlank(message = "Enter the words to look for")
    @Size(max = ListedTerm.PATTERN_MAX, message = "Use at most " + ListedTerm.PATTERN_MAX + " characters")
    private String pattern;

    @NotBlank(message = "Enter what to say instead")
    @Size(max = ListedTerm.ALTERNATIVE_MAX, message = "Use at most " + ListedTerm.ALTERNATIVE_MAX + " characters")
    private String alternative;

    @NotBlank(message = "Enter where the advice comes from")
    @Size(max = ListedTerm.SOURCE_MAX, message = "Use at most " + ListedTerm.SOURCE_MAX + " characters")
    private String source;

    public static TermEntryForm of(ListedTerm term) {
        TermEntryForm form = new TermEntryForm();
        form.phrase = term.getPhrase();
        form.pattern = term.getPattern();
        form.alternative = term.getAlternative();
        form.source = term.getSource();
        return form;
    }

    public String getPhrase() {
        return phrase;
    }

    public void setPhrase(String phrase) {
        this.phrase = InputRules.trimmed(phrase);
    }

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = InputRules.trimmed(pattern);
    }

    public String getAlternative() {
        return alternative;
    }

    public void setAlternative(String alternative) {
        this.alternative = InputRules.trimmed(alternative);
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = InputRules.trimmed(source);
    }
}
