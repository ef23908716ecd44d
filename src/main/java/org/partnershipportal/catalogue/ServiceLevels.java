package org.partnershipportal.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.Permission;
import org.partnershipportal.platform.PortalClock;
import org.partnershipportal.platform.WorkingDays;
import org.partnershipportal.platform.Wording;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The partnership's service levels for data requests: how many working days agencies have to accept
 * or decline a request and to answer it, the due dates each request carries, how late it is, and who
 * hears when an agency's requests are late. Administrators change the levels and the contacts; the
 * due dates are set as requests are raised, accepted and transferred.
 */
@Stateless
public class ServiceLevels {

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    WorkingDays workingDays;

    @Inject
    AuditLog audit;

    public ServiceLevel current() {
        return Optional.ofNullable(em.find(ServiceLevel.class, ServiceLevel.THE_PARTNERSHIP))
                .orElseThrow(() -> new IllegalStateException("No service levels (migration V13 inserts them)"));
    }

    public DueDates dueDates() {
        ServiceLevel levels = current();
        return new DueDates(workingDays.calendar(), levels.getDaysToAccept(), levels.getDaysToAnswer());
    }

    /** The request has just reached its agencies (raised, or transferred): they must accept or decline it by the due date. */
    public void startClock(DataRequest request) {
        request.startClock(clock.utcNow(), dueDates().acceptBy(clock.today()));
    }

    /** The request has just been accepted: it must be answered by the due date (or its "needed by", if later). */
    public void accepted(DataRequest request) {
        request.accepted(clock.utcNow(), dueDates().answerBy(clock.today(), request.getNeededBy()));
    }

    /**
     * A request's due dates and lateness as its page shows them: the step now due (on time, or how late), and how late each
     * step already taken was. Accepting late and then answering in time is still a late acceptance: the service statistics
     * count it so, and the page says so rather than "On time".
     *
     * @param workingDaysLate how late the step now due is (0 when on time, or when none is due)
     * @param acceptedLateBy  working days the request was accepted after its accept-by date (0 if on time or not accepted)
     * @param answeredLateBy  working days the answer came after its answer-by date (0 if on time or not answered)
     * @param answered        the request has been answered
     * @param answerDueAfterNeededBy the latest answer the service level allows, when it is after "needed by" (else null)
     */
    public record Standing(LocalDate acceptBy, LocalDate answerBy, LocalDate nextDue, int workingDaysLate, int acceptedLateBy,
                           int answeredLateBy, boolean answered, LocalDate answerDueAfterNeededBy) implements Serializable {
        public boolean isLate() {
            return workingDaysLate > 0 || acceptedLateBy > 0 || answeredLateBy > 0;
        }

        /** Whether the page has anything to say: a step is due, or the request was answered. */
        public boolean isShown() {
            return nextDue != null || answered;
        }

        public String lateness() {
            List<String> parts = new java.util.ArrayList<>();
            if (nextDue != null) {
                // Named by its step, so that a late acceptance beside it ("accepted 12 working days late") reads as history,
                // not as a contradiction of a bare "On time".
                String step = nextDue.equals(answerBy) ? "To answer: " : "To accept: ";
                parts.add(step + (workingDaysLate > 0 ? "late by " + Wording.count(workingDaysLate, "working day") : "on time"));
            } else if (answered) {
                parts.add(answeredLateBy > 0 ? "Answered " + Wording.count(answeredLateBy, "working day") + " late" : "Answered on time");
            }
            if (acceptedLateBy > 0) {
                parts.add("accepted " + Wording.count(acceptedLateBy, "working day") + " late");
            }
            return String.join(" · ", parts);
        }
    }

    public Standing standingOf(DataRequest request) {
        DueDates due = dueDates();
        LocalDate next = request.getNextDueOn();
        int late = next == null ? 0 : due.workingDaysLate(next, clock.today());
        int acceptedLate = lateBy(due, request.getAcceptDueOn(), request.getAcceptedAt());
        boolean answered = request.getStatus() == RequestStatus.ANSWERED;
        int answeredLate = answered ? lateBy(due, request.getAnswerDueOn(), request.getClosedAt()) : 0;
        return new Standing(request.getAcceptDueOn(), request.getAnswerDueOn(), next, late, acceptedLate, answeredLate, answered,
                answerDueAfterNeededBy(request, due));
    }

