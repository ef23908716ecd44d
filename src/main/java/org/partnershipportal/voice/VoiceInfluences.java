package org.partnershipportal.voice;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.boards.BoardAccess;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.meetings.Action;
import org.partnershipportal.meetings.AgendaItem;
import org.partnershipportal.meetings.AgendaItemAuditNames;
import org.partnershipportal.meetings.AgendaStatus;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.NotFoundException;
import org.partnershipportal.platform.PortalClock;
import org.partnershipportal.resources.Resource;
import org.partnershipportal.resources.ResourceKind;
import org.partnershipportal.resources.ResourceLibrary;
import org.partnershipportal.resources.ResourceStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Links what young people told us to the decisions and actions it changed, and answers the three
 * questions people ask of those links: what did this item's decision draw on (board members), what
 * changed because of this resource (anyone who may read it), and which of a board's decisions this
 * year were informed by young people's voice (board members). The chair, vice-chair, business support
 * and administrators link and unlink; every change is audited against the agenda item.
 */
@Stateless
@PermitAll
public class VoiceInfluences {

    /** The audit log names agenda items under this target type (meetings' AgendaItemAuditNames). */
    static final String AGENDA_ITEM = AgendaItemAuditNames.TARGET_TYPE;

    @PersistenceContext
    EntityManager em;

    @Inject
    BoardAccess access;

    @Inject
    ResourceLibrary library;

    @Inject
    AuditLog audit;

    @Inject
    PortalClock clock;

    /**
     * One link as a reader sees it. {@code readerSitsOnBoard} says whether the reader may open the
     * decision and action (they are restricted to the board's members, who read them on the meeting's
     * page); the rest is public to readers of the resource.
     */
    public record Influence(long id, long resourceId, String resourceTitle, long boardId, String boardName, long meetingId, long itemId,
                            String itemTitle, Long actionId, String actionDescription, LocalDate decidedOn, String whatChanged,
                            boolean readerSitsOnBoard) implements Serializable {
        public boolean aboutAnAction() {
            return actionId != null;
        }
    }

    /** What a meeting manager may link an item's decision to: young people's voice resources and the item's actions. */
    public record Choices(List<Option> resources, List<Option> actions, boolean itemHasDecisions) implements Serializable {
    }

    public record Option(long id, String label) implements Serializable {
    }

    /** The choices, or empty when the caller does not manage the board's meetings (nothing was attempted, so nothing is refused). */
    public Optional<Choices> choices(long itemId) {
        AgendaItem item = item(itemId);
        if (!access.seatOf(BoardId.of(item.getBoard())).map(BoardAccess.Seat::managesMeetings).orElse(false)) {
            return Optional.empty();
        }
        List<Option> resources = em.createQuery("SELECT r FROM Resource r WHERE r.kind = :kind AND r.status = :published "
                        + "ORDER BY r.title", Resource.class)
                .setParameter("kind", ResourceKind.YOUNG_PEOPLE_TOLD_US).setParameter("published", ResourceStatus.PUBLISHED)
                .getResultList().stream().map(r -> new Option(r.getId(), r.getTitle())).toList();
        List<Option> actions = em.createQuery("SELECT a FROM Action a WHERE a.agendaItem.id = :item ORDER BY a.id", Action.class)
                .setParameter("item", itemId).getResultList().stream().map(a -> new Option(a.getId(), a.getDescription())).toList();
        return Optional.of(new Choices(resources, actions, hasDecisions(item)));
    }

    /**
     * Records that a resource of what young people told us changed this item's decision, or the given
     * action agreed under it. Only a decision already recorded can be linked, only to a published
     * resource of that kind, and only once.
     */
    public Influence link(long itemId, Long resourceId, Long actionId, String whatChanged) {
        AgendaItem item = item(itemId);
        BoardAccess.Seat seat = access.requireMeetingManager(BoardId.of(item.getBoard()));
        if (resourceId == null) {
            throw new InvalidInputException("resource", "Choose what young people told us");
        }
        Resource resource = em.find(Resource.class, resourceId);
        if (resource == null || resource.getKind() != ResourceKind.YOUNG_PEOPLE_TOLD_US || resource.getStatus() != ResourceStatus.PUBLISHED) {
            throw new InvalidInputException("resource", "Choose a published resource of what young people told us");
        }
        Action action = null;
        if (actionId != null) {
            action = em.find(Action.class, actionId);
            if (action == null || !Objects.equals(action.getAgendaItem().getId(), itemId)) {
                throw new InvalidInputException("action", "Choose one of this item's actions");
            }
        } else if (!hasDecisions(item)) {
            throw new InvalidInputException("action", "Record the decision first, or choose one of this item's actions");
        }
        String account = InputRules.trimmed(whatChanged);
        if (account == null) {
            throw new InvalidInputException("whatChanged", "Say what changed because of what young people told us");
        }
        if (account.length() > VoiceInfluence.WHAT_CHANGED_MAX) {
            throw new InvalidInputException("whatChanged", "Use at most " + VoiceInfluence.WHAT_CHANGED_MAX + " characters");
        }
        Long sameAction = actionId;
        boolean already = em.createQuery("SELECT v FROM VoiceInfluence v WHERE v.agendaItem.id = :item AND v.resource.id = :resource",
                        VoiceInfluence.class)
                .setParameter("item", itemId).setParameter("resource", resourceId).getResultList().stream()
                .anyMatch(v -> Objects.equals(v.getAction() == null ? null : v.getAction().getId(), sameAction));
        if (already) {
            throw new InvalidInputException("resource", "This is already linked to \"" + resource.getTitle() + "\"");
        }
        VoiceInfluence influence = new VoiceInfluence(resource, item, action, account, seat.username(), clock.utcNow());
        em.persist(influence);
        em.flush(); // the view carries the new row's id
        audit.record(AuditAction.VOICE_LINKED, AGENDA_ITEM, itemId, "\"" + resource.getTitle() + "\" changed "
                + (action == null ? "the decision" : "action " + action.getId()));
        return view(influence, true);
    }

