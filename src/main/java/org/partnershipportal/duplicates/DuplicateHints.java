package org.partnershipportal.duplicates;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.meetings.ActionForm;
import org.partnershipportal.meetings.AgendaItemForm;

import java.io.Serializable;
import java.util.List;

/** The "similar on other boards" panel beside agenda-item and action forms, refreshed as the person types. */
@Named
@ViewScoped
public class DuplicateHints implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Duplicates duplicates;

    @Inject
    DuplicateFinder finder;

    /** What was checked for one form and what it found; shown only while the form still holds that text. */
    private record Check(String text, List<Duplicates.Hint> hints) implements Serializable {
    }

    // One check per kind of form: the item form and the action form on one page each keep their own.
    private Check itemCheck;
    private Check actionCheck;

    public void checkItem(long boardId, AgendaItemForm form) {
        itemCheck = new Check(textOf(form), duplicates.hintsFor(DuplicateDecision.Kind.AGENDA_ITEM, BoardId.of(boardId), form.getTitle(), form.getDescription()));
    }

    public void checkAction(long boardId, ActionForm form) {
        actionCheck = new Check(textOf(form), duplicates.hintsFor(DuplicateDecision.Kind.ACTION, BoardId.of(boardId), form.getDescription(), null));
    }

    /** The hints for the form as it is now: none once it was saved and emptied, or changed since the last check. */
    public List<Duplicates.Hint> hintsFor(Object form) {
        Check check = currentCheck(form);
        return check == null ? List.of() : check.hints();
    }

    /** True when the form's current text was checked (and so "nothing similar" may be said). */
    public boolean checked(Object form) {
        return currentCheck(form) != null;
    }

    private Check currentCheck(Object form) {
        Check check = form instanceof AgendaItemForm ? itemCheck : form instanceof ActionForm ? actionCheck : null;
        if (check == null) {
            return null;
        }
        String text = textOf(form);
        return !text.isBlank() && text.equals(check.text()) ? check : null;
    }

    private static String textOf(Object form) {
        if (form instanceof AgendaItemForm item) {
            return nonNull(item.getTitle()) + "\n" + nonNull(item.getDescription());
        }
        if (form instanceof ActionForm action) {
            return nonNull(action.getDescription());
        }
        return "";
    }

    private static String nonNull(String text) {
        return text == null ? "" : text.strip();
    }

    public boolean isWarmingUp() {
        return !finder.isReady();
    }
}
