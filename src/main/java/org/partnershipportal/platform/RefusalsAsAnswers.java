package org.partnershipportal.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A refusal ({@link AccessRefusedException}, or a service's {@code @RolesAllowed} refusing the caller) and a record
 * that is not there ({@link NotFoundException}) are ordinary answers, from a page or a download alike: 403 and 404,
 * with their friendly pages (web.xml's error pages by status). Left to the container, each would be logged as a
 * fault with its stack trace, burying the real faults an operator must see. Every refusal is still audited: the
 * service wrote it down, or audit.AccessRefusalAuditFilter sees the 403 at the error page. Declared in web.xml for
 * every path, so it wraps the Faces servlet's own filters and the download servlets.
 */
public class RefusalsAsAnswers extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (isRefusal(e)) {
                response.reset();
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else if (MalformedRequestFilter.causedBy(e, NotFoundException.class)) {
                response.reset();
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                throw e;
            }
        }
    }

    /** A refusal of the caller, however wrapped: the portal's own, or a service's role check. */
    public static boolean isRefusal(Throwable failure) {
        return MalformedRequestFilter.causedBy(failure, AccessRefusedException.class) || MalformedRequestFilter.causedBy(failure, EJBAccessException.class);
    }

}
