package org.partnershipportal.boards;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.platform.NotFoundException;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.CallerPermissions;
import org.partnershipportal.platform.Permission;
import org.partnershipportal.platform.PortalClock;

import java.security.Principal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see and change a board's restricted content: its current members and partnership
 * administrators, nobody else. Every service that reads or writes restricted rows asks here first,
 * next to its query; membership is read from the database once per request (SeatsReadThisRequest), so
 * ending a membership takes effect at the person's next request.
 */
@Stateless
public class BoardAccess {

    /**
     * What the caller may do in one board's workspace, or in one meeting of it: {@code deputisingFor} names the member whose
     * deputy the caller is for that meeting (meetings.MeetingReaders), and is null for a seat on the board. A deputy's seat
     * has no role, so it reads a published agenda and manages nothing.
     */
    public record Seat(BoardId boardId, String username, MembershipRole role, boolean administrator, String deputisingFor)
            implements java.io.Serializable {

        public Seat(BoardId boardId, String username, MembershipRole role, boolean administrator) {
            this(boardId, username, role, administrator, null);
        }

        /** The seat of a member's named deputy, for one meeting only. */
        public static Seat deputyFor(BoardId boardId, String username, String memberName) {
            return new Seat(boardId, username, null, false, java.util.Objects.requireNonNull(memberName));
        }

        /** Reads one meeting as a member's deputy, not as a member of the board. */
        public boolean deputising() {
            return deputisingFor != null;
        }

        public boolean managesMeetings() {
            return administrator || (role != null && role.managesMeetings());
        }

        /**
         * Whether this seat reads the items of a meeting's agenda: once it is published, or before when the seat manages the
         * board's meetings (a draft is the chair's working copy). {@link CallerBoards#readsAgendaItem} asks the same over all
         * the caller's seats. The meeting's page and a paper's download also let an item's lead read that one item of a draft
         * and its papers (meetings.Meetings.open, meetings.Agendas.download); lists across boards (search, duplicates) do not.
         */
        public boolean readsAgenda(boolean agendaPublished) {
            return agendaPublished || managesMeetings();
        }

        public boolean updatesOwnActions() {
            return administrator || (role != null && role.updatesOwnActions());
        }

        /** Chairs the board (chair or vice-chair): a seat, not a permission, so an administrator's view does not count. */
        public boolean chairing() {
            return role != null && role.isChairing();
        }
    }

    @PersistenceContext
    EntityManager em;

    /** Days ("today", due dates) are London's, from the portal's clock (PortalClock's time policy). */
    @Inject
    PortalClock clock;

    @Inject
    SecurityContext security;

    @Inject
    CallerPermissions may;

    @Inject
    AuditLog audit;

    @Inject
    SeatsReadThisRequest seatsReadThisRequest;

    /** The caller's seat on the board, or a refusal (audited) if they have none. */
    public Seat requireMember(BoardId boardId) {
        return seatOf(boardId).orElseThrow(() -> refuse(boardId, "not a current member"));
    }

    /** Chairs, vice-chairs, business support and administrators manage a board's meetings. */
    public Seat requireMeetingManager(BoardId boardId) {
        Seat seat = requireMember(boardId);
        if (!seat.managesMeetings()) {
            throw refuse(boardId, "seat " + seat.role() + " does not manage meetings");
        }
        return seat;
    }

