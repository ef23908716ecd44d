package org.partnershipportal.language;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One entry of the partnership's language list: a way of speaking that blames or adultifies a child, the words the
 * check finds it by, what to say instead and where the advice comes from.
 */
@Entity
@Table(name = "language_term")
public class ListedTerm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int PHRASE_MAX = 120;
    public static final int PATTERN_MAX = TermPattern.MAX_LENGTH;
    public static final int ALTERNATIVE_MAX = 400;
    public static final int SOURCE_MAX = 400;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "Enter the term")
    @Size(max = PHRASE_MAX, message = "Use at most " + PHRASE_MAX + " characters")
    @Column(nullable = false, length = PHRASE_MAX)
    private String phrase;

    @NotBlank(message = "Enter the words to look for")
    @Size(max = PATTERN_MAX, message = "Use at most " + PATTERN_MAX + " characters")
    @Column(nullable = false, length = PATTERN_MAX)
    private String pattern;

    @NotBlank(message = "Enter what to say instead")
    @Size(max = ALTERNATIVE_MAX, message = "Use at most " + ALTERNATIVE_MAX + " characters")
    @Column(nullable = false, length = ALTERNATIVE_MAX)
    private String alternative;

    @NotBlank(message = "Enter where the advice comes from")
    @Size(max = SOURCE_MAX, message = "Use at most " + SOURCE_MAX + " characters")
    @Column(nullable = false, length = SOURCE_MAX)
    private String source;

    @Column(name = "updated_by", length = 60)
    private String updatedBy;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected ListedTerm() {
    }

    ListedTerm(TermEntryForm form, String by, LocalDateTime at) {
        describe(form, by, at);
    }

    /** Takes the administrator's wording; the pattern has been compiled by the caller, so it is known to work. */
    void describe(TermEntryForm form, String by, LocalDateTime at) {
        this.phrase = form.getPhrase();
        this.pattern = form.getPattern();
        this.alternative = form.getAlternative();
        this.source = form.getSource();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    LanguageMatcher.Term asMatcherTerm() {
        return new LanguageMatcher.Term(id, phrase, pattern, alternative, source);
    }

    public Long getId() {
        return id;
    }

    public String getPhrase() {
        return phrase;
    }

    public String getPattern() {
        return pattern;
    }

    public String getAlternative() {
        return alternative;
    }

    public String getSource() {
        return source;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
