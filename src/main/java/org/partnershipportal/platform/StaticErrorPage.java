package org.partnershipportal.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Answers with one of the static pages under /error/ written straight into the response. sendError
 * would dispatch to the page with the request's own method, and the container's file servlet refuses
 * a PUT or POST for a static file (403), hiding the real answer.
 */
final class StaticErrorPage {

    private StaticErrorPage() {
    }

    static void write(SecurityHeaders headers, HttpServletRequest request, HttpServletResponse response, int status, String page)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        // The refusing filter may run before SecurityHeadersFilter (annotated filters have no set
        // order), and no page's own policy will come: every header, with the strict policy, here.
        headers.applyAll(request, response);
        try (var in = request.getServletContext().getResourceAsStream(page)) {
            if (in != null && !"HEAD".equals(request.getMethod())) {
                in.transferTo(response.getOutputStream());
            }
        }
    }
}
