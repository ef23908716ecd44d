package org.partnershipportal.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.boards.BoardAccess;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.MyAccount;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.CallerPermissions;
import org.partnershipportal.platform.NotFoundException;
import org.partnershipportal.platform.Permission;
import org.partnershipportal.platform.PortalClock;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reading data requests: who may see one (its requester, current members of its board, the data leads
 * of the agencies it went to or that passed it on, and whoever may see every request), a request's
 * timeline, and the lists and counts of the requests pages, paged in the database. The workflow
 * ({@link DataRequests}) opens a request through here, so the read rule is written once.
 */
@Stateless
@RolesAllowed(Permission.Name.READ_CATALOGUE)
public class DataRequestQueries {

    /** Whose requests a list shows; every request (ALL) only for those who may see every data request. */
    public enum Scope { RAISED_BY_ME, MY_BOARDS, MY_AGENCY, ALL }

    @PersistenceContext
    EntityManager em;

    /** Days ("today", due dates) are London's, from the portal's clock (PortalClock's time policy). */
    @Inject
    PortalClock clock;

    @Inject
    CallerPermissions may;

    @Inject
    AuditLog audit;

    @Inject
    BoardAccess access;

    @Inject
    MyAccount myAccount;

    public DataRequest open(long requestId) {
        DataRequest request = find(requestId);
        if (!mayRead(request)) {
            audit.recordRefusal("data-request", requestId, "not the requester, on its board, or a data lead it went to");
            throw new AccessRefusedException("This request is for " + request.getBoard().getName() + "; only its members and the data leads it went to can see it");
        }
        return request;
    }

    public boolean mayRead(DataRequest request) {
        return readableByCaller().test(request);
    }

    /** The read rule for many requests at once: who the caller is, and their boards, are looked up once. */
    public Predicate<DataRequest> readableByCaller() {
        if (may.holds(Permission.SEE_EVERY_DATA_REQUEST)) {
            return request -> true;
        }
        UserAccount me = caller();
        Set<Long> myBoards = new HashSet<>(access.boardsOfCaller());
        Set<Long> transferredFromMine = transferredFromAgencyOf(me);
        return request -> request.getRequester().equals(me) || myBoards.contains(request.getBoard().getId()) || handles(request, me)
                || transferredFromMine.contains(request.getId());
    }

