package org.partnershipportal.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.faces.application.ViewExpiredException;
import org.primefaces.csp.CspException;

import java.io.IOException;

/**
 * A forged form post (its script nonce does not match the page it claims to come from) is the
 * client's fault: 400 with the friendly page, not 500. A post of a form whose view has expired goes
 * to the "page expired" explanation. Declared in web.xml so it wraps the Faces exception filter.
 */
public class MalformedRequestFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > LARGEST_REQUEST && isMultipart(request)) {
            // Larger than the Faces servlet's multipart limit (web.xml): the container would fail reading it (a 500).
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (causedBy(e, ViewExpiredException.class)) {
                // Shown by a GET, so the error page is not itself taken for a post of the expired form.
                response.reset();
                response.sendRedirect(request.getContextPath() + "/error/expired.xhtml");
            } else if (causedBy(e, CspException.class)) {
                response.reset();
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            } else {
                throw e;
            }
        }
    }

    /** The Faces servlet's max-request-size in web.xml. */
    static final long LARGEST_REQUEST = 27_262_976;

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
