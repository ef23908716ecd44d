package org.partnershipportal.meetings;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.partnershipportal.boards.BoardAccess;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.boards.Membership;
import org.partnershipportal.identity.Role;
import org.partnershipportal.platform.Permission;
import org.partnershipportal.platform.PortalClock;

import java.io.Serializable;
import java.security.Principal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Who reads one meeting: the board's members and administrators ({@link BoardAccess}), and the deputy a member named
 * with their apologies for that meeting. A deputy attends in the member's place, so they need the meeting's page, its
 * published agenda and papers, the pack and the calendar entry; nothing else of the board (not its other meetings, its
 * workspace or its action log), and only until the meeting is held and while the apologies name them: the member
 * withdrawing, naming someone else, or leaving the board, or the deputy's account being disabled or moved to another
 * agency, ends it at the deputy's next click.
 * The meeting's services ask here instead of asking {@link BoardAccess} for a member, so the rule is in one place.
 */
@Stateless
@PermitAll
public class MeetingReaders {

    @PersistenceContext
    EntityManager em;

    @Inject
    BoardAccess access;

    @Inject
    SecurityContext security;

    @Inject
    PortalClock clock;

    /**
     * The rule, over attendance lines {@code a}: the meeting is still planned (a deputy comes to the meeting; its record, once
     * held, goes round the members), the board takes deputies, the line is the member's apologies naming a deputy, the
     * deputy's account is enabled and still of the agency the member represents, and the member still sits on the board as
     * BoardAccess counts a seat (enabled, with a role that sits on boards: the Board member role).
     */
    private static final String DEPUTY_MAY_READ = "a.meeting.status = :planned AND a.meeting.board.deputiesAllowed = TRUE "
            + "AND a.attendance = :apologies "
            + "AND a.deputy.enabled = TRUE AND a.deputy.agency = a.representing AND a.member.enabled = TRUE "
            + "AND EXISTS (SELECT u FROM UserAccount u JOIN u.roles r WHERE u = a.member AND r IN :sitOnBoards) "
            + "AND EXISTS (SELECT m FROM Membership m WHERE m.board = a.meeting.board AND m.member = a.member AND "
            + Membership.CURRENT_ON_TODAY + ")";

    /** {@link #DEPUTY_MAY_READ}, for lines naming the caller. */
    private static final String NAMES_CALLER_AS_DEPUTY = "a.deputy.username = :caller AND " + DEPUTY_MAY_READ;

    /** A deputy who may read the meeting now, and the member they stand in for. */
    public record NamedDeputy(org.partnershipportal.identity.UserAccount deputy, String memberName) {
    }

    /** The roles that let a person sit on boards (the Board member role today): a seat counts only with one (BoardAccess). */
    private static final java.util.Set<Role> SITS_ON_BOARDS = Role.holding(Permission.SIT_ON_BOARDS);

    /** A meeting still to come at which the caller stands in for a member. */
    public record DeputyMeeting(long meetingId, String board, String title, LocalDateTime startsAt, String memberName) implements Serializable {
    }

    /** The caller's seat for reading the meeting, or a refusal (audited, as for any board not theirs). */
    public BoardAccess.Seat requireReader(Meeting meeting) {
        BoardId board = BoardId.of(meeting.getBoard());
        return access.seatOf(board).or(() -> deputySeat(meeting, board)).orElseGet(() -> access.requireMember(board));
    }

    private Optional<BoardAccess.Seat> deputySeat(Meeting meeting, BoardId board) {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            return Optional.empty();
        }
        // Two members of one agency may name the same deputy: the audit names the first by name, the same every time.
        return withRule(em.createQuery("SELECT a.member.fullName FROM MeetingAttendance a WHERE a.meeting.id = :meeting AND "
                        + NAMES_CALLER_AS_DEPUTY + " ORDER BY a.member.fullName", String.class))
                .setParameter("meeting", meeting.getId()).setParameter("caller", caller.getName())
                .setMaxResults(1).getResultStream().findFirst()
                .map(memberName -> BoardAccess.Seat.deputyFor(board, caller.getName(), memberName));
    }

    /** The deputies who may read the meeting now ({@link #DEPUTY_MAY_READ}), for its notices: the agenda reaches them too. */
    public List<NamedDeputy> deputiesOf(Meeting meeting) {
        return withRule(em.createQuery("SELECT a.deputy, a.member.fullName FROM MeetingAttendance a WHERE a.meeting.id = :meeting AND "
                        + DEPUTY_MAY_READ + " ORDER BY a.member.fullName", Object[].class))
                .setParameter("meeting", meeting.getId()).getResultStream()
                .map(row -> new NamedDeputy((org.partnershipportal.identity.UserAccount) row[0], (String) row[1])).toList();
    }

    /** The planned meetings from today on at which the caller stands in for a member, soonest first (Home lists them). */
    // A read on every Home page: no transaction of its own (with XA connections each would be an XA start, end and commit).
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
    public List<DeputyMeeting> meetingsAsDeputy() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            return List.of();
        }
        return withRule(em.createQuery("SELECT a.meeting.id, a.meeting.board.name, a.meeting.title, a.meeting.startsAt, a.member.fullName "
                        + "FROM MeetingAttendance a WHERE a.meeting.startsAt >= :todayStarts AND "
                        + NAMES_CALLER_AS_DEPUTY + " ORDER BY a.meeting.startsAt, a.meeting.id", Object[].class))
                .setParameter("todayStarts", clock.today().atStartOfDay()).setParameter("caller", caller.getName())
                .setMaxResults(100).getResultStream()
                .map(row -> new DeputyMeeting((Long) row[0], (String) row[1], (String) row[2], (LocalDateTime) row[3], (String) row[4]))
                .toList();
    }

    /** The parameters of {@link #DEPUTY_MAY_READ}, set on a query that uses it. */
    private <T> jakarta.persistence.TypedQuery<T> withRule(jakarta.persistence.TypedQuery<T> query) {
        return query.setParameter("planned", MeetingStatus.PLANNED).setParameter("apologies", Attendance.APOLOGIES)
                .setParameter("sitOnBoards", SITS_ON_BOARDS).setParameter("today", clock.today());
    }
}
