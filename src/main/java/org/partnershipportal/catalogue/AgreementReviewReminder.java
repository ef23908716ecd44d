package org.partnershipportal.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** That the parties' data leads were reminded of one review date of one agreement, so no run reminds them of it twice. Never changed. */
@Entity
@Table(name = "sharing_agreement_review_reminder")
public class AgreementReviewReminder implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Column(name = "agreement_id", nullable = false)
    private Long agreementId;

    @NotNull
    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;

    @NotNull
    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt;

    protected AgreementReviewReminder() {
    }

    public AgreementReviewReminder(long agreementId, LocalDate reviewOn, LocalDateTime sentAt) {
        this.agreementId = agreementId;
        this.reviewOn = reviewOn;
        this.sentAt = sentAt;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }
}
