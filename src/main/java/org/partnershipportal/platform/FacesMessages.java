package org.partnershipportal.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Puts a service's words on screen once: beside the field it names, or at the top of the form the
 * person submitted (a page with five forms shows "Action added." in one place, not five). A message
 * with no form to sit in, e.g. after a redirect to another page, is shown at the top of the page
 * ({@link FormMessagesWithoutForm}).
 */
public final class FacesMessages {

    private FacesMessages() {
    }

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(FacesMessages.class.getName());

    /** A message meant for the top of a form; {@code FormMessagesWithoutForm} recognises it by its type. */
    static final class FormMessage extends FacesMessage {
        private static final long serialVersionUID = 1L;

        FormMessage(Severity severity, String summary) {
            super(severity, summary, null);
        }
    }

    public static void info(String summary) {
        addToSubmittedForm(FacesMessage.SEVERITY_INFO, summary);
    }

    /** Done, but with something the person must know (shown as a warning, not as success). */
    public static void warn(String summary) {
        addToSubmittedForm(FacesMessage.SEVERITY_WARN, summary);
    }

    public static void error(String summary) {
        addToSubmittedForm(FacesMessage.SEVERITY_ERROR, summary);
    }

    /**
     * Shows the refusal beside {@code formId:field} when the field exists in the form, else at the top.
     * {@code formId} may also be one row of a repeat inside a form ({@code "clusters:groups:2"}), for a
     * field each row has its own of: the message then sits beside that row's field.
     */
    public static void show(InvalidInputException refusal, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = refusal.field() == null ? null : formId + ":" + refusal.field();
        if (clientId != null && exists(faces, clientId)) {
            add(faces, clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
        } else {
            addToSubmittedForm(FacesMessage.SEVERITY_ERROR, refusal.getMessage());
        }
        faces.validationFailed();
    }

    /** Whether the page has a component of this client id; unlike findComponent, it finds one in a row of a repeat. */
    private static boolean exists(FacesContext faces, String clientId) {
        return faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
        });
    }

    public static void conflict(ConflictException conflict) {
        addToSubmittedForm(FacesMessage.SEVERITY_WARN, conflict.getMessage());
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void addToSubmittedForm(FacesMessage.Severity severity, String summary) {
        FacesContext faces = FacesContext.getCurrentInstance();
        add(faces, submittedFormId(faces), new FormMessage(severity, summary));
    }

    private static void add(FacesContext faces, String clientId, FacesMessage message) {
        faces.addMessage(clientId, message);
        keepAcrossRedirect(faces);
    }

    /**
     * Keeps the messages for the page a redirect leads to. Mojarra keeps its flash in the memory of the
     * node that made it: on the first request a cluster sends to another node (after a node stopped),
     * the flash cookie names nothing there and Mojarra throws from setKeepMessages. The action has
     * already happened by then, so the person must still see its page and message, shown on this
     * response (it is not a redirect in that case, or the message is merely lost), never an error page.
     */
    private static void keepAcrossRedirect(FacesContext faces) {
        try {
            faces.getExternalContext().getFlash().setKeepMessages(true);
        } catch (NullPointerException flashFromAnotherNode) {
            LOG.fine("Flash of another node; the message is shown on this response only");
        }
    }

    /** The client id of the form this postback came from, or null for a GET (the message then goes to the page's top). */
    static String submittedFormId(FacesContext faces) {
        if (!faces.isPostback() || faces.getViewRoot() == null) {
            return null;
        }
        AtomicReference<String> found = new AtomicReference<>();
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (component instanceof UIForm form && form.isSubmitted()) {
                found.set(form.getClientId(faces));
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found.get();
    }
}
