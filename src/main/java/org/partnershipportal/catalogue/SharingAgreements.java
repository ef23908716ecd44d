package org.partnershipportal.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Validator;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.MyAccount;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.meetings.PaperType;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.CallerPermissions;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.FileTransfer;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.NotFoundException;
import org.partnershipportal.platform.Permission;
import org.partnershipportal.platform.PortalClock;
import org.partnershipportal.platform.UploadInspection;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The register of information sharing agreements. Everyone who reads the catalogue reads it (which
 * agreements exist is not itself sensitive; the data stays with its agencies). The data leads of an
 * agreement's parties keep it up to date; administrators keep any. A signed agreement must be complete:
 * two parties or more, the datasets it covers, and for special category or offence data each party's
 * Article 9/10 and DPA 2018 Schedule 1 condition.
 */
@Stateless
@RolesAllowed(Permission.Name.READ_CATALOGUE)
public class SharingAgreements {

    public static final int LIST_LIMIT = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    CallerPermissions may;

    @Inject
    MyAccount myAccount;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    @Inject
    PortalClock clock;

    public List<SharingAgreement> list() {
        return em.createQuery("SELECT DISTINCT a FROM SharingAgreement a LEFT JOIN FETCH a.parties ORDER BY a.title", SharingAgreement.class)
                .setMaxResults(LIST_LIMIT).getResultList();
    }

    public SharingAgreement get(long agreementId) {
        return Optional.ofNullable(em.find(SharingAgreement.class, agreementId)).orElseThrow(() -> new NotFoundException("No such agreement"));
    }

    /** Administrators, and data leads of an agency that is a party. */
    public boolean mayMaintain(SharingAgreement agreement) {
        if (may.holds(Permission.KEEP_EVERY_AGENCY_RECORDS)) {
            return true;
        }
        UserAccount me = caller();
        return me.holds(Permission.KEEP_OWN_AGENCY_RECORDS) && agreement.partyOf(me.getAgency()).isPresent();
    }

    public boolean mayCreate() {
        return may.holdsAny(Permission.KEEP_OWN_AGENCY_RECORDS, Permission.KEEP_EVERY_AGENCY_RECORDS);
    }

    /** A new agreement with its first party: a data lead's own agency (they may add the others next). */
    @RolesAllowed({Permission.Name.KEEP_OWN_AGENCY_RECORDS, Permission.Name.KEEP_EVERY_AGENCY_RECORDS})
    public SharingAgreement create(AgreementForm form, Long firstPartyId, LawfulBasis basis, String condition) {
        InputRules.requireValid(validator, form);
        if (form.getStatus() != AgreementStatus.DRAFT) {
            throw new InvalidInputException("status", "Save it as a draft first: a signed agreement needs all its parties and datasets");
        }
        Agency party = agency(firstPartyId, "partyAgency");
        UserAccount me = caller();
        if (!may.holds(Permission.KEEP_EVERY_AGENCY_RECORDS) && !party.equals(me.getAgency())) {
            throw new InvalidInputException("partyAgency", "Start with your own agency as a party; add the others once it is saved");
        }
        requireUniqueReference(form.getReference(), null);
        refusePastReviewDate(form, null);
        SharingAgreement agreement = new SharingAgreement(form.getTitle().trim(), form.getReference().trim(), form.getPurpose().trim(),
                form.getRetention().trim(), form.getReviewOn(), AgreementStatus.DRAFT, me.getUsername(), clock.utcNow());
        agreement.setParty(party, requireBasis(basis), cleanCondition(condition), me.getUsername(), clock.utcNow());
        em.persist(agreement);
        em.flush();
        audit.record(AuditAction.AGREEMENT_CHANGED, "agreement", agreement.getId(), "created: " + agreement.getReference());
        return agreement;
    }

    /**
     * A review date typed in is still to come: an agreement past its review date no longer covers sharing
     * ({@link SharingAgreement#standingOn}), so a draft given one would read "Expired" before it was ever signed. An
     * agreement recorded as expired or withdrawn may keep the date it lapsed on, and a date already stored is kept.
     */
    private void refusePastReviewDate(AgreementForm form, LocalDate stored) {
        LocalDate review = form.getReviewOn();
        if (review == null || review.equals(stored) || form.getStatus() == AgreementStatus.EXPIRED || form.getStatus() == AgreementStatus.WITHDRAWN) {
            return;
        }
        if (review.isBefore(clock.today())) {
            throw new InvalidInputException("reviewOn", "Choose a review date from today on: an agreement past its review date no longer covers sharing");
        }
    }

