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
import org.partnershipportal.boards.Membership;
import org.partnershipportal.boards.MembershipRole;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.AgencyRecords;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.MailSettings;
import org.partnershipportal.platform.PortalClock;
import org.partnershipportal.platform.Wording;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One request's service-level e-mail for the day, if one is due: a reminder to its agencies' data leads
 * the working day before a due date, an escalation to each agency's escalation contact and the
 * requesting board's chair once it is late. Each kind goes once per due date per request (recorded
 * before the mail, which leaves only after the record commits), and each is on the request's
 * timeline and in the audit log. Called by {@link RequestReminders}, one request per transaction.
 */
@Stateless
public class DueRequestNotices {

    /** A reminder goes out the working day before the due date: at most a few calendar days before it (Easter, Christmas). */
    private static final int LOOK_AHEAD_DAYS = 10;

    static final String PORTAL = "portal";

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencyRecords agencyRecords;

    @Inject
    ServiceLevels serviceLevels;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    MailSettings mailSettings;

    @Inject
    Event<RequestNotice> notices;

    /** Open requests whose next step is due within the look-ahead or already late: the only ones a run need open. */
    public List<Long> candidates(LocalDate today) {
        return em.createQuery("SELECT r.id FROM DataRequest r WHERE (r.status = :submitted AND r.acceptDueOn <= :horizon) "
                        + "OR (r.status IN :working AND r.answerDueOn <= :horizon) ORDER BY r.id", Long.class)
                .setParameter("submitted", RequestStatus.SUBMITTED).setParameter("working", List.of(RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS))
                .setParameter("horizon", today.plusDays(LOOK_AHEAD_DAYS)).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<ReminderKind> sendIfDue(long requestId, LocalDate today) {
        DataRequest request = em.find(DataRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || request.getNextDueOn() == null) {
            return Optional.empty();
        }
        LocalDate due = request.getNextDueOn();
        DueDates.Step step = request.getNextStep();
        DueDates rules = serviceLevels.dueDates();
        Optional<ReminderKind> kind = rules.noticeOn(step, due, today);
        if (kind.isEmpty() || alreadySent(requestId, kind.get(), due)) {
            return Optional.empty();
        }
        em.persist(new RequestReminder(requestId, kind.get(), due, clock.utcNow()));
        List<RequestNotice.Mail> mails = new ArrayList<>();
        String history;
        if (kind.get().isEscalation()) {
            int late = rules.workingDaysLate(due, today);
            Set<UserAccount> told = new LinkedHashSet<>();
            List<String> noContact = new ArrayList<>();
            for (Agency agency : request.getAgencyList()) {
                serviceLevels.escalationContactOf(agency).ifPresentOrElse(told::add, () -> noContact.add(agency.getShortName()));
            }
            told.addAll(chairsOf(request, today));
            String what = (step == DueDates.Step.ACCEPT ? "accepted or declined" : "answered");
            for (UserAccount to : told) {
                mails.add(mail(to, "Overdue data request escalated: " + abbreviated(request.getAsk().getQuestion()), request,
                        "A data request to " + agencyNames(request) + " from " + request.getBoard().getName() + " was due to be " + what + " by "
                                + Wording.date(due) + " and is now " + Wording.count(late, "working day") + " late.\n\n"
                                + "What is needed: " + request.getWhatNeeded() + "\n\nYou receive this as "
                                + (request.getAgencies().stream().anyMatch(a -> to.equals(serviceLevels.escalationContactOf(a).orElse(null)))
                                ? "your agency's escalation contact for data requests." : "chair of " + request.getBoard().getName() + ".") + "\n"));
            }
            history = "Not " + what + " by " + Wording.date(due) + " (" + Wording.count(late, "working day") + " late). Escalated to "
                    + (told.isEmpty() ? "nobody" : told.stream().map(UserAccount::getFullName).collect(Collectors.joining(", ")))
                    + (noContact.isEmpty() ? "" : "; no escalation contact is set for " + String.join(", ", noContact)) + ".";
        } else {
            List<UserAccount> leads = agencyRecords.answeringFor(request.getAgencies());
            String what = step == DueDates.Step.ACCEPT ? "accept or decline" : "answer";
            for (UserAccount lead : leads) {
                mails.add(mail(lead, "Reminder: data request due " + Wording.date(due), request,
                        "Please " + what + " this data request from " + request.getBoard().getName() + " by " + Wording.date(due) + ".\n\n"
                                + "What is needed: " + request.getWhatNeeded() + "\n\nIf it is late, it is escalated to your agency's escalation contact"
                                + " and the board's chair.\n"));
            }
            history = "Reminder to " + (leads.isEmpty() ? "nobody (no data lead)" : leads.stream().map(UserAccount::getFullName).collect(Collectors.joining(", ")))
                    + ": " + what + " by " + Wording.date(due) + ".";
        }
        EntryKind entryKind = kind.get().isEscalation() ? EntryKind.ESCALATION : EntryKind.REMINDER;
        em.persist(DataRequestEntry.event(request, PORTAL, clock.utcNow(), entryKind, null, null, history));
        audit.record(kind.get().isEscalation() ? AuditAction.DATA_REQUEST_ESCALATED : AuditAction.DATA_REQUEST_REMINDED, "data-request", requestId,
                kind.get().name() + " for " + due + ": " + mails.stream().map(RequestNotice.Mail::to).collect(Collectors.joining(", ")));
        notices.fire(new RequestNotice(mails));
        return kind;
    }

    private boolean alreadySent(long requestId, ReminderKind kind, LocalDate due) {
        return em.createQuery("SELECT COUNT(n) FROM RequestReminder n WHERE n.requestId = :id AND n.kind = :kind AND n.dueOn = :due", Long.class)
                .setParameter("id", requestId).setParameter("kind", kind).setParameter("due", due).getSingleResult() > 0;
    }

    private List<UserAccount> chairsOf(DataRequest request, LocalDate today) {
        return em.createQuery("SELECT m.member FROM Membership m WHERE m.board = :board AND m.role = :chair AND m.member.enabled = TRUE AND "
                        + Membership.CURRENT_ON_TODAY, UserAccount.class)
                .setParameter("board", request.getBoard()).setParameter("chair", MembershipRole.CHAIR).setParameter("today", today).getResultList();
    }


    private static String agencyNames(DataRequest request) {
        return request.getAgencyList().stream().map(Agency::getShortName).collect(Collectors.joining(", "));
    }

    private RequestNotice.Mail mail(UserAccount to, String subject, DataRequest request, String text) {
        return new RequestNotice.Mail(to.getEmail(), subject, "Dear " + to.getFullName() + ",\n\n" + text
                + "\nOpen the request: " + mailSettings.portalUrl() + "/catalogue/request.xhtml?id=" + request.getId()
                + "\n\nPartnership Portal\n");
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
