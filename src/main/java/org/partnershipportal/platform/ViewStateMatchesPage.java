package org.partnershipportal.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A post must carry the view state of the page it is posted to. One page's view state posted to
 * another (a crafted request, or a form copied between tabs) would restore the wrong component tree
 * and fail on the server; it is refused as a bad request instead, and nothing runs.
 */
public class ViewStateMatchesPage implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // checked once the view is restored
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() || faces.getViewRoot() == null || faces.getResponseComplete()) {
            return;
        }
        String posted = faces.getExternalContext().getRequestServletPath();
        String restored = faces.getViewRoot().getViewId();
        if (posted != null && restored != null && !posted.equals(restored)) {
            try {
                faces.getExternalContext().responseSendError(400, "The form does not belong to this page");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
