package org.partnershipportal.duplicates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An abbreviation the partnership uses, added by an administrator on top of the matcher's built-in
 * list (the glossary will manage these). Stored case-sensitively: "MACE" is an abbreviation, "mace" a word.
 */
@Entity
@Table(name = "abbreviation")
public class PartnershipAbbreviation implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int ABBREVIATION_MAX = 30;
    public static final int EXPANSION_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "Enter the abbreviation")
    @Size(max = ABBREVIATION_MAX, message = "Use at most " + ABBREVIATION_MAX + " characters")
    @Pattern(regexp = "[A-Za-z][A-Za-z0-9&/-]*", message = "Use letters, digits, & / or - only, starting with a letter, e.g. CSPR")
    @Column(nullable = false, length = ABBREVIATION_MAX)
    private String abbreviation;

    @NotBlank(message = "Enter what it stands for")
    @Size(max = EXPANSION_MAX, message = "Use at most " + EXPANSION_MAX + " characters")
    @Column(nullable = false, length = EXPANSION_MAX)
    private String expansion;

    @Column(name = "added_by", nullable = false, length = 60)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;

    @Version
    private long version;

    protected PartnershipAbbreviation() {
    }

    public PartnershipAbbreviation(String abbreviation, String expansion, String addedBy, LocalDateTime addedAt) {
        this.abbreviation = abbreviation;
        this.expansion = expansion;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getId() {
        return id;
    }

    public String getAbbreviation() {
        return abbreviation;
    }

    public String getExpansion() {
        return expansion;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public LocalDateTime getAddedAt() {
        return addedAt;
    }
}
