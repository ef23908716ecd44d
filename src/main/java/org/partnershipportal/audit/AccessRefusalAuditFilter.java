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
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.RefusalsAsAnswers;

import java.io.IOException;

/**
 * Audits the refusals no service wrote down itself, so every refusal is in the log once:
 * <ul>
 * <li>the container's, by role (web.xml constraints), before any portal code runs: the error dispatch
 *     to the 403 page is the first place to see them;</li>
 * <li>a page's own (an {@link AccessRefusedException} thrown by a page bean, or a service's
 *     {@code @RolesAllowed} refusing the caller, shown through the 403 page as an exception, so with
 *     no 403 status yet at the error dispatch);</li>
 * </ul>
 * The API answers its refusals in JSON without an error dispatch: {@link ApiRefusalAudit} writes those.
 * Services audit their own refusals ({@link AuditLog#recordRefusal}), which marks the request, so
 * nothing is written twice.
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
        boolean refused = Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status)
                || RefusalsAsAnswers.isRefusal((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        if (refused && request.getAttribute(AUDITED) == null) {
            request.setAttribute(AUDITED, Boolean.TRUE);
            String who = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
            audit.recordFor(who, AuditAction.ACCESS_REFUSED, "page", null,
                    request.getMethod() + " " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        }
        chain.doFilter(request, response);
    }
}
