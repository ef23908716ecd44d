package org.partnershipportal.meetings;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Validator;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.boards.BoardAccess;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.boards.Membership;
import org.partnershipportal.identity.UserId;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.NotFoundException;
import org.partnershipportal.platform.Wording;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Actions and their progress. Chairs and business support create and change any action of their
 * board; members (not advisers) update the actions they own. Two people saving one action at once:
 * the second is told, and nothing of either is silently lost.
 */
@Stateless
@PermitAll
public class Actions {

    static final String ACTION = ActionAuditNames.TARGET_TYPE;
    /** The most rows one export carries: a whole board's log, with room to spare. */
    public static final int EXPORT_LIMIT = 100_000;

    @PersistenceContext
    EntityManager em;

    /** Moments are stored as UTC from the portal's clock (PortalClock's time policy). */
    @Inject
    org.partnershipportal.platform.PortalClock clock;

    @Inject
    BoardAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @Inject
    SecurityContext security;

    @Inject
    ActionLog log;

    @Inject
    jakarta.enterprise.event.Event<RegisterChanged> changes;

    /**
     * An action with its history, its status as shown on London's date when opened, and what the caller may do with it;
     * {@code readsItem}: the caller reads the action's agenda item as the meeting page shows it (not on a draft agenda they
     * do not manage).
     */
    public record ActionView(Action action, ShownStatus shown, List<ActionUpdate> history, boolean canUpdate, boolean canEdit, boolean readsItem)
            implements Serializable {
    }

    /** Why an item of a draft agenda takes no action yet, as the item's page and a refused save say it. */
    public static final String DRAFT_AGENDA_HOLDS_NO_ACTIONS = "Actions are recorded once the agenda is published: until then members cannot see the item"
            + " an action comes from, yet they all read the board's action log";

    public Action create(long agendaItemId, ActionForm form) {
        AgendaItem item = Optional.ofNullable(em.find(AgendaItem.class, agendaItemId))
                .orElseThrow(() -> new NotFoundException("No such agenda item"));
        BoardAccess.Seat seat = access.requireMeetingManager(BoardId.of(item.getBoard()));
        if (!item.getMeeting().isAgendaPublished()) {
            // Every member reads the board's actions, each with the item it came from: on a draft agenda that would show
            // members what the meeting page still withholds from them.
            throw new InvalidInputException(null, DRAFT_AGENDA_HOLDS_NO_ACTIONS);
        }
        InputRules.requireValid(validator, form);
        requireDueOnOrAfterTheMeeting(form.getDueOn(), item);
        InputRules.requireNotFarAhead("dueOn", form.getDueOn(), clock.today());
        if (form.getOwnerUserId() != null && (form.getOwnerName() != null || form.getOwnerAgencyId() != null)) {
            // Which of the two was meant is not guessed: keeping the member silently dropped the name or agency chosen.
            throw new InvalidInputException(form.getOwnerName() != null ? "ownerName" : "ownerAgencyId",
                    "Choose a board member as owner or name someone else, not both: to name someone, set Owner to \"Someone else\""
                            + (form.getOwnerName() != null ? "" : "; a member's actions go to the agency they represent on the board"));
        }
        Action action = new Action(item, form.getDescription(), form.getDueOn(), clock.utcNow());
        if (form.getOwnerUserId() != null) {
            action.assignTo(boardMember(BoardId.of(item.getBoard()), UserId.of(form.getOwnerUserId())));
        } else if (form.getOwnerName() != null) {
            if (form.getOwnerAgencyId() == null) {
                throw new InvalidInputException("ownerAgencyId", "Choose the named owner's agency");
            }
            Agency agency = Optional.ofNullable(em.find(Agency.class, form.getOwnerAgencyId()))
                    .orElseThrow(() -> new InvalidInputException("ownerAgencyId", "Choose an agency from the list"));
            action.assignTo(form.getOwnerName(), agency);
        } else {
            throw new InvalidInputException("ownerUserId", "Choose a member as owner, or name a person and their agency");
        }
        em.persist(action);
        em.flush();
        em.persist(action.agreedBy(seat.username()));
        audit.record(AuditAction.ACTION_CREATED, ACTION, action.getId(), item.getBoard().getShortName() + ", owner " + action.getOwnerName());
        changes.fire(new RegisterChanged(RegisterChanged.Kind.ACTION, action.getId()));
        return action;
    }

    public ActionView open(long actionId) {
        Action action = find(actionId);
        BoardAccess.Seat seat = access.requireMember(BoardId.of(action.getBoard()));
        List<ActionUpdate> history = em.createQuery("SELECT u FROM ActionUpdate u WHERE u.action.id = :action "
                        + "ORDER BY u.writtenAt DESC, u.id DESC", ActionUpdate.class)
                .setParameter("action", actionId).getResultList();
        return new ActionView(action, action.shownOn(clock.today()), history, mayUpdate(seat, action), seat.managesMeetings(),
                seat.readsAgenda(action.getMeeting().isAgendaPublished()));
    }

    /** No action falls due before the meeting that agreed it ({@link Action#earliestDueOn}). */
    private static void requireDueOnOrAfterTheMeeting(LocalDate dueOn, AgendaItem item) {
        LocalDate earliestDueOn = Action.earliestDueOn(item);
        if (dueOn.isBefore(earliestDueOn)) {
            throw new InvalidInputException("dueOn", "An action cannot fall due before the meeting that agreed it: choose "
                    + Wording.date(earliestDueOn) + " or later");
        }
    }

