package org.partnershipportal.catalogue;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.PortalClock;
import org.partnershipportal.platform.Wording;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rule that makes an answer lawful: an answer that shares personal or pseudonymised data from a
 * dataset names the current agreement (signed, review date not passed) that covers sharing that dataset from the answering agency with
 * the requester's agency; aggregated or anonymised figures need none, and neither does an answer to someone of the answering agency. A refused answer is audited,
 * though nothing of it is saved.
 */
@Stateless
public class AnswerCoverage {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    PortalClock clock;

    /** The agreement the answer relies on (null when it shares no personal data), or a refusal saying what is missing. */
    public SharingAgreement requireCovered(DataRequest request, Agency from, Collection<Dataset> drawnOn, boolean sharesPersonalData, Long agreementId) {
        if (!sharesPersonalData) {
            return null;
        }
        List<Dataset> personal = drawnOn.stream().filter(Dataset::sharingNeedsAgreement)
                .sorted(java.util.Comparator.comparing(Dataset::getName)).toList();
        if (personal.isEmpty() && drawnOn.isEmpty()) {
            throw new InvalidInputException("usedDatasets", "Tick the datasets the personal data comes from, or say the answer shares aggregated figures only");
        }
        if (personal.isEmpty()) {
            // Datasets are ticked, but the catalogue records each as anonymised: asking to tick them again would read as a fault in the form.
            String ticked = drawnOn.stream().map(Dataset::getName).sorted().collect(Collectors.joining(", "));
            throw new InvalidInputException("usedDatasets", ticked + (drawnOn.size() == 1 ? " is" : " are") + " catalogued as anonymised, not personal data."
                    + " If the answer shares personal data, tick the dataset it comes from; if not, say it shares aggregated or anonymised figures only");
        }
        if (!needsAgreement(request, from)) {
            return null;
        }
        Agency to = request.getRequester().getAgency();
        String names = personal.stream().map(Dataset::getName).collect(Collectors.joining(", "));
        if (agreementId == null) {
            throw refuse(request, "This answer shares personal data from " + names + ". Choose the signed agreement that covers sharing it with "
                    + to.getShortName() + "; if none does, share aggregated or anonymised figures, or decline (no lawful basis).");
        }
        SharingAgreement agreement = em.find(SharingAgreement.class, agreementId);
        LocalDate today = clock.today();
        if (agreement != null && agreement.isExpiredOn(today)) {
            // It may have been current when the page was opened: say which and why, rather than "no agreement".
            throw refuse(request, agreement.getReference() + " has expired" + (agreement.getReviewOn() == null ? "" : " (review date "
                    + Wording.date(agreement.getReviewOn()) + ")") + ", so it no longer covers sharing " + names + " with " + to.getShortName()
                    + ". Choose a current agreement, share aggregated or anonymised figures, or decline (no lawful basis).");
        }
        List<Dataset> uncovered = agreement == null ? personal : personal.stream().filter(d -> !agreement.coversOn(today, d, from, to)).toList();
        if (!uncovered.isEmpty()) {
            throw refuse(request, "No current agreement covers " + from.getShortName() + " → " + to.getShortName() + " for "
                    + uncovered.stream().map(Dataset::getName).collect(Collectors.joining(", "))
                    + ". Share aggregated or anonymised figures instead, or decline (no lawful basis).");
        }
        return agreement;
    }

    /**
     * Whether an answer from {@code from} that shares personal data needs a sharing agreement: not when the requester works for
     * that agency too, since nothing then passes between the partnership's organisations (sharing agreements govern sharing
     * between agencies, and the sharing chain leaves an agency's own data out for the same reason).
     */
    public boolean needsAgreement(DataRequest request, Agency from) {
        return !from.equals(request.getRequester().getAgency());
    }

    /** Current agreements between the answering agency and the requester's: the ones an answer could rely on (expired ones are not offered). */
    public List<SharingAgreement> choices(DataRequest request, Agency from) {
        Agency to = request.getRequester().getAgency();
        LocalDate today = clock.today();
        return em.createQuery("SELECT a FROM SharingAgreement a WHERE a.status = :signed ORDER BY a.title", SharingAgreement.class)
                .setParameter("signed", AgreementStatus.SIGNED).getResultStream()
                .filter(a -> a.isCurrentOn(today) && a.partyOf(from).isPresent() && a.partyOf(to).isPresent()).toList();
    }

    /** How the agreement an answer relied on stands today (it may have expired since), or null when the answer relied on none. */
    public AgreementStatus standingOfAnswerAgreement(DataRequest request) {
        return request.getAgreement() == null ? null : request.getAgreement().standingOn(clock.today());
    }

    private InvalidInputException refuse(DataRequest request, String message) {
        audit.recordIndependently(AuditAction.ANSWER_REFUSED_NO_AGREEMENT, "data-request", request.getId(), message);
        return new InvalidInputException("answerAgreement", message);
    }
}
