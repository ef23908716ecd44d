package org.partnershipportal.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.PageIds;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** catalogue/agreement.xhtml?id=…: one agreement, and for its maintainers its details, parties, datasets and signed PDF; without an id, a new one. */
@Named
@ViewScoped
public class AgreementPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SharingAgreements agreements;

    private String id;
    private SharingAgreement agreement;
    private AgreementStatus standing;
    private boolean expiredByReviewDate;
    private boolean mayMaintain;
    private SharingAgreements.DocumentInfo document;
    private List<AgreementReviewReminder> reviewReminders = List.of();
    private List<Dataset> coverable = List.of();
    private List<Agency> agencies = List.of();

    private AgreementForm form = new AgreementForm();
    private Long partyAgency;
    private LawfulBasis partyBasis;
    private String partyCondition;
    private List<Object> datasets = new ArrayList<>();
    private transient UploadedFile signedPdf;

    public void load() {
        if (id == null || id.isBlank()) {
            if (!agreements.mayCreate()) {
                throw new AccessRefusedException("Only data leads and administrators record agreements");
            }
            mayMaintain = true;
            agencies = agreements.agencies();
            return;
        }
        refresh(PageIds.parse(id));
    }

    private void refresh(long agreementId) {
        agreement = agreements.get(agreementId);
        standing = agreement.standingOn(agreements.today());
        expiredByReviewDate = standing == AgreementStatus.EXPIRED && agreement.getStatus() != AgreementStatus.EXPIRED;
        mayMaintain = agreements.mayMaintain(agreement);
        document = agreements.documentInfo(agreementId).orElse(null);
        reviewReminders = agreements.reviewReminders(agreementId);
        if (mayMaintain) {
            form = AgreementForm.of(agreement);
            agencies = agreements.agencies();
            coverable = agreements.coverableDatasets(agreement);
            datasets = new ArrayList<>(agreement.getDatasets().stream().map(d -> (Object) String.valueOf(d.getId())).toList());
        }
    }

    public String create() {
        try {
            SharingAgreement created = agreements.create(form, partyAgency, partyBasis, partyCondition);
            FacesMessages.info("Agreement recorded as a draft. Add the other parties and the datasets it covers.");
            return "/catalogue/agreement?faces-redirect=true&id=" + created.getId();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "agreementForm");
            return null;
        }
    }

    public void save() {
        act(() -> agreements.update(agreement.getId(), agreement.getVersion(), form), "Saved.", "agreementForm");
    }

    public void setParty() {
        act(() -> {
            agreements.setParty(agreement.getId(), agreement.getVersion(), partyAgency, partyBasis, partyCondition);
            partyAgency = null;
            partyBasis = null;
            partyCondition = null;
        }, "Party saved.", "partyForm");
    }

    public void removeParty(long agencyId) {
        act(() -> agreements.removeParty(agreement.getId(), agreement.getVersion(), agencyId), "Party removed.", "partyForm");
    }

    public void cover() {
        act(() -> agreements.cover(agreement.getId(), agreement.getVersion(), InputRules.ids(datasets)), "Datasets saved.", "datasetForm");
    }

    public void attach() {
        // The chosen file is used once: the bean outlives the post, and a later post without a file must not attach this one again.
        UploadedFile chosen = signedPdf;
        signedPdf = null;
        act(() -> {
            if (chosen == null || chosen.getSize() == 0) {
                throw new InvalidInputException("document", "Choose the signed agreement's PDF");
            }
            try (InputStream in = chosen.getInputStream()) {
                agreements.attachSigned(agreement.getId(), agreement.getVersion(), chosen.getFileName(), in.readAllBytes());
            } catch (IOException e) {
                throw new InvalidInputException("document", "The file could not be read; try again");
            }
        }, "Signed document attached.", "documentForm");
    }

    private void act(Runnable step, String done, String formId) {
        try {
            step.run();
            FacesMessages.info(done);
            refresh(agreement.getId());
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, formId);
        } catch (ConflictException conflict) {
            FacesMessages.conflict(conflict);
            refresh(agreement.getId());
        } catch (AccessRefusedException refused) {
            FacesMessages.error(refused.getMessage());
        }
    }

    public AgreementStatus[] getStatuses() {
        return AgreementStatus.values();
    }

    public LawfulBasis[] getBases() {
        return LawfulBasis.values();
    }

    public boolean isNew() {
        return agreement == null;
    }

    /** Its terms may be changed here: a new agreement, or a draft (SharingAgreement's class comment). */
    public boolean isOpenToVariation() {
        return agreement == null || agreement.isOpenToVariation();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SharingAgreement getAgreement() {
        return agreement;
    }

    /** Its status as it stands today (a signed agreement past its review date is expired). */
    public AgreementStatus getStanding() {
        return standing;
    }

    /** Recorded as signed or draft, but its review date has passed. */
    public boolean isExpiredByReviewDate() {
        return expiredByReviewDate;
    }

    public List<AgreementReviewReminder> getReviewReminders() {
        return reviewReminders;
    }

    public boolean isMayMaintain() {
        return mayMaintain;
    }

    public SharingAgreements.DocumentInfo getDocument() {
        return document;
    }

    /** Its signed document was attached before its terms last changed: it was signed on other terms. */
    public boolean isDocumentOnEarlierTerms() {
        return document != null && agreement.termsChangedAfter(document.attachedAt());
    }

    public List<Dataset> getCoverable() {
        return coverable;
    }

    public List<Agency> getAgencies() {
        return agencies;
    }

    public AgreementForm getForm() {
        return form;
    }

    public Long getPartyAgency() {
        return partyAgency;
    }

    public void setPartyAgency(Long partyAgency) {
        this.partyAgency = partyAgency;
    }

    public LawfulBasis getPartyBasis() {
        return partyBasis;
    }

    public void setPartyBasis(LawfulBasis partyBasis) {
        this.partyBasis = partyBasis;
    }

    public String getPartyCondition() {
        return partyCondition;
    }

    public void setPartyCondition(String partyCondition) {
        this.partyCondition = partyCondition;
    }

    public List<Object> getDatasets() {
        return datasets;
    }

    public void setDatasets(List<Object> datasets) {
        this.datasets = datasets;
    }

    public UploadedFile getSignedPdf() {
        return signedPdf;
    }

    public void setSignedPdf(UploadedFile signedPdf) {
        this.signedPdf = signedPdf;
    }
}
