package org.partnershipportal.glossary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.partnershipportal.identity.Agency;

import java.io.Serializable;

/** How one agency defines a term in its own policies, beside the partnership's agreed definition. */
@Entity
@Table(name = "glossary_variant")
public class AgencyVariant implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "term_id", nullable = false)
    private GlossaryTerm term;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @NotBlank(message = "Enter the agency's definition")
    @Size(max = GlossaryTerm.DEFINITION_MAX, message = "Use at most " + GlossaryTerm.DEFINITION_MAX + " characters")
    @Column(nullable = false, length = GlossaryTerm.DEFINITION_MAX)
    private String definition;

    @Version
    private long version;

    protected AgencyVariant() {
    }

    public AgencyVariant(GlossaryTerm term, Agency agency, String definition) {
        this.term = term;
        this.agency = agency;
        this.definition = definition;
    }

    public void redefine(String definition) {
        this.definition = definition;
    }

    public Long getId() {
        return id;
    }

    public GlossaryTerm getTerm() {
        return term;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getDefinition() {
        return definition;
    }
}
