package org.partnershipportal.meetings;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * How an action's status reads wherever it is shown: its own page, the meeting's and the agenda item's
 * pages, the action logs, the meeting pack and the matters-arising text. One rule, because when each page
 * worded it itself the same action read "Overdue" on the meeting, "In progress – overdue" on its own page
 * and "In progress" on its agenda item. An action still owed after its due date keeps its status and says
 * it is late ("In progress – overdue"): the chair needs both, whether anyone has started and that it is late.
 *
 * @param label   what the tag says
 * @param tone    the tag's style: {@code danger} when overdue, {@code ok} when done, empty otherwise
 * @param overdue still owed after its due date
 */
public record ShownStatus(String label, String tone, boolean overdue) implements Serializable {

    static ShownStatus of(ActionStatus status, LocalDate dueOn, LocalDate today) {
        if (status.isOverdue(dueOn, today)) {
            return new ShownStatus(status.getLabel() + " – overdue", "danger", true);
        }
        return new ShownStatus(status.getLabel(), status == ActionStatus.DONE ? "ok" : "", false);
    }
}