    public SharingAgreement update(long agreementId, long expectedVersion, AgreementForm form) {
        SharingAgreement agreement = requireMaintainer(agreementId, expectedVersion);
        InputRules.requireValid(validator, form);
        requireUniqueReference(form.getReference(), agreementId);
        refusePastReviewDate(form, agreement.getReviewOn());
        agreement.requireRenewalThroughDraft(form.getReviewOn(), form.getStatus(), clock.today());
        AgreementStatus before = agreement.getStatus();
        LocalDate reviewBefore = agreement.getReviewOn();
        // Terms are posted back only while they may change (the page disables them otherwise); the stored ones stand for them then.
        boolean open = agreement.isOpenToVariation();
        agreement.describe(form.getTitle().trim(), form.getReference().trim(), open ? form.getPurpose().trim() : agreement.getPurpose(),
                open ? form.getRetention().trim() : agreement.getRetention(), form.getReviewOn(), form.getStatus(), caller().getUsername(), clock.utcNow());
        if (before != AgreementStatus.SIGNED && agreement.getStatus() == AgreementStatus.SIGNED) {
            // Checked as it becomes signed: its terms cannot change while it stays signed.
            requireComplete(agreement);
            requireSignedCopyOfTheseTerms(agreement);
        }
        List<String> changed = new java.util.ArrayList<>();
        if (before != agreement.getStatus()) {
            changed.add("status " + before + " -> " + agreement.getStatus());
        }
        if (!java.util.Objects.equals(reviewBefore, agreement.getReviewOn())) {
            changed.add("review " + (reviewBefore == null ? "none" : reviewBefore) + " -> " + (agreement.getReviewOn() == null ? "none" : agreement.getReviewOn()));
        }
        audit.record(AuditAction.AGREEMENT_CHANGED, "agreement", agreementId, changed.isEmpty() ? "details" : String.join("; ", changed));
        return agreement;
    }

    public SharingAgreement setParty(long agreementId, long expectedVersion, Long agencyId, LawfulBasis basis, String condition) {
        SharingAgreement agreement = requireMaintainer(agreementId, expectedVersion);
        Agency agency = agency(agencyId, "partyAgency");
        agreement.setParty(agency, requireBasis(basis), cleanCondition(condition), caller().getUsername(), clock.utcNow());
        audit.record(AuditAction.AGREEMENT_CHANGED, "agreement", agreementId, "party " + agency.getShortName() + ": " + basis);
        return agreement;
    }

    public SharingAgreement removeParty(long agreementId, long expectedVersion, long agencyId) {
        SharingAgreement agreement = requireMaintainer(agreementId, expectedVersion);
        Agency agency = agency(agencyId, "parties");
        agreement.removeParty(agency, caller().getUsername(), clock.utcNow());
        audit.record(AuditAction.AGREEMENT_CHANGED, "agreement", agreementId, "party removed: " + agency.getShortName());
        return agreement;
    }

    /** The datasets it covers: only datasets held by its parties. */
    public SharingAgreement cover(long agreementId, long expectedVersion, List<Long> datasetIds) {
        SharingAgreement agreement = requireMaintainer(agreementId, expectedVersion);
        Set<Dataset> chosen = new HashSet<>();
        if (!datasetIds.isEmpty()) {
            chosen.addAll(em.createQuery("SELECT d FROM Dataset d WHERE d.id IN :ids", Dataset.class).setParameter("ids", datasetIds).getResultList());
        }
        Set<Agency> parties = agreement.getPartyList().stream().map(AgreementParty::getAgency).collect(Collectors.toSet());
        if (chosen.size() != new HashSet<>(datasetIds).size() || chosen.stream().anyMatch(d -> !parties.contains(d.getAgency()))) {
            throw new InvalidInputException("datasets", "Choose datasets held by the agreement's parties");
        }
        agreement.cover(chosen, caller().getUsername(), clock.utcNow());
        audit.record(AuditAction.AGREEMENT_CHANGED, "agreement", agreementId, "covers " + chosen.size() + " datasets");
        return agreement;
    }

