package org.partnershipportal.boards;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.NotFoundException;
import org.partnershipportal.platform.Permission;
import org.partnershipportal.platform.PortalClock;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What partnership administrators do with boards, their remits, reporting lines and memberships. */
@Stateless
@RolesAllowed(Permission.Name.MANAGE_BOARDS)
public class BoardDirectory {

    static final String BOARD = "board";

    @PersistenceContext
    EntityManager em;

    /** Days ("today", due dates) are London's, from the portal's clock (PortalClock's time policy). */
    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @Inject
    SeatsReadThisRequest seatsReadThisRequest;

    public Board create(BoardForm form) {
        requireValid(form);
        refuseTakenNames(form, -1L);
        Board board = new Board(form.getName(), form.getShortName(), form.getPurpose(), form.getMeetingFrequency());
        board.setPapersDeadline(form.getPapersDeadlineDays());
        board.setAttendanceRules(form.getQuorum(), form.isDeputiesAllowed());
        board.replaceRemit(harmTypes(form.remitIds()));
        em.persist(board);
        em.flush();
        board.replaceReportingLines(reportingLines(board, form.reportsToIds()));
        audit.record(AuditAction.BOARD_CREATED, BOARD, board.getId(), board.getName());
        return board;
    }

    public Board update(BoardId boardId, long expectedVersion, BoardForm form) {
        Board board = get(boardId);
        if (board.getVersion() != expectedVersion) {
            throw new ConflictException("Someone else changed this board while you were editing. Reload to see their changes.");
        }
        requireValid(form);
        refuseTakenNames(form, boardId.value());
        board.describe(form.getName(), form.getShortName(), form.getPurpose(), form.getMeetingFrequency());
        board.setPapersDeadline(form.getPapersDeadlineDays());
        board.setAttendanceRules(form.getQuorum(), form.isDeputiesAllowed());
        board.replaceRemit(harmTypes(form.remitIds()));
        board.replaceReportingLines(reportingLines(board, form.reportsToIds()));
        audit.record(AuditAction.BOARD_UPDATED, BOARD, boardId.value(), board.getName() + "; papers due " + board.getPapersDeadlineDays() + " working days before; quorum "
                + (board.getQuorum() == null ? "none" : board.getQuorum()) + (board.isDeputiesAllowed() ? ", deputies allowed" : "") + "; remit " + board.getRemit()
                + "; reports to " + board.getReportsTo().stream().map(Board::getShortName).toList());
        return board;
    }

    public Membership addMembership(BoardId boardId, MembershipForm form) {
        Board board = get(boardId);
        InputRules.requireValid(validator, form);
        if (form.getEndsOn() != null && form.getEndsOn().isBefore(form.getStartsOn())) {
            throw new InvalidInputException("endsOn", "The end date cannot be before the start date.");
        }
        UserAccount person = Optional.ofNullable(em.find(UserAccount.class, form.getUserId()))
                .orElseThrow(() -> new InvalidInputException("userId", "Choose the person."));
        if (!person.holds(Permission.SIT_ON_BOARDS)) {
            // A seat opens the board's restricted papers; the role is what says the person sits on boards at all
            // (their menu, My boards, My actions follow it), so one is not given without the other.
            throw new InvalidInputException("userId", person.getFullName() + " does not have the Board member role. Give it to them on their"
                    + " account first (People), then add the seat.");
        }
        boolean overlapping = em.createQuery("SELECT m FROM Membership m WHERE m.board.id = :board AND m.member.id = :user", Membership.class)
                .setParameter("board", boardId.value()).setParameter("user", person.getId()).getResultStream()
                .anyMatch(m -> overlaps(m, form.getStartsOn(), form.getEndsOn()));
        if (overlapping) {
            throw new InvalidInputException("userId", person.getFullName() + " already sits on this board for those dates.");
        }
        Membership seat = new Membership(board, person, person.getAgency(), form.getRole(), form.getStartsOn(), form.getEndsOn());
        em.persist(seat);
        seatsChanged();
        em.flush();
        audit.record(AuditAction.MEMBERSHIP_ADDED, BOARD, boardId.value(),
                person.getUsername() + " as " + form.getRole() + " from " + form.getStartsOn()
                        + (form.getEndsOn() == null ? "" : " until " + form.getEndsOn()));
        return seat;
    }

