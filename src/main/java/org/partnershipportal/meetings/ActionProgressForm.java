package org.partnershipportal.meetings;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** An update to an action, with the version the person was looking at when they started typing. */
public class ActionProgressForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Choose the action's status")
    private ActionStatus status;

    @NotNull(message = "Enter the date the action is due")
    private LocalDate dueOn;

    @Size(max = ActionUpdate.NOTE_MAX, message = "Use at most " + ActionUpdate.NOTE_MAX + " characters")
    private String note;

    private long expectedVersion;

    public static ActionProgressForm of(Action action) {
        ActionProgressForm form = new ActionProgressForm();
        form.status = action.getStatus();
        form.dueOn = action.getDueOn();
        form.expectedVersion = action.getVersion();
        return form;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = Forms.trimmed(note);
    }

    public long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
