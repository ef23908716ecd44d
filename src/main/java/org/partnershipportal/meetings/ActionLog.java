package org.partnershipportal.meetings;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.PortalClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The queries behind action logs, over boards the caller has already been allowed to see: the
 * public methods of {@link Actions} decide the scope, this class never does, which is why it is
 * package-private (the benchmark beside it is its only other caller). One query per page
 * (a constructor expression, no lazy loading per row) and a count: from the boards' tally ({@link ActionTally}) when the
 * log filters only by status or overdue, else over the action table alone, on its indexes.
 */
@Dependent
class ActionLog {

    /**
     * Where a log looks: some boards, optionally only one owner's actions. {@code managesMeetingsOf}: the boards among them
     * whose draft agendas the reader reads (BoardAccess.CallerBoards#readsAgendaItem); on the others, an action recorded
     * on an item of a draft agenda (before Actions.create refused that) shows no item title.
     */
    public record Scope(Collection<Long> boardIds, Long ownerUserId, Collection<Long> managesMeetingsOf) {
        public boolean isEmpty() {
            return boardIds.isEmpty();
        }
    }

    @PersistenceContext
    EntityManager em;

    /** Days ("today", due dates) are London's, from the portal's clock (PortalClock's time policy). */
    @Inject
    PortalClock clock;

    @Inject
    ActionTally tally;

    public long count(Scope scope, ActionQuery query) {
        if (scope.isEmpty() || query.statusesLetThrough().isEmpty()) {
            return 0;
        }
        if (scope.ownerUserId() == null && query.getOwner() == null && query.getText() == null) {
            // Boards, status and overdue only: what the tally holds, so a sum over it instead of one index entry per action.
            return tally.count(scope.boardIds(), query.statusesLetThrough(), query.isOverdueOnly() ? clock.today() : null);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<Action> action = cq.from(Action.class);
        cq.select(cb.count(action)).where(conditions(cb, action, scope, query, clock.today()));
        return em.createQuery(cq).getSingleResult();
    }

    public List<ActionRow> page(Scope scope, ActionQuery query, int first, int pageSize, ActionSort sort, boolean ascending) {
        if (scope.isEmpty() || query.statusesLetThrough().isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ActionRow> cq = cb.createQuery(ActionRow.class);
        Root<Action> action = cq.from(Action.class);
        Join<Object, Object> agency = action.join("ownerAgency");
        Join<Object, Object> board = action.join("board");
        Join<Object, Object> meeting = action.join("meeting");
        Join<Object, Object> item = action.join("agendaItem", JoinType.INNER);
        cq.select(cb.construct(ActionRow.class, action.get("id"), action.get("description"), action.get("ownerName"),
                        agency.get("shortName"), action.get("dueOn"), action.get("status"), board.get("id"), board.get("shortName"),
                        meeting.get("id"), meeting.get("startsAt"), itemTitleAsRead(cb, scope, board, meeting, item), action.get("updatedAt")))
                .where(conditions(cb, action, scope, query, clock.today()));
        Path<Object> sortBy = action.get((sort == null ? ActionSort.DUE : sort).attribute());
        Order primary = ascending ? cb.asc(sortBy) : cb.desc(sortBy);
        // The id breaks ties, so paging is stable and every row appears on exactly one page.
        cq.orderBy(primary, ascending ? cb.asc(action.get("id")) : cb.desc(action.get("id")));
        return em.createQuery(cq).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    /** The item's title where the reader reads the item as the meeting page shows it, else null. */
    private static Expression<String> itemTitleAsRead(CriteriaBuilder cb, Scope scope, Join<Object, Object> board, Join<Object, Object> meeting,
                                                      Join<Object, Object> item) {
        Predicate published = cb.equal(meeting.get("agendaStatus"), AgendaStatus.PUBLISHED);
        Predicate reads = scope.managesMeetingsOf().isEmpty() ? published : cb.or(published, board.get("id").in(scope.managesMeetingsOf()));
        return cb.<String>selectCase().when(reads, item.<String>get("title")).otherwise(cb.nullLiteral(String.class));
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<Action> action, Scope scope, ActionQuery query, LocalDate today) {
        List<Predicate> where = new ArrayList<>();
        if (scope.boardIds().size() == 1) {
            where.add(cb.equal(action.get("board").get("id"), scope.boardIds().iterator().next()));
        } else {
            where.add(action.get("board").get("id").in(scope.boardIds()));
        }
        if (scope.ownerUserId() != null) {
            where.add(cb.equal(action.get("ownerAccount").get("id"), scope.ownerUserId()));
        }
        // Never empty here: count and page answer a contradiction before they query.
        Set<ActionStatus> statuses = query.statusesLetThrough();
        if (statuses.size() == 1) {
            where.add(cb.equal(action.get("status"), statuses.iterator().next()));
        } else if (!ActionStatus.coversEvery(statuses)) {
            where.add(action.get("status").in(statuses));
        }
        if (query.isOverdueOnly()) {
            where.add(cb.lessThan(action.get("dueOn"), today));
        }
        // The columns' collation ignores case, so LIKE needs no LOWER() here.
        if (query.getOwner() != null) {
            where.add(cb.like(action.get("ownerName"), "%" + InputRules.escapeLike(query.getOwner()) + "%", '\\'));
        }
        if (query.getText() != null) {
            where.add(cb.like(action.get("description"), "%" + InputRules.escapeLike(query.getText()) + "%", '\\'));
        }
        return where.toArray(Predicate[]::new);
    }
}
