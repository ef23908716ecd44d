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
import org.partnershipportal.identity.Agency;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One change to a term's field or an agency's variant: before, after, who, when. Never changed itself. */
@Entity
@Table(name = "glossary_change")
public class GlossaryChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "term_id", nullable = false)
    private GlossaryTerm term;

    /** Set when the change is to an agency's variant. */
    @ManyToOne
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(nullable = false, length = 30)
    private String field;

    @Column(name = "before_text", length = GlossaryTerm.DEFINITION_MAX)
    private String before;

    @Column(name = "after_text", length = GlossaryTerm.DEFINITION_MAX)
    private String after;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected GlossaryChange() {
    }

    public GlossaryChange(GlossaryTerm term, Agency agency, String field, String before, String after, String changedBy, LocalDateTime changedAt) {
        this.term = term;
        this.agency = agency;
        this.field = field;
        this.before = before;
        this.after = after;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getField() {
        return field;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }
}
