package org.partnershipportal.meetings;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** Filters of an action log or of "my actions"; empty fields filter nothing. */
public class ActionQuery implements Serializable {

    private static final long serialVersionUID = 1L;

    private ActionStatus status;
    private boolean outstandingOnly;
    private boolean overdueOnly;
    private String owner;
    private String text;

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public boolean isOutstandingOnly() {
        return outstandingOnly;
    }

    public void setOutstandingOnly(boolean outstandingOnly) {
        this.outstandingOnly = outstandingOnly;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = limited(Forms.trimmed(owner));
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = limited(Forms.trimmed(text));
    }

    /**
     * The statuses these filters let through: the one chosen, or every one, narrowed to the outstanding ones when only
     * outstanding or overdue actions are asked for (an overdue action is one still to do). "Done" with "outstanding only"
     * lets none through: the log is then empty, as the two filters together say.
     */
    public Set<ActionStatus> statusesLetThrough() {
        Set<ActionStatus> statuses = status == null ? EnumSet.allOf(ActionStatus.class) : EnumSet.of(status);
        if (outstandingOnly || overdueOnly) {
            statuses.retainAll(ActionStatus.OUTSTANDING);
        }
        return statuses;
    }

    /**
     * A filter saves nothing, so a longer one is cut rather than refused: here, for the page and its download alike, so
     * the file always holds the rows the page shows.
     */
    private static String limited(String filter) {
        return filter == null ? null : filter.substring(0, Math.min(filter.length(), FILTER_MAX));
    }

    static final int FILTER_MAX = 200;
}
