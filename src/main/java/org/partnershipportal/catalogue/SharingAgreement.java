package org.partnershipportal.catalogue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.platform.InvalidInputException;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An information sharing agreement: which agencies share which catalogue datasets, for what purpose,
 * each on which lawful basis, kept how long. Only a signed one whose review date has not passed covers
 * sharing ({@link #standingOn}); an expired or withdrawn one is shown as such wherever it is named.
 * <p>
 * Its <em>terms</em> (its parties and the lawful basis each relies on, the datasets it covers, its purpose and
 * retention) change only while it is a draft ({@link #isOpenToVariation}): once signed they are what its parties
 * signed, and a party's data lead widening them would let data flow on terms nobody else agreed. Varying a signed
 * agreement is recorded the way partnerships vary one on paper: it goes back to draft, so it covers no sharing until
 * it is marked signed again. Its title, reference, review date and status stay open: they record the agreement, not
 * its terms.
 */
@Entity
@Table(name = "sharing_agreement")
public class SharingAgreement implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 200;
    public static final int REFERENCE_MAX = 60;
    public static final int PURPOSE_MAX = 2000;
    public static final int RETENTION_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @NotBlank
    @Size(max = REFERENCE_MAX)
    @Column(nullable = false, length = REFERENCE_MAX)
    private String reference;

    @NotBlank
    @Size(max = PURPOSE_MAX)
    @Column(nullable = false, length = PURPOSE_MAX)
    private String purpose;

    @NotBlank
    @Size(max = RETENTION_MAX)
    @Column(nullable = false, length = RETENTION_MAX)
    private String retention;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AgreementStatus status = AgreementStatus.DRAFT;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<AgreementParty> parties = new ArrayList<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "sharing_agreement_dataset", joinColumns = @JoinColumn(name = "agreement_id"), inverseJoinColumns = @JoinColumn(name = "dataset_id"))
    private Set<Dataset> datasets = new HashSet<>();

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    /** When its terms last changed (UTC; null for agreements recorded before this was kept): a signed document attached earlier was signed on other terms. */
    @Column(name = "terms_changed_at")
    private LocalDateTime termsChangedAt;

    @Version
    private long version;

    protected SharingAgreement() {
    }

    public SharingAgreement(String title, String reference, String purpose, String retention, LocalDate reviewOn, AgreementStatus status,
                            String by, LocalDateTime at) {
        describe(title, reference, purpose, retention, reviewOn, status, by, at);
    }

    public final void describe(String title, String reference, String purpose, String retention, LocalDate reviewOn, AgreementStatus status,
                               String by, LocalDateTime at) {
        if (!Objects.equals(this.purpose, purpose) || !Objects.equals(this.retention, retention)) {
            requireOpenToVariation();
            this.termsChangedAt = at;
        }
        this.title = title;
        this.reference = reference;
        this.purpose = purpose;
        this.retention = retention;
        this.reviewOn = reviewOn;
        this.status = status;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Adds the agency as a party, or changes the basis it relies on. */
    public void setParty(Agency agency, LawfulBasis article6Basis, String specialCondition, String by, LocalDateTime at) {
        Optional<AgreementParty> existing = partyOf(agency);
        if (existing.isPresent() && existing.get().getArticle6Basis() == article6Basis
                && Objects.equals(existing.get().getSpecialCondition(), specialCondition)) {
            return;   // saved as it was: not a change of terms (its signed copy still matches)
        }
        requireOpenToVariation();
        // Changed in place: removing and re-adding would insert the new row before deleting the old (unique per agreement and agency).
        existing.ifPresentOrElse(party -> party.rely(article6Basis, specialCondition),
                () -> parties.add(new AgreementParty(this, agency, article6Basis, specialCondition)));
        termsChanged(by, at);
    }

    public void removeParty(Agency agency, String by, LocalDateTime at) {
        Optional<AgreementParty> party = partyOf(agency);
        if (party.isEmpty()) {
            return;
        }
        requireOpenToVariation();
        parties.remove(party.get());
        datasets.removeIf(d -> d.getAgency().equals(agency));
        termsChanged(by, at);
    }

    public void cover(Set<Dataset> covered, String by, LocalDateTime at) {
        if (datasets.equals(covered)) {
            return;
        }
        requireOpenToVariation();
        datasets.clear();
        datasets.addAll(covered);
        termsChanged(by, at);
    }

    private void termsChanged(String by, LocalDateTime at) {
        this.updatedBy = by;
        this.updatedAt = at;
        this.termsChangedAt = at;
    }

    /** A signed document attached at {@code attachedAt} was signed on terms that have changed since. */
    public boolean termsChangedAfter(LocalDateTime attachedAt) {
        return termsChangedAt != null && termsChangedAt.isAfter(attachedAt);
    }

    /** Its terms may change: only a draft's (see the class comment). */
    public boolean isOpenToVariation() {
        return status == AgreementStatus.DRAFT;
    }

    /**
     * A signed agreement past its review date no longer covers sharing ({@link #standingOn}); moving the date while it stays
     * signed would bring it back on one party's word. Renewing it goes through a draft, like a variation, and is audited.
     */
    public void requireRenewalThroughDraft(LocalDate newReviewOn, AgreementStatus newStatus, LocalDate today) {
        if (status == AgreementStatus.SIGNED && newStatus == AgreementStatus.SIGNED && isExpiredOn(today) && !Objects.equals(newReviewOn, reviewOn)) {
            throw new InvalidInputException("reviewOn", "Its review date has passed, so it no longer covers sharing. To renew it, set it to Draft and save,"
                    + " then give the new review date and mark it signed again.");
        }
    }

    /** Said by the refusal and by the page: why its terms cannot change now, and how to vary them. */
    public String whyTermsAreFixed() {
        // Its recorded status: one signed but past its review date reads "recorded as signed" beside the page's "Expired".
        return "This agreement is " + (status == AgreementStatus.SIGNED ? "recorded as signed" : status.getLabel().toLowerCase(Locale.ROOT))
                + ": its parties, datasets, purpose and retention change only in a draft. To vary them, set its status to Draft and save first:"
                + " it then covers no sharing until it is marked signed again.";
    }

    private void requireOpenToVariation() {
        if (!isOpenToVariation()) {
            throw new InvalidInputException("terms", whyTermsAreFixed());
        }
    }

    public Optional<AgreementParty> partyOf(Agency agency) {
        return parties.stream().filter(p -> p.getAgency().equals(agency)).findFirst();
    }

    /**
     * Where the agreement stands on {@code today}: the one rule for "expired", used by every page, the API,
     * the exports, the chain and the answer check. It is expired when it is recorded as expired, or when its
     * review date has passed (the day after it) without anyone recording a new one: an agreement nobody
     * reviewed in time no longer covers sharing. A withdrawn agreement stays withdrawn, the stronger and
     * deliberate statement; a draft past its review date is expired too, as it can no longer be signed as it stands.
     */
    public AgreementStatus standingOn(LocalDate today) {
        if (status == AgreementStatus.WITHDRAWN || status == AgreementStatus.EXPIRED) {
            return status;
        }
        return reviewOn != null && today.isAfter(reviewOn) ? AgreementStatus.EXPIRED : status;
    }

    public boolean isExpiredOn(LocalDate today) {
        return standingOn(today) == AgreementStatus.EXPIRED;
    }

    /** Only a signed agreement whose review date has not passed covers any sharing. */
    public boolean isCurrentOn(LocalDate today) {
        return standingOn(today) == AgreementStatus.SIGNED;
    }

    /** Its terms name the dataset and both agencies as parties, whether or not it is current. */
    public boolean names(Dataset dataset, Agency from, Agency to) {
        return datasets.contains(dataset) && partyOf(from).isPresent() && partyOf(to).isPresent();
    }

    /** A current agreement that names the dataset and both agencies as parties lets the one share it with the other. */
    public boolean coversOn(LocalDate today, Dataset dataset, Agency from, Agency to) {
        return isCurrentOn(today) && names(dataset, from, to);
    }

    public List<AgreementParty> getPartyList() {
        return parties.stream().sorted(Comparator.comparing(p -> p.getAgency().getShortName())).toList();
    }

    public String getPartyNames() {
        return String.join(", ", getPartyList().stream().map(p -> p.getAgency().getShortName()).toList());
    }

    public List<Dataset> getDatasetList() {
        return datasets.stream().sorted(Comparator.comparing((Dataset d) -> d.getAgency().getShortName()).thenComparing(Dataset::getName)).toList();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getReference() {
        return reference;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getRetention() {
        return retention;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public Set<Dataset> getDatasets() {
        return datasets;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getTermsChangedAt() {
        return termsChangedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof SharingAgreement that && id != null && id.equals(that.id));
    }

    @Override
    public int hashCode() {
        return SharingAgreement.class.hashCode();
    }
}
