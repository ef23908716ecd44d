package org.partnershipportal.catalogue;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.platform.InvalidInputException;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rule that makes an answer lawful: an answer that shares personal or pseudonymised data from a
 * dataset names the signed agreement that covers sharing that dataset from the answering agency with
 * the requester's agency; aggregated or anonymised figures need none. A refused answer is audited,
 * though nothing of it is saved.
 */
@Stateless
public class AnswerCoverage {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    /** The agreement the answer relies on (null when it shares no personal data), or a refusal saying what is missing. */
    public SharingAgreement requireCovered(DataRequest request, Agency from, Collection<Dataset> drawnOn, boolean sharesPersonalData, Long agreementId) {
        if (!sharesPersonalData) {
            return null;
        }
        List<Dataset> personal = drawnOn.stream().filter(d -> d.getClassification() == null || d.getClassification().isPersonalData())
                .sorted(java.util.Comparator.comparing(Dataset::getName)).toList();
        if (personal.isEmpty()) {
            throw new InvalidInputException("usedDatasets", "Tick the datasets the personal data comes from, or say the answer shares aggregated figures only");
        }
        Agency to = request.getRequester().getAgency();
        String names = personal.stream().map(Dataset::getName).collect(Collectors.joining(", "));
        if (agreementId == null) {
            throw refuse(request, "This answer shares personal data from " + names + ". Choose the signed agreement that covers sharing it with "
                    + to.getShortName() + "; if none does, share aggregated or anonymised figures, or decline (no lawful basis).");
        }
        SharingAgreement agreement = em.find(SharingAgreement.class, agreementId);
        List<Dataset> uncovered = agreement == null ? personal : personal.stream().filter(d -> !agreement.covers(d, from, to)).toList();
        if (!uncovered.isEmpty()) {
            throw refuse(request, "No current agreement covers " + from.getShortName() + " → " + to.getShortName() + " for "
                    + uncovered.stream().map(Dataset::getName).collect(Collectors.joining(", "))
                    + ". Share aggregated or anonymised figures instead, or decline (no lawful basis).");
        }
        return agreement;
    }

    /** Signed agreements between the answering agency and the requester's: the ones an answer could rely on. */
    public List<SharingAgreement> choices(DataRequest request, Agency from) {
        Agency to = request.getRequester().getAgency();
        return em.createQuery("SELECT a FROM SharingAgreement a WHERE a.status = :signed ORDER BY a.title", SharingAgreement.class)
                .setParameter("signed", AgreementStatus.SIGNED).getResultStream()
                .filter(a -> a.partyOf(from).isPresent() && a.partyOf(to).isPresent()).toList();
    }

    private InvalidInputException refuse(DataRequest request, String message) {
        audit.recordIndependently(AuditAction.ANSWER_REFUSED_NO_AGREEMENT, "data-request", request.getId(), message);
        return new InvalidInputException("answerAgreement", message);
    }
}
