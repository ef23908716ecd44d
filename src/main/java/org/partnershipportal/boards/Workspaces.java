package org.partnershipportal.boards;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.platform.NotFoundException;
import org.partnershipportal.platform.PortalClock;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A board's workspace and "my boards": restricted content, for the board's current members and administrators. */
@Stateless
@PermitAll
public class Workspaces {

    @PersistenceContext
    EntityManager em;

    /** Days ("today", due dates) are London's, from the portal's clock (PortalClock's time policy). */
    @Inject
    PortalClock clock;

    @Inject
    BoardAccess access;

    @Inject
    AuditLog audit;

    @Inject
    SecurityContext security;

    /** What a member sees on the board's home page. */
    public record Workspace(Board board, BoardAccess.Seat seat, List<Member> currentMembers,
                            List<Member> chairs, Member businessSupport) implements Serializable {
        /** "Casey Chair", or both co-chairs' names; null when no chair is recorded. */
        public String chairNames() {
            return chairs.isEmpty() ? null : chairs.stream().map(Member::fullName).collect(java.util.stream.Collectors.joining(" and "));
        }
    }

    /**
     * A current member as the workspace lists them: the few columns shown, read in one query. Not the
     * Membership entity, whose account would bring its agency and roles with it (one more query per
     * member, with the shared cache off), and which the page's view state would carry.
     */
    public record Member(String fullName, String email, MembershipRole role, String representing, LocalDate startsOn)
            implements Serializable {
    }

    /** A board the caller sits on, with their seat. */
    public record MyBoard(Board board, MembershipRole role, long currentMembers) implements Serializable {
    }

    public Workspace open(BoardId boardId) {
        // The seat first: someone not on a board learns nothing about it, not even whether it exists (BoardAccess.seatOf).
        BoardAccess.Seat seat = access.requireMember(boardId);
        Board board = Optional.ofNullable(em.find(Board.class, boardId.value())).orElseThrow(() -> new NotFoundException("No such board"));
        List<Member> members = currentMembers(boardId);
        audit.record(AuditAction.RESTRICTED_READ, "board", boardId.value(), "workspace");
        return new Workspace(board, seat, members, members.stream().filter(m -> m.role() == MembershipRole.CHAIR).toList(),
                first(members, MembershipRole.BUSINESS_SUPPORT));
    }

    /** The boards the caller sits on today, for "My boards". Administrators see only their own seats here too. */
    public List<MyBoard> myBoards() {
        // A seat counts only with the Board member role (BoardAccess): one recorded without it is not listed either.
        if (security.getCallerPrincipal() == null || !access.seatsGiveAccess()) {
            return List.of();
        }
        String username = security.getCallerPrincipal().getName();
        LocalDate today = clock.today();
        List<Membership> seats = em.createQuery("SELECT m FROM Membership m JOIN FETCH m.board WHERE m.member.username = :username "
                        + "AND " + Membership.CURRENT_ON_TODAY + " ORDER BY m.board.name", Membership.class)
                .setParameter("username", username).setParameter("today", today).getResultList();
        java.util.Map<Long, Long> memberCounts = countCurrentMembers(seats.stream().map(seat -> seat.getBoard().getId()).toList(), today);
        return seats.stream()
                .map(seat -> new MyBoard(seat.getBoard(), seat.getRole(), memberCounts.getOrDefault(seat.getBoard().getId(), 0L)))
                .toList();
    }

    private List<Member> currentMembers(BoardId boardId) {
        return em.createQuery("SELECT NEW org.partnershipportal.boards.Workspaces.Member(u.fullName, u.email, m.role, a.name, m.startsOn) "
                        + "FROM Membership m JOIN m.member u JOIN m.representing a WHERE m.board.id = :board "
                        + "AND " + Membership.CURRENT_ON_TODAY + " ORDER BY m.role, u.fullName", Member.class)
                .setParameter("board", boardId.value()).setParameter("today", clock.today()).getResultList();
    }

    /** Current members per board, in one query rather than one per board. */
    private java.util.Map<Long, Long> countCurrentMembers(List<Long> boardIds, LocalDate today) {
        if (boardIds.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("SELECT m.board.id, COUNT(m) FROM Membership m WHERE m.board.id IN :boards "
                        + "AND " + Membership.CURRENT_ON_TODAY + " GROUP BY m.board.id", Object[].class)
                .setParameter("boards", boardIds).setParameter("today", today).getResultStream()
                .collect(java.util.stream.Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    private static Member first(List<Member> members, MembershipRole role) {
        return members.stream().filter(m -> m.role() == role).findFirst().orElse(null);
    }
}
