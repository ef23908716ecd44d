package org.partnershipportal.meetings;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Counts of boards' actions read from {@code action_tally} (migration V21, {@link ActionTallyRow}), which triggers keep
 * exact on every write to {@code action}: a sum over at most one row per status and due date, where counting the
 * actions themselves read one index entry per action. It answers only what the tally holds (boards, statuses, due
 * before a day); a count that filters on anything else (an owner, words in the description) is {@link ActionLog}'s,
 * over the actions.
 */
@Dependent
class ActionTally {

    /** A board's outstanding actions, and how many of them are overdue. */
    record Outstanding(long open, long overdue) {
    }

    @PersistenceContext
    EntityManager em;

    /** Actions on these boards with one of these statuses, due before this day (any when null). */
    long count(Collection<Long> boardIds, Set<ActionStatus> statuses, LocalDate dueBefore) {
        if (boardIds.isEmpty() || statuses.isEmpty()) {
            return 0;
        }
        var query = em.createQuery("SELECT COALESCE(SUM(t.actions), 0) FROM ActionTallyRow t WHERE t.key.boardId IN :boards"
                + (ActionStatus.coversEvery(statuses) ? "" : " AND t.key.status IN :statuses")
                + (dueBefore == null ? "" : " AND t.key.dueOn < :dueBefore"), Number.class).setParameter("boards", boardIds);
        if (!ActionStatus.coversEvery(statuses)) {
            query.setParameter("statuses", statuses);
        }
        if (dueBefore != null) {
            query.setParameter("dueBefore", dueBefore);
        }
        return query.getSingleResult().longValue();
    }

    /** The board's open and in-progress actions, and those of them due before today, in one pass over its tally. */
    Outstanding outstanding(long boardId, LocalDate today) {
        Object[] sums = em.createQuery("SELECT SUM(t.actions), SUM(CASE WHEN t.key.dueOn < :today THEN t.actions ELSE 0 END) "
                        + "FROM ActionTallyRow t WHERE t.key.boardId = :board AND t.key.status IN :outstanding", Object[].class)
                .setParameter("board", boardId).setParameter("outstanding", ActionStatus.OUTSTANDING).setParameter("today", today)
                .getSingleResult();
        // SUM over no rows is NULL.
        return new Outstanding(sums[0] == null ? 0 : ((Number) sums[0]).longValue(), sums[1] == null ? 0 : ((Number) sums[1]).longValue());
    }
}