    /**
     * The latest day the service level gives the agency to answer, when that is after the date the requester needs the data
     * by (null otherwise, and once the request is closed): the requester should know before they plan on it. Before
     * acceptance it is the answer's due date had the agency accepted on the last day allowed.
     */
    private static LocalDate answerDueAfterNeededBy(DataRequest request, DueDates due) {
        LocalDate neededBy = request.getNeededBy();
        if (neededBy == null || !request.getStatus().isOpen()) {
            return null;
        }
        LocalDate answerDue = request.getAnswerDueOn() != null ? request.getAnswerDueOn()
                : request.getAcceptDueOn() == null ? null : due.answerBy(request.getAcceptDueOn(), neededBy);
        return answerDue != null && answerDue.isAfter(neededBy) ? answerDue : null;
    }

    /** Working days a step taken at {@code takenAt} (UTC) was after its due date, on London's calendar; 0 if not taken. */
    private static int lateBy(DueDates due, LocalDate dueOn, java.time.LocalDateTime takenAt) {
        return dueOn == null || takenAt == null ? 0 : due.workingDaysLate(dueOn, PortalClock.localDate(takenAt));
    }

    // ---- administrators

    @RolesAllowed(Permission.Name.SET_SERVICE_LEVELS)
    public ServiceLevel change(int daysToAccept, int daysToAnswer, long expectedVersion) {
        if (daysToAccept < 1 || daysToAccept > ServiceLevel.MAX_DAYS_TO_ACCEPT) {
            throw new InvalidInputException("daysToAccept", "Give 1 to " + ServiceLevel.MAX_DAYS_TO_ACCEPT + " working days");
        }
        if (daysToAnswer < 1 || daysToAnswer > ServiceLevel.MAX_DAYS_TO_ANSWER) {
            throw new InvalidInputException("daysToAnswer", "Give 1 to " + ServiceLevel.MAX_DAYS_TO_ANSWER + " working days");
        }
        ServiceLevel levels = current();
        if (levels.getVersion() != expectedVersion) {
            throw new ConflictException("Another administrator changed the service levels while you were looking. Reload to see them.");
        }
        String before = levels.getDaysToAccept() + "/" + levels.getDaysToAnswer();
        levels.change(daysToAccept, daysToAnswer);
        audit.record(AuditAction.SERVICE_LEVELS_CHANGED, "service-level", ServiceLevel.THE_PARTNERSHIP,
                "working days to accept/answer " + before + " -> " + daysToAccept + "/" + daysToAnswer + " (requests raised or accepted from now on)");
        return levels;
    }

    /** Escalation contacts by agency id. */
    public Map<Long, UserAccount> escalationContacts() {
        return em.createQuery("SELECT c FROM EscalationContact c JOIN FETCH c.person", EscalationContact.class).getResultStream()
                .collect(Collectors.toMap(EscalationContact::getAgencyId, EscalationContact::getPerson));
    }

    public Optional<UserAccount> escalationContactOf(Agency agency) {
        return Optional.ofNullable(em.find(EscalationContact.class, agency.getId())).map(EscalationContact::getPerson).filter(UserAccount::isEnabled);
    }

    @RolesAllowed(Permission.Name.SET_SERVICE_LEVELS)
    public List<Agency> agencies() {
        return em.createQuery("SELECT a FROM Agency a ORDER BY a.name", Agency.class).getResultList();
    }

    /** People who can be an agency's escalation contact: its own enabled accounts. */
    @RolesAllowed(Permission.Name.SET_SERVICE_LEVELS)
    public List<UserAccount> possibleContacts() {
        return em.createQuery("SELECT u FROM UserAccount u JOIN FETCH u.agency WHERE u.enabled = TRUE ORDER BY u.agency.name, u.fullName", UserAccount.class)
                .getResultList();
    }

    @RolesAllowed(Permission.Name.SET_SERVICE_LEVELS)
    public void setEscalationContact(Long agencyId, Long personId) {
        Agency agency = Optional.ofNullable(agencyId == null ? null : em.find(Agency.class, agencyId))
                .orElseThrow(() -> new InvalidInputException("agency", "Choose an agency"));
        UserAccount person = Optional.ofNullable(personId == null ? null : em.find(UserAccount.class, personId))
                .orElseThrow(() -> new InvalidInputException("person", "Choose the person who hears of this agency's overdue requests"));
        if (!agency.equals(person.getAgency()) || !person.isEnabled()) {
            throw new InvalidInputException("person", "Choose someone of " + agency.getShortName() + " whose account is enabled");
        }
        EscalationContact contact = em.find(EscalationContact.class, agencyId);
        if (contact == null) {
            em.persist(new EscalationContact(agencyId, person));
        } else {
            contact.changeTo(person);
        }
        audit.record(AuditAction.ESCALATION_CONTACT_SET, "agency", agencyId, agency.getShortName() + ": " + person.getUsername());
    }
}
