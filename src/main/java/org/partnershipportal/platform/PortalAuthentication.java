package org.partnershipportal.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form sign-in on the portal's own page: login.xhtml calls SecurityContext.authenticate, and users
 * and roles come from {@code identity.PortalIdentityStore}. Written out rather than declared with
 * {@code @CustomFormAuthenticationMechanismDefinition} because the redirect to the sign-in page is
 * sent before any filter runs, and it must carry the security headers too.
 */
@AutoApplySession
@DeclareRoles({"PARTNERSHIP_ADMIN", "BOARD_MEMBER", "PRACTITIONER", "DATA_LEAD", "RESOURCE_EDITOR"})
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PAGE = "/login.xhtml";

    /** Session attribute: the page a person asked for before signing in, shown to them afterwards. */
    public static final String REQUESTED_PAGE = PortalAuthentication.class.getName() + ".requestedPage";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SecurityHeaders headers;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        if (isApi(request)) {
            return authenticateApiCall(request, response, context);
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                String page = request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
                request.getSession().setAttribute(REQUESTED_PAGE, page);
            }
            headers.applyAll(request, response);
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
        }
        return context.doNothing();
    }

    /** Programs calling the read-only API sign in with HTTP Basic over TLS (or reuse a signed-in browser's session). */
    private AuthenticationStatus authenticateApiCall(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(java.util.Base64.getDecoder().decode(header.substring(6).trim()), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                decoded = "";
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                var result = identityStores.validate(new jakarta.security.enterprise.credential.UsernamePasswordCredential(
                        decoded.substring(0, colon), decoded.substring(colon + 1)));
                if (result.getStatus() == jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        headers.applyAll(request, response);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Partnership Portal API\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