    /** Datasets an agreement may cover: those its parties hold. */
    public List<Dataset> coverableDatasets(SharingAgreement agreement) {
        List<Agency> parties = agreement.getPartyList().stream().map(AgreementParty::getAgency).toList();
        return parties.isEmpty() ? List.of()
                : em.createQuery("SELECT d FROM Dataset d JOIN FETCH d.agency WHERE d.agency IN :parties ORDER BY d.agency.shortName, d.name", Dataset.class)
                .setParameter("parties", parties).getResultList();
    }

    public List<Agency> agencies() {
        return em.createQuery("SELECT a FROM Agency a ORDER BY a.name", Agency.class).getResultList();
    }

    // ---- the signed document

    /** The signed PDF as the page names it; {@code attachedAt} is UTC. */
    public record DocumentInfo(String fileName, String size, LocalDateTime attachedAt) implements Serializable {
    }

    public Optional<DocumentInfo> documentInfo(long agreementId) {
        return em.createQuery("SELECT d.fileName, d.sizeBytes, d.uploadedAt FROM AgreementDocument d WHERE d.agreementId = :id", Object[].class)
                .setParameter("id", agreementId).getResultStream().findFirst()
                .map(r -> new DocumentInfo((String) r[0], FileTransfer.sizeLabel((Long) r[1]), (LocalDateTime) r[2]));
    }

    public AgreementDocument document(long agreementId) {
        get(agreementId);
        AgreementDocument document = Optional.ofNullable(em.find(AgreementDocument.class, agreementId))
                .orElseThrow(() -> new NotFoundException("No signed document for this agreement"));
        audit.record(AuditAction.AGREEMENT_DOCUMENT_READ, "agreement", agreementId, document.getFileName());
        return document;
    }

