package org.partnershipportal.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.platform.PortalAuthentication;

import java.io.IOException;

/** Sign-out is a POST (the header's button), never a link: a GET must not change anything. */
@Named
@RequestScoped
public class SignOutAction {

    @Inject
    FacesContext faces;

    @Inject
    AuditLog audit;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        endSessionOf((HttpServletRequest) external.getRequest(), audit);
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }

    /** Audits the sign-out of whoever is signed in, then ends their session (account id, caller, session). */
    static void endSessionOf(HttpServletRequest request, AuditLog audit) throws ServletException {
        if (request.getUserPrincipal() != null) {
            audit.record(AuditAction.SIGN_OUT, "user", null, request.getUserPrincipal().getName());
        }
        PortalAuthentication.endSession(request);
    }
}
