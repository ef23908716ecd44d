package org.partnershipportal.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.boards.Board;
import org.partnershipportal.boards.BoardAccess;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.meetings.Action;
import org.partnershipportal.meetings.AgendaItem;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.Permission;
import org.partnershipportal.platform.Wording;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Citing an answer, the feedback loop: a member of a board records which of its agenda items or
 * actions used an answered request. Citations keep an item on the record ({@code meetings.RegisterReferences}).
 */
@Stateless
@RolesAllowed(Permission.Name.READ_CATALOGUE)
public class AnswerCitations {

    @PersistenceContext
    EntityManager em;

    /** Moments are stored as UTC from the portal's clock (PortalClock's time policy). */
    @Inject
    org.partnershipportal.platform.PortalClock clock;

    @Inject
    DataRequestQueries queries;

    @Inject
    AuditLog audit;

    @Inject
    BoardAccess access;

    /** Something on the caller's boards an answer can be cited on. */
    public record CitationChoice(String key, String label) implements Serializable {
    }

    public boolean mayCite(DataRequest request) {
        return request.getStatus() == RequestStatus.ANSWERED && !access.boardsOfCaller().isEmpty() && queries.mayRead(request);
    }

    /** Agenda items of the last and next six months' meetings, and open actions, on boards the caller sits on. */
    public List<CitationChoice> citationChoices() {
        BoardAccess.CallerBoards mine = access.callerBoards();
        List<Long> boards = List.copyOf(mine.sitsOn());
        if (boards.isEmpty()) {
            return List.of();
        }
        // Meetings start at London wall-clock times: compare with London's now.
        LocalDateTime now = clock.localNow();
        List<CitationChoice> choices = new ArrayList<>();
        em.createQuery("SELECT i FROM AgendaItem i JOIN FETCH i.meeting m JOIN FETCH m.board WHERE m.board.id IN :boards "
                        + "AND m.startsAt BETWEEN :from AND :to AND i.standing = FALSE ORDER BY m.startsAt DESC, i.position", AgendaItem.class)
                .setParameter("boards", boards).setParameter("from", now.minusMonths(6)).setParameter("to", now.plusMonths(6)).setMaxResults(150)
                .getResultStream().filter(i -> readableItem(i, mine))
                .forEach(i -> choices.add(new CitationChoice("item:" + i.getId(), i.getMeeting().getBoard().getShortName() + ", "
                        + Wording.date(i.getMeeting().getStartsAt()) + ": " + i.getTitle())));
        em.createQuery("SELECT a FROM Action a JOIN FETCH a.board WHERE a.board.id IN :boards AND a.status IN :open ORDER BY a.dueOn", Action.class)
                .setParameter("boards", boards).setParameter("open", org.partnershipportal.meetings.ActionStatus.OUTSTANDING).setMaxResults(150)
                .getResultStream().forEach(a -> choices.add(new CitationChoice("action:" + a.getId(), "Action, " + a.getBoard().getShortName() + ": "
                        + RequestMails.abbreviated(a.getDescription()))));
        return choices;
    }

    public DataRequestCitation cite(long requestId, String choiceKey) {
        DataRequest request = queries.open(requestId);
        if (request.getStatus() != RequestStatus.ANSWERED) {
            throw new ConflictException("Only an answered request can be cited");
        }
        if (choiceKey == null || !choiceKey.matches("(item|action):\\d{1,18}")) {
            throw new InvalidInputException("citation", "Choose the agenda item or action that used this answer");
        }
        long id = Long.parseLong(choiceKey.substring(choiceKey.indexOf(':') + 1));
        AgendaItem item = null;
        Action action = null;
        Board board;
        if (choiceKey.startsWith("item:")) {
            item = Optional.ofNullable(em.find(AgendaItem.class, id)).filter(i -> readableItem(i, access.callerBoards()))
                    .orElseThrow(() -> new InvalidInputException("citation", "Choose an agenda item from the list"));
            board = item.getMeeting().getBoard();
        } else {
            action = Optional.ofNullable(em.find(Action.class, id)).orElseThrow(() -> new InvalidInputException("citation", "Choose an action from the list"));
            board = action.getBoard();
        }
        access.requireMember(BoardId.of(board));
        String field = item != null ? "agendaItem" : "action";
        Object target = item != null ? item : action;
        boolean already = !em.createQuery("SELECT c.id FROM DataRequestCitation c WHERE c.request = :request AND c." + field + " = :target", Long.class)
                .setParameter("request", request).setParameter("target", target).getResultList().isEmpty();
        if (already) {
            throw new InvalidInputException("citation", "This answer is already cited there");
        }
        DataRequestCitation citation = new DataRequestCitation(request, item, action, queries.caller().getUsername(), clock.utcNow());
        em.persist(citation);
        audit.record(AuditAction.DATA_REQUEST_CITED, "data-request", requestId, choiceKey);
        return citation;
    }

    /** A citation as a reader may see it: the board and date always; the item's words only to the board's members. */
    public record CitationView(String kind, String boardName, LocalDate on, String label, String path) implements Serializable {
    }

    public List<CitationView> citations(long requestId) {
        DataRequest request = queries.open(requestId);
        return citationsOf(List.of(request)).getOrDefault(requestId, List.of());
    }

    /** The citations of requests the caller may read, by request, in one query; the caller's boards are read once. */
    public Map<Long, List<CitationView>> citationsOf(List<DataRequest> readable) {
        if (readable.isEmpty()) {
            return Map.of();
        }
        BoardAccess.CallerBoards mine = access.callerBoards();
        return em.createQuery("SELECT c FROM DataRequestCitation c WHERE c.request IN :requests ORDER BY c.citedAt", DataRequestCitation.class)
                .setParameter("requests", readable).getResultStream()
                .collect(Collectors.groupingBy(c -> c.getRequest().getId(), Collectors.mapping(c -> view(c, mine), Collectors.toList())));
    }

    /** An item's title is for those who read it on its meeting's page ({@link BoardAccess.CallerBoards#readsAgendaItem}). */
    private static boolean readableItem(AgendaItem item, BoardAccess.CallerBoards mine) {
        return mine.readsAgendaItem(item.getMeeting().getBoard().getId(), item.getMeeting().isAgendaPublished());
    }

    private static CitationView view(DataRequestCitation c, BoardAccess.CallerBoards mine) {
        Set<Long> myBoards = mine.sitsOn();
        if (c.getAgendaItem() != null) {
            AgendaItem item = c.getAgendaItem();
            Board board = item.getMeeting().getBoard();
            boolean member = readableItem(item, mine);
            return new CitationView("Agenda item", board.getName(), item.getMeeting().getStartsAt().toLocalDate(),
                    member ? item.getTitle() : null, member ? "/meetings/meeting.xhtml?id=" + item.getMeeting().getId() : null);
        }
        Action action = c.getAction();
        boolean member = myBoards.contains(action.getBoard().getId());
        return new CitationView("Action", action.getBoard().getName(), action.getDueOn(),
                member ? action.getDescription() : null, member ? "/actions/action.xhtml?id=" + action.getId() : null);
    }

}
