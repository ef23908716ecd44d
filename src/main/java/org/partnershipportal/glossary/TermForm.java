package org.partnershipportal.glossary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.partnershipportal.platform.InputRules;

import java.io.Serializable;

/** What an administrator types about a glossary term. */
public class TermForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter the term")
    @Size(max = GlossaryTerm.NAME_MAX, message = "Use at most " + GlossaryTerm.NAME_MAX + " characters")
    private String name;

    @Size(max = GlossaryTerm.ABBREVIATION_MAX, message = "Use at most " + GlossaryTerm.ABBREVIATION_MAX + " characters")
    @Pattern(regexp = "[A-Za-z][A-Za-z0-9&/-]*", message = "Use letters, digits, & / or - only, starting with a letter, e.g. CCE")
    private String abbreviation;

    @Size(max = GlossaryTerm.SYNONYMS_MAX, message = "Use at most " + GlossaryTerm.SYNONYMS_MAX + " characters")
    private String synonyms;

    @NotBlank(message = "Enter the agreed definition")
    @Size(max = GlossaryTerm.DEFINITION_MAX, message = "Use at most " + GlossaryTerm.DEFINITION_MAX + " characters")
    private String definition;

    @NotNull(message = "Choose where the definition comes from")
    private TermSource source;

    @Size(max = GlossaryTerm.SOURCE_DETAIL_MAX, message = "Use at most " + GlossaryTerm.SOURCE_DETAIL_MAX + " characters")
    private String sourceDetail;

    @NotNull(message = "Choose the term's status")
    private TermStatus status = TermStatus.PROPOSED;

    public static TermForm of(GlossaryTerm term) {
        TermForm form = new TermForm();
        form.name = term.getName();
        form.abbreviation = term.getAbbreviation();
        form.synonyms = term.getSynonyms();
        form.definition = term.getDefinition();
        form.source = term.getSource();
        form.sourceDetail = term.getSourceDetail();
        form.status = term.getStatus();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = InputRules.trimmed(name);
    }

    public String getAbbreviation() {
        return abbreviation;
    }

    public void setAbbreviation(String abbreviation) {
        this.abbreviation = InputRules.trimmed(abbreviation);
    }

    public String getSynonyms() {
        return synonyms;
    }

    public void setSynonyms(String synonyms) {
        this.synonyms = InputRules.trimmed(synonyms);
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = InputRules.trimmed(definition);
    }

    public TermSource getSource() {
        return source;
    }

    public void setSource(TermSource source) {
        this.source = source;
    }

    public String getSourceDetail() {
        return sourceDetail;
    }

    public void setSourceDetail(String sourceDetail) {
        this.sourceDetail = InputRules.trimmed(sourceDetail);
    }

    public TermStatus getStatus() {
        return status;
    }

    public void setStatus(TermStatus status) {
        this.status = status;
    }
}
