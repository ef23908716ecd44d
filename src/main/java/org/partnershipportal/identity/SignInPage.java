package org.partnershipportal.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.PortalAuthentication;

import java.io.IOException;

/** The sign-in form. */
@Named
@RequestScoped
public class SignInPage {

    /** One message for every failure, so the page never tells whether an account exists or is locked. */
    static final String FAILED = "Sign-in failed. Check your username and password. "
            + "After " + UserAccount.FAILED_SIGN_INS_BEFORE_LOCK + " failed attempts an account is locked for "
            + UserAccount.LOCK_DURATION.toMinutes() + " minutes.";

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser currentUser;

    @NotBlank(message = "Enter your username")
    @Size(max = UserAccount.USERNAME_MAX, message = "Usernames are at most " + UserAccount.USERNAME_MAX + " characters")
    private String username;

    @NotBlank(message = "Enter your password")
    @Size(max = PasswordPolicy.MAX_LENGTH, message = "Passwords are at most " + PasswordPolicy.MAX_LENGTH + " characters")
    private String password;

    public void signIn() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (request.getUserPrincipal() != null) {
            // A sign-in posted from a signed-in browser (a form opened earlier, another tab): the first
            // person is signed out, audited, and their session ends, so the second never inherits it.
            SignOutAction.endSessionOf(request, audit);
            request.getSession(true);
            currentUser.reload();
        } else if (request.getSession(false) != null) {
            // A session id known before sign-in must not stay valid after it (session fixation).
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password)));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + pageAskedForBeforeSignIn(request));
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            FacesMessages.error(FAILED);
        }
    }

    /** Only a path inside the portal, so the sign-in page can never redirect elsewhere. */
    private static String pageAskedForBeforeSignIn(HttpServletRequest request) {
        Object asked = request.getSession().getAttribute(PortalAuthentication.REQUESTED_PAGE);
        request.getSession().removeAttribute(PortalAuthentication.REQUESTED_PAGE);
        if (asked instanceof String page && page.startsWith("/") && !page.startsWith("//") && !page.contains("\\")
                && !page.startsWith(PortalAuthentication.SIGN_IN_PAGE)) {
            return page;
        }
        return "/index.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
