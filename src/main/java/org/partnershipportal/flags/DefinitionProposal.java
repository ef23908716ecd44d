package org.partnershipportal.flags;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.partnershipportal.boards.HarmType;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A proposed partnership-wide definition for flagging one harm, which each agency answers. */
@Entity
@Table(name = "definition_proposal")
public class DefinitionProposal implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int DEFINITION_MAX = 4000;
    public static final int RATIONALE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "harm_type_id", nullable = false)
    private HarmType harm;

    @Column(nullable = false, length = DEFINITION_MAX)
    private String definition;

    @Column(length = RATIONALE_MAX)
    private String rationale;

    @Column(name = "proposed_by", nullable = false, length = 60)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private LocalDateTime proposedAt;

    @Version
    private long version;

    protected DefinitionProposal() {
    }

    public DefinitionProposal(HarmType harm, String definition, String rationale, String proposedBy, LocalDateTime proposedAt) {
        this.harm = harm;
        this.definition = definition;
        this.rationale = rationale;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    public Long getId() {
        return id;
    }

    public HarmType getHarm() {
        return harm;
    }

    public String getDefinition() {
        return definition;
    }

    public String getRationale() {
        return rationale;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public LocalDateTime getProposedAt() {
        return proposedAt;
    }
}