    /**
     * The others who chair the board for some of a new chair's dates, by name: co-chairs are allowed (some partnerships have
     * them), but the administrator is told, as a second chair is more often the outgoing one not yet ended. Empty for a seat
     * that is not the chair.
     */
    public List<String> otherChairsDuring(Membership seat) {
        if (seat.getRole() != MembershipRole.CHAIR) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Membership m JOIN FETCH m.member WHERE m.board.id = :board AND m.role = :chair AND m.id <> :seat"
                        + " ORDER BY m.member.fullName", Membership.class)
                .setParameter("board", seat.getBoard().getId()).setParameter("chair", MembershipRole.CHAIR).setParameter("seat", seat.getId())
                .getResultStream().filter(other -> overlaps(other, seat.getStartsOn(), seat.getEndsOn()))
                .map(other -> other.getMember().getFullName()).distinct().toList();
    }

    /**
     * Ends a current seat today (the person loses access from their next request; the row stays as history), or cancels
     * one that has not started; returns the seat as it now is, so the page says which was done.
     */
    public Membership endMembership(long membershipId) {
        Membership seat = Optional.ofNullable(em.find(Membership.class, membershipId))
                .orElseThrow(() -> new NotFoundException("No such membership"));
        LocalDate today = clock.today();
        if (seat.getEndsOn() != null && !seat.getEndsOn().isAfter(today)) {
            throw new InvalidInputException(null, "That membership has already ended.");
        }
        if (seat.isCancelled()) {
            throw new InvalidInputException(null, "That seat has already been cancelled.");
        }
        if (seat.getStartsOn().isAfter(today)) {
            seat.cancel();
        } else {
            seat.endOn(today);
        }
        seatsChanged();
        audit.record(AuditAction.MEMBERSHIP_ENDED, BOARD, seat.getBoard().getId(), seat.getMember().getUsername() + " (" + seat.getRole() + ") "
                + (seat.isCancelled() ? "seat from " + seat.getStartsOn() + " cancelled before it started" : "ended " + seat.getEndsOn()));
        return seat;
    }

    /**
     * Seats read earlier in this request no longer hold. A caller with no request (a managed executor's task) gets one
     * for the call into this session bean: Payara's Weld starts it when none is active (BackgroundTaskIT).
     */
    private void seatsChanged() {
        seatsReadThisRequest.forget();
    }

    /**
     * A board's seats as its administrator reads them: those current today by name, then those starting later (soonest
     * first), then those that have ended (latest first); "current" is {@link Membership#isCurrentOn}, the rule the page
     * greys the others by. A board has tens of seats over its life, so the order is made here, not paged.
     */
    public List<Membership> memberships(BoardId boardId) {
        LocalDate today = clock.today();
        Comparator<Membership> readingOrder = Comparator.<Membership>comparingInt(m -> seatGroup(m, today))
                .thenComparingLong(m -> switch (seatGroup(m, today)) {
                    case STARTS_LATER -> m.getStartsOn().toEpochDay();
                    case ENDED -> -m.getEndsOn().toEpochDay();
                    default -> 0L;
                })
                .thenComparing(m -> m.getMember().getFullName(), String.CASE_INSENSITIVE_ORDER);
        return em.createQuery("SELECT m FROM Membership m JOIN FETCH m.member JOIN FETCH m.representing WHERE m.board.id = :board",
                Membership.class).setParameter("board", boardId.value()).getResultStream().sorted(readingOrder).toList();
    }

    private static final int CURRENT = 0;
    private static final int STARTS_LATER = 1;
    private static final int ENDED = 2;

    private static int seatGroup(Membership seat, LocalDate today) {
        return seat.isCurrentOn(today) ? CURRENT : seat.getStartsOn().isAfter(today) ? STARTS_LATER : ENDED;
    }

    public HarmType addHarmType(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("harmName", "Enter the name of the harm.");
        }
        if (trimmed.length() > HarmType.NAME_MAX) {
            throw new InvalidInputException("harmName", "Use at most " + HarmType.NAME_MAX + " characters.");
        }
        long same = em.createQuery("SELECT COUNT(h) FROM HarmType h WHERE LOWER(h.name) = :name", Long.class)
                .setParameter("name", trimmed.toLowerCase()).getSingleResult();
        if (same > 0) {
            throw new InvalidInputException("harmName", "That harm type is already on the list.");
        }
        HarmType harm = new HarmType(trimmed);
        em.persist(harm);
        audit.record(AuditAction.BOARD_UPDATED, "harm-type", null, "added harm type " + trimmed);
        return harm;
    }

    public Board get(BoardId boardId) {
        return Optional.ofNullable(em.find(Board.class, boardId.value())).orElseThrow(() -> new NotFoundException("No such board"));
    }

    @PermitAll
    public List<Board> boards() {
        return em.createNamedQuery("Board.all", Board.class).getResultList();
    }

    @PermitAll
    public List<HarmType> harmTypes() {
        return em.createNamedQuery("HarmType.all", HarmType.class).getResultList();
    }

    public List<UserAccount> people() {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.enabled = TRUE ORDER BY u.fullName", UserAccount.class).getResultList();
    }

    private static boolean overlaps(Membership existing, LocalDate from, LocalDate until) {
        LocalDate existingEnd = existing.getEndsOn() == null ? LocalDate.MAX : existing.getEndsOn();
        LocalDate newEnd = until == null ? LocalDate.MAX : until;
        return from.isBefore(existingEnd) && existing.getStartsOn().isBefore(newEnd);
    }

    private void requireValid(BoardForm form) {
        InputRules.requireValid(validator, form);
    }

    private void refuseTakenNames(BoardForm form, long exceptId) {
        if (count("LOWER(b.name) = :value", form.getName().toLowerCase(), exceptId) > 0) {
            throw new InvalidInputException("name", "Another board already has that name.");
        }
        if (count("LOWER(b.shortName) = :value", form.getShortName().toLowerCase(), exceptId) > 0) {
            throw new InvalidInputException("shortName", "Another board already uses that short name.");
        }
    }

    private long count(String condition, String value, long exceptId) {
        return em.createQuery("SELECT COUNT(b) FROM Board b WHERE " + condition + " AND b.id <> :id", Long.class)
                .setParameter("value", value).setParameter("id", exceptId).getSingleResult();
    }

    private Set<HarmType> harmTypes(List<Long> ids) {
        return ids.stream().map(id -> Optional.ofNullable(em.find(HarmType.class, id))
                        .orElseThrow(() -> new InvalidInputException("remit", "Choose harm types from the list.")))
                .collect(Collectors.toSet());
    }

    /** The boards this one reports to; refuses a line that would make a board report, in the end, to itself. */
    private Set<Board> reportingLines(Board board, List<Long> ids) {
        Set<Board> parents = new HashSet<>();
        for (Long id : ids) {
            Board parent = Optional.ofNullable(em.find(Board.class, id))
                    .orElseThrow(() -> new InvalidInputException("reportsTo", "Choose boards from the list."));
            if (parent.equals(board) || reportsUpTo(parent, board)) {
                throw new InvalidInputException("reportsTo",
                        board.getName() + " cannot report to " + parent.getName() + ": the lines would go round in a circle.");
            }
            parents.add(parent);
        }
        return parents;
    }

    private static boolean reportsUpTo(Board from, Board target) {
        Deque<Board> toVisit = new ArrayDeque<>(from.getReportsTo());
        Set<Board> seen = new HashSet<>();
        while (!toVisit.isEmpty()) {
            Board next = toVisit.pop();
            if (next.equals(target)) {
                return true;
            }
            if (seen.add(next)) {
                toVisit.addAll(next.getReportsTo());
            }
        }
        return false;
    }
}
