package org.partnershipportal.duplicates;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.meetings.ActionForm;
import org.partnershipportal.meetings.AgendaItemForm;

import java.io.Serializable;
import java.util.List;

/** The "similar on other boards" panel beside agenda-item and action forms, refreshed as the person types. */
@Named
@ViewScoped
public class DuplicateHints implements Serializable {

    @Inject
    Duplicates duplicates;

    @Inject
    DuplicateFinder finder;

    private List<Duplicates.Hint> hints = List.of();
    private boolean checked;

    public void checkItem(long boardId, AgendaItemForm form) {
        hints = duplicates.hintsFor(DuplicateDecision.Kind.AGENDA_ITEM, boardId, form.getTitle(), form.getDescription());
        checked = form.getTitle() != null || form.getDescription() != null;
    }

    public void checkAction(long boardId, ActionForm form) {
        hints = duplicates.hintsFor(DuplicateDecision.Kind.ACTION, boardId, form.getDescription(), null);
        checked = form.getDescription() != null;
    }

    public List<Duplicates.Hint> getHints() {
        return hints;
    }

    public boolean isChecked() {
        return checked;
    }

    public boolean isWarmingUp() {
        return !finder.isReady();
    }
}