    /**
     * Saves progress if nobody else has saved the action since the caller opened it (their version),
     * and refuses with a conflict otherwise: the caller then sees the other person's change and
     * can re-apply theirs.
     */
    public Action progress(long actionId, ActionProgressForm form) {
        Action action = find(actionId);
        BoardAccess.Seat seat = access.requireMember(BoardId.of(action.getBoard()));
        if (!mayUpdate(seat, action)) {
            audit.recordRefusal(ACTION, actionId, "not the owner and does not manage the board's meetings");
            throw new AccessRefusedException("Only the action's owner, the chair or business support can update it");
        }
        if (action.getVersion() != form.getExpectedVersion()) {
            throw conflict();
        }
        InputRules.requireValid(validator, form);
        if (!form.getDueOn().equals(action.getDueOn())) {
            // a due date left as it was is kept, whatever it is; one that moves follows the rule a new action does
            requireDueOnOrAfterTheMeeting(form.getDueOn(), action.getAgendaItem());
            InputRules.requireNotFarAhead("dueOn", form.getDueOn(), clock.today());
        }
        if (!form.getDueOn().equals(action.getDueOn()) && !seat.managesMeetings() && form.getNote() == null) {
            throw new InvalidInputException("note", "Say why the due date moves");
        }
        if (form.getStatus() == action.getStatus() && form.getDueOn().equals(action.getDueOn()) && form.getNote() == null) {
            throw new InvalidInputException("note", "Nothing has changed: write a progress note, or change the status or due date");
        }
        em.persist(action.progress(form.getStatus(), form.getDueOn(), form.getNote(), seat.username(), clock.utcNow()));
        try {
            em.flush();
        } catch (OptimisticLockException raced) {
            throw conflict();
        }
        audit.record(AuditAction.ACTION_UPDATED, ACTION, actionId, form.getStatus() + " due " + form.getDueOn());
        return action;
    }

    /** A board's names, as its log's heading (the name) and breadcrumbs (the short name) show them. */
    public record BoardNames(String name, String shortName) implements Serializable {
    }

    /** The board's names, for its action log's heading and breadcrumbs: members only, like the log itself. */
    public BoardNames boardNames(BoardId boardId) {
        access.requireMember(boardId);
        // The names alone: finding the board would load what it eagerly brings along, on every page of its log.
        return em.createQuery("SELECT b.name, b.shortName FROM Board b WHERE b.id = :id", Object[].class).setParameter("id", boardId.value())
                .getResultStream().findFirst().map(names -> new BoardNames((String) names[0], (String) names[1]))
                .orElseThrow(() -> new NotFoundException("No such board"));
    }

    /** One page of a board's action log. */
    public List<ActionRow> boardLog(BoardId boardId, ActionQuery query, int first, int pageSize, ActionSort sort, boolean ascending) {
        return log.page(boardScope(boardId), query, first, pageSize, sort, ascending);
    }

    public long countBoardLog(BoardId boardId, ActionQuery query) {
        return log.count(boardScope(boardId), query);
    }

    /** A whole board log for export (up to {@link #EXPORT_LIMIT} rows), audited. */
    public List<ActionRow> exportBoardLog(BoardId boardId, ActionQuery query, String format) {
        ActionLog.Scope scope = boardScope(boardId);
        audit.record(AuditAction.EXPORTED, "board", boardId.value(), "action log as " + format);
        return log.page(scope, query, 0, EXPORT_LIMIT, ActionSort.DUE, true);
    }

    /** One board's log, for its members only. */
    private ActionLog.Scope boardScope(BoardId boardId) {
        BoardAccess.Seat seat = access.requireMember(boardId);
        return new ActionLog.Scope(List.of(boardId.value()), null, seat.managesMeetings() ? List.of(boardId.value()) : List.of());
    }

    /** The caller's own actions on the boards they sit on now. */
    public List<ActionRow> mine(ActionQuery query, int first, int pageSize, ActionSort sort, boolean ascending) {
        return log.page(myScope(), query, first, pageSize, sort, ascending);
    }

    public long countMine(ActionQuery query) {
        return log.count(myScope(), query);
    }

    private ActionLog.Scope myScope() {
        if (security.getCallerPrincipal() == null) {
            return new ActionLog.Scope(List.of(), null, List.of());
        }
        List<Long> ids = em.createQuery("SELECT u.id FROM UserAccount u WHERE u.username = :username", Long.class)
                .setParameter("username", security.getCallerPrincipal().getName()).getResultList();
        if (ids.isEmpty()) {
            return new ActionLog.Scope(List.of(), null, List.of());
        }
        BoardAccess.CallerBoards boards = access.callerBoards();
        return new ActionLog.Scope(boards.sitsOn(), ids.get(0), boards.managesMeetingsOf());
    }

    private static boolean mayUpdate(BoardAccess.Seat seat, Action action) {
        return seat.managesMeetings() || (seat.updatesOwnActions() && action.isOwnedBy(seat.username()));
    }

    private UserAccount boardMember(BoardId boardId, UserId userId) {
        List<Membership> seats = em.createQuery("SELECT m FROM Membership m JOIN FETCH m.member WHERE m.board.id = :board "
                        + "AND m.member.id = :user AND " + Membership.CURRENT_ON_TODAY, Membership.class)
                .setParameter("board", boardId.value()).setParameter("user", userId.value()).setParameter("today", clock.today()).getResultList();
        if (seats.isEmpty()) {
            throw new InvalidInputException("ownerUserId", "The owner must be a current member of the board, or a named person");
        }
        return seats.get(0).getMember();
    }

    private Action find(long actionId) {
        return Optional.ofNullable(em.find(Action.class, actionId)).orElseThrow(() -> new NotFoundException("No such action"));
    }

    private static ConflictException conflict() {
        return new ConflictException("Someone else updated this action while you were editing it. Your change was not saved: "
                + "their update is shown below. Check it, then make your change again.");
    }
}
