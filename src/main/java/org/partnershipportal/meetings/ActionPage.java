package org.partnershipportal.meetings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.PageIds;

import java.io.Serializable;

/** actions/action.xhtml?id=…: an action, its history, and (for its owner, the chair or business support) an update form. */
@Named
@ViewScoped
public class ActionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Actions actions;

    private String id;
    private Actions.ActionView view;
    private ActionProgressForm form;

    public void load() {
        view = actions.open(PageIds.parse(id));
        form = ActionProgressForm.of(view.action());
    }

    public void save() {
        long actionId = view.action().getId();
        try {
            actions.progress(actionId, form);
            FacesMessages.info("Update saved.");
            view = actions.open(actionId);
            form = ActionProgressForm.of(view.action());
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "progress");
        } catch (ConflictException conflict) {
            // Show the other person's update; keep what this person typed so they can apply it again.
            FacesMessages.conflict(conflict);
            view = actions.open(actionId);
            form.setExpectedVersion(view.action().getVersion());
        } catch (AccessRefusedException refused) {
            FacesMessages.error(refused.getMessage());
        }
    }

    public ActionStatus[] getStatuses() {
        return ActionStatus.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Actions.ActionView getView() {
        return view;
    }

    public ActionProgressForm getForm() {
        return form;
    }
}
