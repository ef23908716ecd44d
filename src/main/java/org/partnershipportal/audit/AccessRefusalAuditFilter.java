package org.partnershipportal.audit;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Audits refusals that reach the 403 error page. The container refuses by role (web.xml
 * constraints) before any portal code runs, so the error dispatch is the first place to see it.
 * Services audit their own refusals and mark the request, so nothing is written twice.
 */
@WebFilter(filterName = "AccessRefusalAuditFilter", urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class AccessRefusalAuditFilter extends HttpFilter {

    /** Set by code that has audited its own refusal. */
    public static final String AUDITED = AccessRefusalAuditFilter.class.getName() + ".audited";

    @Inject
    AuditLog audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status) && request.getAttribute(AUDITED) == null) {
            request.setAttribute(AUDITED, Boolean.TRUE);
            String who = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
            audit.recordFor(who, AuditAction.ACCESS_REFUSED, "page", null,
                    request.getMethod() + " " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        }
        chain.doFilter(request, response);
    }
}
