package org.partnershipportal.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.AgencyRecords;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.MailSettings;
import org.partnershipportal.platform.Permission;
import org.partnershipportal.platform.PortalClock;
import org.partnershipportal.platform.Wording;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Moving a data request to the agency that really holds the data: a data lead of an agency the request
 * is with passes it to another agency's queue, with the reason. The new agency's clock starts afresh
 * (it must accept or decline within the service level); the requester and both agencies' data leads
 * are told, the move is on the request's timeline and in the audit log, and the agency it left can
 * still read it.
 */
@Stateless
@RolesAllowed(Permission.Name.ANSWER_DATA_REQUESTS)
public class RequestTransfers {

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencyRecords agencyRecords;

    @Inject
    DataRequestQueries requestQueries;

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

    public DataRequest transfer(long requestId, long expectedVersion, Long toAgencyId, String reason) {
        DataRequest request = requestQueries.open(requestId);
        UserAccount me = requestQueries.caller();
        if (!requestQueries.mayHandle(request)) {
            audit.recordRefusal("data-request", requestId, "transfer by someone not a data lead of an agency it is with");
            throw new AccessRefusedException("Only the data leads of the agencies this request is with can transfer it");
        }
        // Transfers within one group of requests raised together take turns, so that two data leads passing their
        // requests to the same agency at the same moment cannot both pass the check on the group below: each holds the
        // group's first request's row until its transaction ends (a lock on the row alone: the entities read are left as
        // they are). The lock is the transaction's first statement on the database (EclipseLink reads outside one until a
        // statement needs it; MariaDB's general log shows XA START just before it), so the reads after it see what a
        // transfer that held the group before committed (CatalogueBrowserIT, two data leads at once).
        em.createNativeQuery("SELECT id FROM data_request WHERE id = ?1 FOR UPDATE").setParameter(1, request.groupId()).getSingleResult();
        if (request.getVersion() != expectedVersion) {
            throw new ConflictException("This request changed while you were looking at it (now: " + request.getStatus().getLabel().toLowerCase(Locale.ROOT)
                    + "). Reload to see the change.");
        }
        Agency from = me.getAgency();
        Agency to = Optional.ofNullable(toAgencyId == null ? null : em.find(Agency.class, toAgencyId))
                .orElseThrow(() -> new InvalidInputException("transferTo", "Choose the agency that holds the data"));
        if (to.equals(from)) {
            throw new InvalidInputException("transferTo", "The request is with your agency already; choose the agency that holds the data");
        }
        if (request.getAgencies().contains(to)) {
            throw new InvalidInputException("transferTo", "The request is already with " + to.getShortName() + "; decline your part instead");
        }
        if (agenciesAskedTogetherWith(request).contains(to)) {
            throw new InvalidInputException("transferTo", to.getShortName() + " was asked for this data in a request of its own, raised with this one;"
                    + " decline yours instead, saying so");
        }
        String why = InputRules.trimmed(reason);
        if (why == null) {
            throw new InvalidInputException("transferReason", "Say why: what makes you think " + to.getShortName() + " holds the data");
        }
        if (why.length() > DataRequestTransfer.REASON_MAX) {
            throw new InvalidInputException("transferReason", "Use at most " + DataRequestTransfer.REASON_MAX + " characters");
        }
        LocalDateTime now = clock.utcNow();
        List<UserAccount> stayingInformed = agencyRecords.answeringFor(Set.of(from));
        // Kept on the transfer: the request's own acceptance restarts with the receiving agency's clock.
        LocalDateTime acceptedBySender = request.getAcceptedAt();
        // The receiving agency starts on time, but how late the request already was stays on its record: a transfer must not
        // make a request that waited weeks look fresh to its requester.
        String lateness = latenessWhenTransferred(request);
        RequestStatus before = request.transfer(from, to, me.getUsername(), now, serviceLevels.dueDates().acceptBy(clock.today()));
        em.persist(new DataRequestTransfer(request, from, to, why, me.getUsername(), now, acceptedBySender));
        em.persist(DataRequestEntry.event(request, me.getUsername(), now, EntryKind.TRANSFER, before, RequestStatus.SUBMITTED,
                "Transferred from " + from.getShortName() + " to " + to.getShortName() + lateness + ": " + why));
        em.flush();
        audit.record(AuditAction.DATA_REQUEST_TRANSFERRED, "data-request", requestId, from.getShortName() + " -> " + to.getShortName() + ": " + why);

        String due = Wording.date(request.getAcceptDueOn());
        Set<UserAccount> told = new LinkedHashSet<>();
        List<RequestNotice.Mail> mails = new ArrayList<>();
        for (UserAccount lead : agencyRecords.answeringFor(Set.of(to))) {
            told.add(lead);
            mails.add(mail(lead, "Data request transferred to " + to.getShortName() + " from " + from.getShortName(), request,
                    me.getFullName() + " (" + from.getShortName() + ") has passed this request from " + request.getBoard().getName()
                            + " to your agency.\n\nWhy: " + why + "\n\nWhat is needed: " + request.getWhatNeeded()
                            + "\n\nPlease accept or decline it by " + due + ".\n"));
        }
        String note = me.getFullName() + " (" + from.getShortName() + ") has transferred your data request to " + to.getName() + lateness + ".\n\nWhy: " + why
                + "\n\n" + to.getShortName() + " has until " + due + " to accept or decline it.\n";
        if (told.add(request.getRequester())) {
            mails.add(mail(request.getRequester(), "Data request transferred to " + to.getShortName(), request, note));
        }
        for (UserAccount colleague : stayingInformed) {
            if (!colleague.equals(me) && told.add(colleague)) {
                mails.add(mail(colleague, "Data request transferred to " + to.getShortName(), request, note));
            }
        }
        notices.fire(new RequestNotice(mails));
        return request;
    }

    /** ", 20 working days late to accept" when the step due with the sending agency was late; else empty. */
    private String latenessWhenTransferred(DataRequest request) {
        int late = serviceLevels.standingOf(request).workingDaysLate();
        if (late <= 0) {
            return "";
        }
        return ", " + Wording.count(late, "working day") + " late to " + (request.getNextStep() == DueDates.Step.ACCEPT ? "accept" : "answer");
    }

    /** Where a request may be transferred: every agency it is not with already, nor asked in a request raised with it. */
    public List<Agency> destinations(DataRequest request) {
        Set<Agency> askedAlready = agenciesAskedTogetherWith(request);
        return em.createQuery("SELECT a FROM Agency a ORDER BY a.name", Agency.class).getResultStream()
                .filter(a -> !request.getAgencies().contains(a) && !askedAlready.contains(a)).toList();
    }

    /**
     * The agencies of the other requests raised together with this one, open or settled: each has had its own to answer,
     * and has answered or declined it or will, so passing this one to it would only ask it twice.
     */
    private Set<Agency> agenciesAskedTogetherWith(DataRequest request) {
        return new HashSet<>(em.createQuery("SELECT a FROM DataRequest r JOIN r.agencies a WHERE " + DataRequest.RAISED_WITH_IT, Agency.class)
                .setParameter("group", request.groupId()).setParameter("id", request.getId()).getResultList());
    }


    private RequestNotice.Mail mail(UserAccount to, String subject, DataRequest request, String text) {
        return new RequestNotice.Mail(to.getEmail(), subject, "Dear " + to.getFullName() + ",\n\n" + text
                + "\nOpen the request: " + mailSettings.portalUrl() + "/catalogue/request.xhtml?id=" + request.getId()
                + "\n\nPartnership Portal\n");
    }
}