    /** Requests a data lead's agency passed on to another: the agency still sees what became of them. */
    private Set<Long> transferredFromAgencyOf(UserAccount user) {
        if (user == null || !user.holds(Permission.ANSWER_DATA_REQUESTS) || user.getAgency() == null) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT DISTINCT t.request.id FROM DataRequestTransfer t WHERE t.from = :agency", Long.class)
                .setParameter("agency", user.getAgency()).getResultList());
    }

    /** The caller is a data lead of an agency the request went to. */
    public boolean mayHandle(DataRequest request) {
        return handles(request, caller());
    }

    /** The person is a data lead of an agency the request went to. */
    private static boolean handles(DataRequest request, UserAccount user) {
        return user != null && user.holds(Permission.ANSWER_DATA_REQUESTS) && request.getAgencies().contains(user.getAgency());
    }

    /** How another agency's request, raised together with one the caller reads, stands; {@code readable}: the caller may open it. */
    public record RaisedTogether(long id, String agency, String statusLabel, String statusTone, boolean readable) implements Serializable {
    }

    /**
     * The other requests raised together with {@code request}, one per agency, and how each stands. Their agency and status are
     * shown to whoever reads this one, as they were when every agency shared one request; only those who may read one open it.
     */
    public List<RaisedTogether> raisedTogether(DataRequest request) {
        Predicate<DataRequest> readable = readableByCaller();
        LocalDate today = clock.today();
        return em.createQuery("SELECT r FROM DataRequest r WHERE " + DataRequest.RAISED_WITH_IT, DataRequest.class)
                .setParameter("group", request.groupId()).setParameter("id", request.getId()).getResultStream()
                .map(r -> new RaisedTogether(r.getId(), r.getAgencyList().stream().map(Agency::getShortName)
                        .collect(Collectors.joining(", ")), r.statusLabelOn(today), r.statusToneOn(today), readable.test(r)))
                .sorted(Comparator.comparing(RaisedTogether::agency)).toList();
    }

    /** One of the caller's own open requests on an ask: where it is and how it stands. */
    public record OpenRequest(long id, String agency, String statusLabel, LocalDate raisedOn) implements Serializable {
    }

    /**
     * The caller's own requests on this ask that are still open: before raising another, the requester sees what they
     * already asked and of whom (a second request to the same agency is allowed, for a different need, but should be a choice).
     */
    public List<OpenRequest> openOfMineOn(long askId) {
        LocalDate today = clock.today();
        return em.createQuery("SELECT r FROM DataRequest r WHERE r.ask.id = :ask AND r.requester = :me AND r.status IN :open ORDER BY r.submittedAt",
                        DataRequest.class).setParameter("ask", askId).setParameter("me", caller()).setParameter("open", RequestStatus.open())
                .getResultStream().map(r -> new OpenRequest(r.getId(), r.getAgencyList().stream().map(Agency::getShortName).collect(Collectors.joining(", ")),
                        r.statusLabelOn(today), PortalClock.localDate(r.getSubmittedAt()))).toList();
    }

    public List<DataRequestEntry> timeline(long requestId) {
        open(requestId);
        return em.createQuery("SELECT e FROM DataRequestEntry e WHERE e.request.id = :id ORDER BY e.writtenAt, e.id", DataRequestEntry.class)
                .setParameter("id", requestId).getResultList();
    }

    public long count(Scope scope, boolean openOnly) {
        var query = em.createQuery("SELECT COUNT(r) FROM DataRequest r" + where(scope, openOnly), Long.class);
        return bindScope(query, scope, openOnly).getSingleResult();
    }

    public List<DataRequest> list(Scope scope, boolean openOnly, int first, int pageSize) {
        var query = em.createQuery("SELECT r FROM DataRequest r JOIN FETCH r.ask JOIN FETCH r.board JOIN FETCH r.requester"
                + where(scope, openOnly) + " ORDER BY CASE WHEN r.closedAt IS NULL THEN 0 ELSE 1 END, r.neededBy, r.id", DataRequest.class);
        return bindScope(query, scope, openOnly)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(100, pageSize))).getResultList();
    }

    private static String where(Scope scope, boolean openOnly) {
        String who = switch (scope) {
            case RAISED_BY_ME -> " WHERE r.requester.username = :me";
            case MY_BOARDS -> " WHERE r.board.id IN :boards";
            case MY_AGENCY -> " WHERE :agency MEMBER OF r.agencies";
            case ALL -> " WHERE 1 = 1";
        };
        return who + (openOnly ? " AND r.status IN :open" : "");
    }

    private <Q extends jakarta.persistence.TypedQuery<?>> Q bindScope(Q query, Scope scope, boolean openOnly) {
        UserAccount me = caller();
        switch (scope) {
            case RAISED_BY_ME -> query.setParameter("me", me.getUsername());
            case MY_BOARDS -> {
                List<Long> boards = access.boardsOfCaller();
                query.setParameter("boards", boards.isEmpty() ? List.of(-1L) : boards);
            }
            case MY_AGENCY -> {
                if (!me.holds(Permission.ANSWER_DATA_REQUESTS)) {
                    throw new AccessRefusedException("Only data leads have an agency queue");
                }
                query.setParameter("agency", me.getAgency());
            }
            case ALL -> {
                if (!may.holds(Permission.SEE_EVERY_DATA_REQUEST)) {
                    throw new AccessRefusedException("Only administrators see every data request");
                }
            }
        }
        if (openOnly) {
            query.setParameter("open", RequestStatus.open());
        }
        return query;
    }

    /** Open requests past their date in the caller's queue (data leads) or raised by them. */
    public long overdueForCaller() {
        UserAccount me = caller();
        String who = me.holds(Permission.ANSWER_DATA_REQUESTS) ? "(r.requester = :me OR :agency MEMBER OF r.agencies)" : "r.requester = :me";
        var query = em.createQuery("SELECT COUNT(r) FROM DataRequest r WHERE " + who + " AND r.status IN :open AND r.neededBy < :today", Long.class)
                .setParameter("me", me).setParameter("open", RequestStatus.open())
                .setParameter("today", clock.today());
        if (me.holds(Permission.ANSWER_DATA_REQUESTS)) {
            query.setParameter("agency", me.getAgency());
        }
        return query.getSingleResult();
    }

    public UserAccount caller() {
        return myAccount.current().orElseThrow(() -> new AccessRefusedException("Sign in first"));
    }

    private DataRequest find(long requestId) {
        return Optional.ofNullable(em.find(DataRequest.class, requestId)).orElseThrow(() -> new NotFoundException("No such data request"));
    }
}
