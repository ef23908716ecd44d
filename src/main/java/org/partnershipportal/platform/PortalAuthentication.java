package org.partnershipportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Form sign-in on the portal's own page: login.xhtml calls SecurityContext.authenticate, and users
 * and roles come from the identity store ({@code identity.PortalIdentityStore}). Written out rather than
 * declared with {@code @CustomFormAuthenticationMechanismDefinition} because the redirect to the sign-in
 * page is sent before any filter runs, and it must carry the security headers too.
 * <p>
 * The caller is established on every request from the account id the session keeps, with the roles
 * the database holds now. Not {@code @AutoApplySession}: under concurrent use Payara's session-applied
 * caller sometimes lost its groups (Payara issues 6145 and 6342), refusing entitled requests; and a role
 * removed or an account disabled must apply at the person's next request, on any cluster member.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PortalAuthentication.class.getName());

    public static final String SIGN_IN_PAGE = "/login.xhtml";
    public static final String PASSWORD_PAGE = "/account/password.xhtml";

    /** Session attribute: the page a person asked for before signing in, shown to them afterwards. */
    public static final String REQUESTED_PAGE = PortalAuthentication.class.getName() + ".requestedPage";

    /** Session attribute: the signed-in person's account id (a Long), the only sign-in state a session keeps. */
    public static final String ACCOUNT_ID = PortalAuthentication.class.getName() + ".accountId";

    /**
     * The only group of a person who must replace a temporary password: they hold no role until they
     * have, so every service refuses them too, and every page but the password page sends them there.
     */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SecurityHeaders headers;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            try {
                return signIn(credential, request, context);
            } catch (RuntimeException databaseUnreachable) {
                return unavailable(request, response, databaseUnreachable);
            }
        }
        if (isStaticResource(request)) {
            // Scripts, styles and images are public and need no caller: no database read for each of them.
            return context.doNothing();
        }
        Long accountId = signedInAccount(request);
        if (accountId != null) {
            try {
                return continueSession(accountId, request, response, context);
            } catch (RuntimeException databaseUnreachable) {
                return unavailable(request, response, databaseUnreachable);
            }
        }
        if (isApi(request)) {
            return authenticateApiCall(request, response, context);
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                rememberRequestedPage(request);
            }
            headers.applyAll(request, response);
            return redirectWithinPortal(response, request.getContextPath() + SIGN_IN_PAGE);
        }
        return context.doNothing();
    }

    /**
     * The account could not be read (MariaDB restarting or unreachable): a 503 with the portal's own page,
     * the person still signed in. Without this the container answered an empty 500, since its error page
     * needs the same authentication. Load balancers treat a 503 as "try again", and nobody is signed out.
     */
    private AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response, RuntimeException cause) {
        LOG.log(java.util.logging.Level.WARNING, "Could not read the caller's account (database unreachable?); answered 503", cause);
        try {
            response.setHeader("Retry-After", "10");
            StaticErrorPage.write(headers, request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "/error/503.html");
            response.flushBuffer();
        } catch (java.io.IOException clientGone) {
            LOG.fine("Client went away before the 503 page was sent");
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** A sign-in on the form: only a valid password puts the account id into the session. */
    private AuthenticationStatus signIn(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            request.getSession().setAttribute(ACCOUNT_ID, Long.valueOf(result.getCallerUniqueId()));
            EstablishedCaller.record(request, result);
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** A request of a signed-in person: the account is read again, so today's roles and state decide. */
    private AuthenticationStatus continueSession(long accountId, HttpServletRequest request, HttpServletResponse response,
                                                 HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(new SessionCaller(accountId));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // Disabled or removed since the last request: signed out now, not when the session times out.
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            headers.applyAll(request, response);
            if (isApi(request)) {
                return unauthorizedApiCall(response);
            }
            return redirectWithinPortal(response, request.getContextPath() + SIGN_IN_PAGE + "?disabled=true");
        }
        if (result.getCallerGroups().contains(PASSWORD_CHANGE_REQUIRED) && !isApi(request) && !openBeforePasswordChange(request)) {
            headers.applyAll(request, response);
            return redirectWithinPortal(response, request.getContextPath() + PASSWORD_PAGE);
        }
        EstablishedCaller.record(request, result);
        return context.notifyContainerAboutLogin(result);
    }

    /** Programs calling the read-only API sign in with HTTP Basic over TLS (or reuse a signed-in browser's session). */
    private AuthenticationStatus authenticateApiCall(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                decoded = "";
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                CredentialValidationResult result = identityStores.validate(
                        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    EstablishedCaller.record(request, result);
                    return context.notifyContainerAboutLogin(result);
                }
            }
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        headers.applyAll(request, response);
        if (isBrowserNavigation(request)) {
            // A person following one of the portal's own links to the API (the catalogue's CSV) after their session
            // ended: the sign-in page and then the file, as for any page, rather than the browser's own password box.
            rememberRequestedPage(request);
            return redirectWithinPortal(response, request.getContextPath() + SIGN_IN_PAGE);
        }
        return unauthorizedApiCall(response);
    }

    /**
     * Whether a browser sent this request to show its answer as a page or a download (Fetch Metadata's
     * {@code Sec-Fetch-Mode: navigate}, which browsers send and programs do not), so a program still gets the 401.
     */
    private static boolean isBrowserNavigation(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && "navigate".equalsIgnoreCase(request.getHeader("Sec-Fetch-Mode"));
    }

    private static void rememberRequestedPage(HttpServletRequest request) {
        String query = request.getQueryString();
        request.getSession().setAttribute(REQUESTED_PAGE, pathOf(request) + (query == null ? "" : "?" + query));
    }

    /**
     * 401 for a program, in the API's own JSON (never the server's HTML error page), with the Basic
     * challenge; no-store, like every API answer.
     */
    private static AuthenticationStatus unauthorizedApiCall(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Partnership Portal API\", charset=\"UTF-8\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("{\"status\":401,\"message\":\"Sign in with your portal username and password (HTTP Basic, over TLS)\"}");
        } catch (java.io.IOException clientGone) {
            // Nothing more can be said to a client that has gone.
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * A redirect to a page of the portal, as a path: never made absolute from the request's Host
     * header, which the client chooses.
     */
    private static AuthenticationStatus redirectWithinPortal(HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", path);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * Signs the person out: the account id goes, the container forgets the caller, and the session ends,
     * so nothing of it can be reused.
     */
    public static void endSession(HttpServletRequest request) throws ServletException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ACCOUNT_ID);
        }
        request.logout();
        if (session != null) {
            session.invalidate();
        }
    }

    /** Whether the request's session belongs to a signed-in person (checked again when the caller is established). */
    public static boolean hasSignedInSession(HttpServletRequest request) {
        return signedInAccount(request) != null;
    }

    private static Long signedInAccount(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getAttribute(ACCOUNT_ID) instanceof Long id ? id : null;
    }

    /** What a person with a temporary password may still open: the password page, sign-in (to sign out) and error pages. */
    private static boolean openBeforePasswordChange(HttpServletRequest request) {
        String path = pathOf(request);
        return path.equals(PASSWORD_PAGE) || path.equals(SIGN_IN_PAGE) || path.startsWith("/error/");
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = pathOf(request);
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.equals("/favicon.ico");
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isApi(HttpServletRequest request) {
        return pathOf(request).startsWith("/api/");
    }
}
