package org.partnershipportal.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** What a person types to describe an information sharing agreement. */
public class AgreementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Give the agreement's title")
    @Size(max = SharingAgreement.TITLE_MAX, message = "Use at most " + SharingAgreement.TITLE_MAX + " characters")
    private String title;

    @NotBlank(message = "Give the agreement's reference, as on the signed document")
    @Size(max = SharingAgreement.REFERENCE_MAX, message = "Use at most " + SharingAgreement.REFERENCE_MAX + " characters")
    private String reference;

    @NotBlank(message = "Say what the sharing is for")
    @Size(max = SharingAgreement.PURPOSE_MAX, message = "Use at most " + SharingAgreement.PURPOSE_MAX + " characters")
    private String purpose;

    @NotBlank(message = "Say how long shared data is kept, and what happens to it then")
    @Size(max = SharingAgreement.RETENTION_MAX, message = "Use at most " + SharingAgreement.RETENTION_MAX + " characters")
    private String retention;

    private LocalDate reviewOn;

    @NotNull(message = "Choose the agreement's status")
    private AgreementStatus status = AgreementStatus.DRAFT;

    public static AgreementForm of(SharingAgreement agreement) {
        AgreementForm form = new AgreementForm();
        form.title = agreement.getTitle();
        form.reference = agreement.getReference();
        form.purpose = agreement.getPurpose();
        form.retention = agreement.getRetention();
        form.reviewOn = agreement.getReviewOn();
        form.status = agreement.getStatus();
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getRetention() {
        return retention;
    }

    public void setRetention(String retention) {
        this.retention = retention;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public void setStatus(AgreementStatus status) {
        this.status = status;
    }
}
