package org.partnershipportal.platform;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * An error page reached through an exception (a service's refusal, a missing record) is rendered after
 * the container has let go of the caller it established for the request, so it showed no name, menu or
 * sign-out: a dead end. Establishes the caller again from the session, through the portal's own
 * mechanism (HttpServletRequest.authenticate), so the page has the normal header.
 */
@WebFilter(filterName = "ErrorPageCallerFilter", urlPatterns = "/error/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPageCallerFilter extends HttpFilter {

    @Inject
    SecurityContext security;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (security.getCallerPrincipal() == null && PortalAuthentication.hasSignedInSession(request)) {
            request.authenticate(response);
        }
        chain.doFilter(request, response);
    }
}
