package org.partnershipportal.platform;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Set;

/**
 * Who {@link PortalAuthentication} established as the caller of this request, and the groups it gave the container:
 * the permissions the identity store read for them a moment before. Each group is the role of the same name
 * (glassfish-web.xml), so {@link CallerPermissions} answers from these groups instead of asking the container's
 * authorisation policy (JACC), which a profile of a node under load found among a signed-in page's larger costs
 * outside rendering. Kept as a request attribute: it may outlive the caller within the request (a sign-out, another sign-in, an
 * error page), so it answers only for the caller it names ({@link #isAbout}). Outside a request (a timer, a managed
 * executor's task) there is none and the container is asked.
 */
record EstablishedCaller(String name, Set<String> groups) {

    static final String ATTRIBUTE = EstablishedCaller.class.getName();

    static void record(HttpServletRequest request, CredentialValidationResult valid) {
        request.setAttribute(ATTRIBUTE, new EstablishedCaller(valid.getCallerPrincipal().getName(), Set.copyOf(valid.getCallerGroups())));
    }

    /** The caller established for this request, or null when the request has none (signed out, a public page). */
    static EstablishedCaller of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof EstablishedCaller established ? established : null;
    }

    /** Whether this describes the caller of that name: after a sign-out or sign-in within the request it does not. */
    boolean isAbout(String caller) {
        return name.equals(caller);
    }

    boolean holds(Permission permission) {
        return groups.contains(permission.name());
    }
}
