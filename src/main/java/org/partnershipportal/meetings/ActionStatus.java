package org.partnershipportal.meetings;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

public enum ActionStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    DROPPED("Dropped");

    /** Statuses in which an action is still owed, and so can be overdue. */
    public static final Set<ActionStatus> OUTSTANDING = EnumSet.of(OPEN, IN_PROGRESS);

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Whether a filter letting these statuses through lets every action through: a query then needs no condition on the status. */
    public static boolean coversEvery(Set<ActionStatus> statuses) {
        return statuses.containsAll(EnumSet.allOf(ActionStatus.class));
    }

    public boolean isOutstanding() {
        return OUTSTANDING.contains(this);
    }

    /**
     * Still owed and its due date has passed on {@code today} (London's date): the overdue rule for an action in
     * memory. The queries that select overdue actions in the database (ActionLog, ActionTally, OverdueDigest) write
     * the same condition in JPQL or SQL.
     */
    public boolean isOverdue(LocalDate dueOn, LocalDate today) {
        return isOutstanding() && dueOn.isBefore(today);
    }
}
