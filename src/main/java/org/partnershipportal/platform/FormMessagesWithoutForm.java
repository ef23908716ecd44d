package org.partnershipportal.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A message addressed to a form that the page about to be shown does not show (the action redirected
 * to another page, the form is no longer rendered, or it has no messages area) moves to the top of
 * the page, so that it is shown once rather than lost.
 */
public class FormMessagesWithoutForm implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getViewRoot() == null) {
            return;
        }
        List<FacesMessage> homeless = new ArrayList<>();
        List<String> formIds = new ArrayList<>();
        faces.getClientIdsWithMessages().forEachRemaining(formIds::add);
        for (String formId : formIds) {
            if (formId == null || showsItsMessages(faces.getViewRoot().findComponent(":" + formId))) {
                continue;
            }
            for (Iterator<FacesMessage> messages = faces.getMessages(formId); messages.hasNext(); ) {
                FacesMessage message = messages.next();
                if (message instanceof FacesMessages.FormMessage) {
                    homeless.add(message);
                    messages.remove();
                }
            }
        }
        homeless.forEach(message -> faces.addMessage(null, message));
    }

    /** True when the form is on the page as rendered and has a messages area of its own. */
    private static boolean showsItsMessages(UIComponent form) {
        if (form == null) {
            return false;
        }
        for (UIComponent c = form; c != null; c = c.getParent()) {
            if (!c.isRendered()) {
                return false;
            }
        }
        return hasMessagesArea(form);
    }

    private static boolean hasMessagesArea(UIComponent component) {
        for (UIComponent child : component.getChildren()) {
            if (child instanceof UIMessages || hasMessagesArea(child)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }
}
