package org.partnershipportal.glossary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** A term partners use, with the partnership's agreed definition and where it comes from. */
@Entity
@Table(name = "glossary_term")
public class GlossaryTerm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 150;
    public static final int ABBREVIATION_MAX = 30;
    public static final int SYNONYMS_MAX = 500;
    public static final int DEFINITION_MAX = 4000;
    public static final int SOURCE_DETAIL_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "Enter the term")
    @Size(max = NAME_MAX, message = "Use at most " + NAME_MAX + " characters")
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Size(max = ABBREVIATION_MAX, message = "Use at most " + ABBREVIATION_MAX + " characters")
    @Pattern(regexp = "[A-Za-z][A-Za-z0-9&/-]*", message = "Use letters, digits, & / or - only, starting with a letter, e.g. CCE")
    @Column(length = ABBREVIATION_MAX)
    private String abbreviation;

    @Size(max = SYNONYMS_MAX, message = "Use at most " + SYNONYMS_MAX + " characters")
    @Column(length = SYNONYMS_MAX)
    private String synonyms;

    @NotBlank(message = "Enter the agreed definition")
    @Size(max = DEFINITION_MAX, message = "Use at most " + DEFINITION_MAX + " characters")
    @Column(nullable = false, length = DEFINITION_MAX)
    private String definition;

    @NotNull(message = "Choose where the definition comes from")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TermSource source;

    @Size(max = SOURCE_DETAIL_MAX, message = "Use at most " + SOURCE_DETAIL_MAX + " characters")
    @Column(name = "source_detail", length = SOURCE_DETAIL_MAX)
    private String sourceDetail;

    @NotNull(message = "Choose the term's status")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TermStatus status;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Version
    private long version;

    protected GlossaryTerm() {
    }

    public GlossaryTerm(String name) {
        this.name = name;
    }

    public void describe(String name, String abbreviation, String synonyms, String definition, TermSource source, String sourceDetail,
                         TermStatus status, String by, LocalDateTime at) {
        this.name = name;
        this.abbreviation = abbreviation;
        this.synonyms = synonyms;
        this.definition = definition;
        this.source = source;
        this.sourceDetail = sourceDetail;
        this.status = status;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public List<String> getSynonymList() {
        return synonyms == null ? List.of() : Arrays.stream(synonyms.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAbbreviation() {
        return abbreviation;
    }

    public String getSynonyms() {
        return synonyms;
    }

    public String getDefinition() {
        return definition;
    }

    public TermSource getSource() {
        return source;
    }

    public String getSourceDetail() {
        return sourceDetail;
    }

    public TermStatus getStatus() {
        return status;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof GlossaryTerm term && id != null && id.equals(term.id));
    }

    @Override
    public int hashCode() {
        return GlossaryTerm.class.hashCode();
    }
}
