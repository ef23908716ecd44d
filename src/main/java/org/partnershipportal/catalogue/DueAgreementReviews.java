package org.partnershipportal.catalogue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.AgencyRecords;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.MailSettings;
import org.partnershipportal.platform.PortalClock;
import org.partnershipportal.platform.Wording;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One agreement's review reminder, if one is due: a signed agreement whose review date is a month away or
 * nearer (and not yet passed: then it has expired) e-mails the data leads of every party agency, once per
 * review date (recorded before the mail, which leaves only after the record commits; a new review date
 * earns a new reminder). Each reminder is in the audit log against the agreement and listed on its page.
 * Called by {@link AgreementReviewReminders}, one agreement per transaction.
 */
@Stateless
public class DueAgreementReviews {

    /** The parties have a month to review and re-sign before the agreement stops covering sharing. */
    static final int MONTHS_AHEAD = 1;

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencyRecords agencyRecords;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    MailSettings mailSettings;

    @Inject
    Event<RequestNotice> notices;

    /** Signed agreements to be reviewed between today and a month from today. */
    public List<Long> candidates(LocalDate today) {
        return em.createQuery("SELECT a.id FROM SharingAgreement a WHERE a.status = :signed AND a.reviewOn >= :today AND a.reviewOn <= :horizon "
                        + "ORDER BY a.reviewOn, a.id", Long.class)
                .setParameter("signed", AgreementStatus.SIGNED).setParameter("today", today).setParameter("horizon", today.plusMonths(MONTHS_AHEAD))
                .getResultList();
    }

    /** The data leads told, or empty when nothing was due (already reminded of this review date, or no longer due). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<List<UserAccount>> sendIfDue(long agreementId, LocalDate today) {
        SharingAgreement agreement = em.find(SharingAgreement.class, agreementId, LockModeType.PESSIMISTIC_WRITE);
        if (agreement == null || !agreement.isCurrentOn(today) || agreement.getReviewOn() == null
                || agreement.getReviewOn().isAfter(today.plusMonths(MONTHS_AHEAD)) || alreadyReminded(agreementId, agreement.getReviewOn())) {
            return Optional.empty();
        }
        LocalDate reviewOn = agreement.getReviewOn();
        em.persist(new AgreementReviewReminder(agreementId, reviewOn, clock.utcNow()));
        List<UserAccount> leads = agencyRecords.answeringFor(agreement.getPartyList().stream().map(AgreementParty::getAgency).toList());
        List<RequestNotice.Mail> mails = leads.stream().map(lead -> new RequestNotice.Mail(lead.getEmail(),
                "Sharing agreement due for review by " + Wording.date(reviewOn) + ": " + agreement.getReference(),
                "Dear " + lead.getFullName() + ",\n\n"
                        + "The information sharing agreement " + agreement.getReference() + " (" + agreement.getTitle() + ") between "
                        + agreement.getPartyNames() + " is due for review by " + Wording.date(reviewOn) + ".\n\n"
                        + "After that date it is shown as expired and no longer covers sharing: answers that share personal data cannot rely on it. "
                        + "Review it with the other parties and record the new review date, or record that it has expired or been withdrawn.\n\n"
                        + "You receive this as a data lead of " + lead.getAgency().getShortName() + ", a party to the agreement.\n"
                        + "\nOpen the agreement: " + mailSettings.portalUrl() + "/catalogue/agreement.xhtml?id=" + agreementId
                        + "\n\nPartnership Portal\n")).toList();
        audit.record(AuditAction.AGREEMENT_REVIEW_REMINDED, "agreement", agreementId, "review by " + reviewOn + ": "
                + (leads.isEmpty() ? "nobody (no data lead at any party)" : leads.stream().map(UserAccount::getEmail).collect(Collectors.joining(", "))));
        notices.fire(new RequestNotice(mails));
        return Optional.of(leads);
    }

    private boolean alreadyReminded(long agreementId, LocalDate reviewOn) {
        return em.createQuery("SELECT COUNT(r) FROM AgreementReviewReminder r WHERE r.agreementId = :id AND r.reviewOn = :review", Long.class)
                .setParameter("id", agreementId).setParameter("review", reviewOn).getSingleResult() > 0;
    }

}