    /** The signed PDF, checked by its content as papers are: a PDF that would run script or open other files is refused. */
    public void attachSigned(long agreementId, long expectedVersion, String fileName, byte[] content) {
        SharingAgreement agreement = requireMaintainer(agreementId, expectedVersion);
        String name = FileTransfer.safeFileName(fileName == null ? "" : fileName);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("document", "Choose the signed agreement's PDF");
        }
        if (content.length > PaperType.MAX_BYTES) {
            throw new InvalidInputException("document", "The file is larger than 20 MB");
        }
        if (UploadInspection.hasDirectionControls(name) || PaperType.claimedBy(name).orElse(null) != PaperType.PDF
                || PaperType.detect(content).orElse(null) != PaperType.PDF) {
            audit.recordIndependently(AuditAction.PAPER_REFUSED, "agreement", agreementId, "not a PDF: " + name);
            throw new InvalidInputException("document", "Attach the signed agreement as a real PDF");
        }
        Optional<String> risk = PaperType.PDF.riskIn(content);
        if (risk.isPresent()) {
            audit.recordIndependently(AuditAction.PAPER_REFUSED, "agreement", agreementId, risk.get() + ": " + name);
            throw new InvalidInputException("document", PaperType.PDF.riskMessage(risk.get()));
        }
        AgreementDocument existing = em.find(AgreementDocument.class, agreementId);
        if (existing == null) {
            em.persist(new AgreementDocument(agreementId, name, content, caller().getUsername(), clock.utcNow()));
        } else {
            existing.replace(name, content, caller().getUsername(), clock.utcNow());
        }
        touch(agreement);
        audit.record(AuditAction.AGREEMENT_CHANGED, "agreement", agreementId, "signed document: " + name);
    }

    // ---- what covers what

    /** Current agreements that let {@code from} share {@code dataset} with {@code to}. */
    public List<SharingAgreement> covering(Dataset dataset, Agency from, Agency to) {
        LocalDate today = clock.today();
        return em.createQuery("SELECT a FROM SharingAgreement a WHERE a.status = :signed AND :dataset MEMBER OF a.datasets", SharingAgreement.class)
                .setParameter("signed", AgreementStatus.SIGNED).setParameter("dataset", dataset).getResultStream()
                .filter(a -> a.coversOn(today, dataset, from, to)).toList();
    }

    /** Every agreement that names the dataset, whatever it stands at: the dataset's page marks which still cover it. */
    public List<SharingAgreement> naming(long datasetId) {
        return em.createQuery("SELECT DISTINCT a FROM SharingAgreement a JOIN a.datasets d WHERE d.id = :dataset ORDER BY a.title", SharingAgreement.class)
                .setParameter("dataset", datasetId).getResultList();
    }

    /** The review reminders its parties' data leads were sent, newest first. */
    public List<AgreementReviewReminder> reviewReminders(long agreementId) {
        return em.createQuery("SELECT r FROM AgreementReviewReminder r WHERE r.agreementId = :id ORDER BY r.sentAt DESC", AgreementReviewReminder.class)
                .setParameter("id", agreementId).getResultList();
    }

    /** The day by the portal's clock that decides which agreements have expired ({@link SharingAgreement#standingOn}). */
    public LocalDate today() {
        return clock.today();
    }

    // ---- helpers

    private SharingAgreement requireMaintainer(long agreementId, long expectedVersion) {
        SharingAgreement agreement = get(agreementId);
        if (!mayMaintain(agreement)) {
            audit.recordRefusal("agreement", agreementId, "not an administrator or a data lead of a party");
            throw new AccessRefusedException("Only the data leads of " + agreement.getPartyNames() + " or an administrator can change this agreement");
        }
        if (agreement.getVersion() != expectedVersion) {
            throw new ConflictException("This agreement changed while you were looking at it. Reload to see the change.");
        }
        return agreement;
    }

    /** What a signed agreement must have, checked as it becomes signed. */
    private void requireComplete(SharingAgreement agreement) {
        if (agreement.getPartyList().size() < 2) {
            throw new InvalidInputException("status", "A signed agreement has two parties or more, each with its lawful basis");
        }
        if (agreement.getDatasets().isEmpty()) {
            throw new InvalidInputException("status", "A signed agreement names the datasets it covers");
        }
        boolean special = agreement.getDatasets().stream().anyMatch(d -> d.getClassification() != null && d.getClassification().needsArticle9or10Condition());
        if (special) {
            List<String> missing = agreement.getPartyList().stream().filter(p -> p.getSpecialCondition() == null).map(p -> p.getAgency().getShortName()).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException("status", "It covers special category or offence data: give the Article 9/10 and DPA 2018 Schedule 1 condition for "
                        + String.join(", ", missing));
            }
        }
        if (agreement.getReviewOn() == null) {
            // Without one it would cover sharing for ever: only the review date ends a signed agreement by itself (SharingAgreement.standingOn).
            throw new InvalidInputException("reviewOn", "A signed agreement has a review date: give the date its parties agreed to review it by");
        }
    }

    /**
     * It is marked signed once its signed copy is here, signed on the terms it has now: the register's "signed" is then
     * evidence, not a claim. Checked when it becomes signed, so agreements signed before this rule keep their status.
     */
    private void requireSignedCopyOfTheseTerms(SharingAgreement agreement) {
        DocumentInfo document = documentInfo(agreement.getId())
                .orElseThrow(() -> new InvalidInputException("status", "Attach the signed PDF first: an agreement is marked signed once its signed copy is here"));
        if (agreement.termsChangedAfter(document.attachedAt())) {
            throw new InvalidInputException("status", "The attached PDF was signed before its terms last changed: attach the signed copy of these terms first");
        }
    }

    private void requireUniqueReference(String reference, Long self) {
        List<Long> same = em.createQuery("SELECT a.id FROM SharingAgreement a WHERE a.reference = :ref", Long.class)
                .setParameter("ref", reference.trim()).getResultList();
        if (same.stream().anyMatch(id -> !id.equals(self))) {
            throw new InvalidInputException("reference", "Another agreement has this reference");
        }
    }

    private void touch(SharingAgreement agreement) {
        agreement.describe(agreement.getTitle(), agreement.getReference(), agreement.getPurpose(), agreement.getRetention(), agreement.getReviewOn(),
                agreement.getStatus(), caller().getUsername(), clock.utcNow());
    }

    private Agency agency(Long id, String field) {
        return Optional.ofNullable(id == null ? null : em.find(Agency.class, id)).orElseThrow(() -> new InvalidInputException(field, "Choose an agency"));
    }

    private static LawfulBasis requireBasis(LawfulBasis basis) {
        if (basis == null) {
            throw new InvalidInputException("partyBasis", "Choose the Article 6 condition this party relies on");
        }
        return basis;
    }

    private static String cleanCondition(String condition) {
        String clean = InputRules.trimmed(condition);
        if (clean != null && clean.length() > AgreementParty.CONDITION_MAX) {
            throw new InvalidInputException("partyCondition", "Use at most " + AgreementParty.CONDITION_MAX + " characters");
        }
        return clean;
    }

    private UserAccount caller() {
        return myAccount.current().orElseThrow(() -> new AccessRefusedException("Sign in first"));
    }
}