    public void unlink(long influenceId) {
        VoiceInfluence influence = Optional.ofNullable(em.find(VoiceInfluence.class, influenceId))
                .orElseThrow(() -> new NotFoundException("No such link"));
        access.requireMeetingManager(BoardId.of(influence.getBoard()));
        audit.record(AuditAction.VOICE_UNLINKED, AGENDA_ITEM, influence.getAgendaItem().getId(),
                "\"" + influence.getResource().getTitle() + "\" no longer linked");
        em.remove(influence);
    }

    /** What young people told us that this item's decision and actions drew on; the board's members only. */
    public List<Influence> ofItem(long itemId) {
        AgendaItem item = item(itemId);
        access.requireMember(BoardId.of(item.getBoard()));
        return em.createQuery("SELECT v FROM VoiceInfluence v WHERE v.agendaItem.id = :item ORDER BY v.linkedAt", VoiceInfluence.class)
                .setParameter("item", itemId).getResultList().stream().map(v -> view(v, true)).toList();
    }

    /**
     * What changed because of a resource, for anyone who may read it: the board, the date and the account
     * of what changed; the decision itself only for its board's members. Only meetings whose agenda is
     * published: a draft agenda is not yet the board's record.
     */
    public List<Influence> ofResource(long resourceId) {
        library.open(resourceId);
        Set<Long> myBoards = new HashSet<>(access.boardsOfCaller());
        return em.createQuery("SELECT v FROM VoiceInfluence v JOIN v.agendaItem i JOIN i.meeting m WHERE v.resource.id = :resource "
                        + "AND m.agendaStatus = :published ORDER BY m.startsAt DESC, v.id", VoiceInfluence.class)
                .setParameter("resource", resourceId).setParameter("published", AgendaStatus.PUBLISHED).getResultList().stream()
                .map(v -> view(v, myBoards.contains(v.getBoard().getId()))).toList();
    }

    /**
     * A board's decisions and actions informed by young people's voice since 1 January this year (London).
     * Like the decisions register, only meetings whose agenda members can see (published).
     */
    public List<Influence> ofBoardThisYear(BoardId boardId) {
        access.requireMember(boardId);
        LocalDate from = clock.today().withDayOfYear(1);
        return em.createQuery("SELECT v FROM VoiceInfluence v JOIN v.agendaItem i JOIN i.meeting m WHERE v.board.id = :board "
                        + "AND m.startsAt >= :from AND m.agendaStatus = :published ORDER BY m.startsAt DESC, v.id", VoiceInfluence.class)
                .setParameter("board", boardId.value()).setParameter("from", from.atStartOfDay()).setParameter("published", AgendaStatus.PUBLISHED)
                .getResultList().stream()
                .map(v -> view(v, true)).toList();
    }

    /** The year "this year" means on the workspace (London). */
    public int thisYear() {
        return clock.today().getYear();
    }

    private static boolean hasDecisions(AgendaItem item) {
        return item.getDecisions() != null && !item.getDecisions().isBlank();
    }

    private static Influence view(VoiceInfluence v, boolean readerSitsOnBoard) {
        AgendaItem item = v.getAgendaItem();
        Action action = v.getAction();
        return new Influence(v.getId(), v.getResource().getId(), v.getResource().getTitle(), v.getBoard().getId(), v.getBoard().getName(),
                item.getMeeting().getId(), item.getId(), item.getTitle(), action == null ? null : action.getId(), action == null ? null : action.getDescription(),
                item.getMeeting().getStartsAt().toLocalDate(), v.getWhatChanged(), readerSitsOnBoard);
    }

    private AgendaItem item(long itemId) {
        return Optional.ofNullable(em.find(AgendaItem.class, itemId)).orElseThrow(() -> new NotFoundException("No such agenda item"));
    }
}
