package org.partnershipportal.meetings;

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

    public boolean isOutstanding() {
        return OUTSTANDING.contains(this);
    }
}
