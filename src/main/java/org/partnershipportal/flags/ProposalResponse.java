package org.partnershipportal.flags;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.partnershipportal.identity.Agency;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One agency's answer to a proposal: agreed, will change by a date, or differs (and why). */
@Entity
@Table(name = "proposal_response")
public class ProposalResponse implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NOTE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id", nullable = false)
    private DefinitionProposal proposal;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ProposalAnswer answer;

    @Column(name = "change_by")
    private LocalDate changeBy;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "answered_by", nullable = false, length = 60)
    private String answeredBy;

    @Column(name = "answered_at", nullable = false)
    private LocalDateTime answeredAt;

    @Version
    private long version;

    protected ProposalResponse() {
    }

    public ProposalResponse(DefinitionProposal proposal, Agency agency) {
        this.proposal = proposal;
        this.agency = agency;
    }

    public void answer(ProposalAnswer answer, LocalDate changeBy, String note, String by, LocalDateTime at) {
        this.answer = answer;
        this.changeBy = answer == ProposalAnswer.WILL_CHANGE ? changeBy : null;
        this.note = note;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public Long getId() {
        return id;
    }

    public DefinitionProposal getProposal() {
        return proposal;
    }

    public Agency getAgency() {
        return agency;
    }

    public ProposalAnswer getAnswer() {
        return answer;
    }

    public LocalDate getChangeBy() {
        return changeBy;
    }

    public String getNote() {
        return note;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }
}
