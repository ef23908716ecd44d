package org.partnershipportal.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Keeps the right status code on error pages reached through an exception rather than sendError. */
@Named
@RequestScoped
public class ErrorPage {

    public void status(int code) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(code);
    }
}