    public Optional<Seat> seatOf(BoardId boardId) {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            return Optional.empty();
        }
        Optional<MembershipRole> role = seatsGiveAccess() ? currentRoleOfCaller(caller.getName(), boardId) : Optional.empty();
        boolean admin = may.holds(Permission.SEE_EVERY_BOARD);
        if (role.isEmpty() && !admin) {
            return Optional.empty();
        }
        if (role.isEmpty() && em.find(Board.class, boardId.value()) == null) {
            // Only an administrator learns that a board does not exist; anyone else is refused as for any board not theirs.
            throw new NotFoundException("There is no board " + boardId);
        }
        return Optional.of(new Seat(boardId, caller.getName(), role.orElse(null), admin));
    }

    private Optional<MembershipRole> currentRoleOfCaller(String username, BoardId boardId) {
        LocalDate today = clock.today();
        // Off a request too (a managed executor's task): Payara's Weld starts a request context for each call into a
        // session bean when none is active (BackgroundTaskIT).
        return seatsReadThisRequest.roleOf(username, boardId, today, () -> currentRole(username, boardId, today));
    }

    /** The rule itself, for a named person: their seat on the board today, if any. */
    public Optional<MembershipRole> currentRole(String username, BoardId boardId, LocalDate today) {
        List<MembershipRole> roles = em.createQuery(
                        "SELECT m.role FROM Membership m WHERE m.board.id = :board AND m.member.username = :username "
                                + "AND " + Membership.CURRENT_ON_TODAY + " "
                                + "AND m.member.enabled = TRUE", MembershipRole.class)
                .setParameter("board", boardId.value()).setParameter("username", username).setParameter("today", today)
                .getResultList();
        return roles.stream().min(Enum::compareTo);
    }

    /** Ids of the boards the caller sits on today (administrators: all boards). */
    public List<Long> boardsOfCaller() {
        return List.copyOf(callerBoards().sitsOn());
    }

    /**
     * The boards the caller sits on today, and those whose meetings they manage as {@link Seat#managesMeetings()} has it
     * (chairs, vice-chairs, business support; an administrator sits on and manages every board): only the managers read
     * a board's draft agendas.
     */
    public record CallerBoards(Set<Long> sitsOn, Set<Long> managesMeetingsOf) {
        /**
         * Whether the caller reads an agenda item of the board, as the meeting page shows it: they sit on the board, and
         * the agenda is published or they manage the board's meetings (a draft is the chair's working copy).
         */
        public boolean readsAgendaItem(long boardId, boolean agendaPublished) {
            return sitsOn.contains(boardId) && (agendaPublished || managesMeetingsOf.contains(boardId));
        }
    }

    /** {@link CallerBoards} in one query of the caller's current seats. */
    public CallerBoards callerBoards() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            return new CallerBoards(Set.of(), Set.of());
        }
        if (may.holds(Permission.SEE_EVERY_BOARD)) {
            Set<Long> every = Set.copyOf(em.createQuery("SELECT b.id FROM Board b", Long.class).getResultList());
            return new CallerBoards(every, every);
        }
        if (!seatsGiveAccess()) {
            return new CallerBoards(Set.of(), Set.of());
        }
        Set<Long> sitsOn = new HashSet<>();
        Set<Long> managesMeetingsOf = new HashSet<>();
        em.createQuery("SELECT m.board.id, m.role FROM Membership m WHERE m.member.username = :username AND " + Membership.CURRENT_ON_TODAY,
                        Object[].class)
                .setParameter("username", caller.getName()).setParameter("today", clock.today()).getResultStream()
                .forEach(seat -> {
                    sitsOn.add((Long) seat[0]);
                    if (((MembershipRole) seat[1]).managesMeetings()) {
                        managesMeetingsOf.add((Long) seat[0]);
                    }
                });
        return new CallerBoards(Set.copyOf(sitsOn), Set.copyOf(managesMeetingsOf));
    }

    /**
     * A seat counts only for someone who holds the Board member role: the portal seats no one without it and does not take
     * it from someone seated (BoardDirectory, UserDirectory), but seats recorded by earlier releases may lack it, and the
     * role is what says a person sits on boards at all (their menu, My boards, My actions follow it).
     */
    public boolean seatsGiveAccess() {
        return may.holds(Permission.SIT_ON_BOARDS);
    }

    private AccessRefusedException refuse(BoardId boardId, String why) {
        audit.recordRefusal("board", boardId.value(), why);
        return new AccessRefusedException("You do not sit on this board");
    }
}
