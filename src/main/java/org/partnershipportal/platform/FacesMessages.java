package org.partnershipportal.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Puts a service's words on screen: beside the field it names, or at the top of the form. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void info(String summary) {
        add(null, FacesMessage.SEVERITY_INFO, summary);
    }

    public static void error(String summary) {
        add(null, FacesMessage.SEVERITY_ERROR, summary);
    }

    /** Shows the refusal beside {@code formId:field} when the field exists in the form, else at the top. */
    public static void show(InvalidInputException refusal, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = refusal.field() == null ? null : formId + ":" + refusal.field();
        if (clientId != null && faces.getViewRoot().findComponent(":" + clientId) == null) {
            clientId = null;
        }
        add(clientId, FacesMessage.SEVERITY_ERROR, refusal.getMessage());
        faces.validationFailed();
    }

    public static void conflict(ConflictException conflict) {
        add(null, FacesMessage.SEVERITY_WARN, conflict.getMessage());
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String summary) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, summary, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
