package org.partnershipportal.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * Pages and downloads answer GET, HEAD and POST only (405 otherwise, never the page itself or a 501),
 * and only a POST runs a form's action: Faces would treat a GET that carries a view state as a
 * postback, so a link could change a meeting or sign someone out. The API (JAX-RS) and the
 * MicroProfile endpoints answer for their own methods.
 */
@WebFilter(filterName = "RequestMethodFilter", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class RequestMethodFilter extends HttpFilter {

    @jakarta.inject.Inject
    SecurityHeaders headers;

    static final String ALLOWED = "GET, HEAD, POST";
    private static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD", "POST");
    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (answersItsOwnMethods(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (!PAGE_METHODS.contains(request.getMethod())) {
            refuseMethod(request, response);
            return;
        }
        if (!"POST".equals(request.getMethod()) && carriesViewState(request)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuseMethod(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", ALLOWED);
        StaticErrorPage.write(headers, request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "/error/405.html");
    }

    private static boolean answersItsOwnMethods(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/health") || path.startsWith("/openapi")
                || path.startsWith("/metrics");
    }

    /**
     * A GET's parameters come from its query string only, decoded: however it is encoded, the name is seen. Read here
     * rather than through getParameter, which would parse the request's parameters before the Faces servlet sets their
     * encoding (the container then logs a warning for every such request).
     */
    private static boolean carriesViewState(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            try {
                if (VIEW_STATE.equals(java.net.URLDecoder.decode(pair.split("=", 2)[0], java.nio.charset.StandardCharsets.UTF_8))) {
                    return true;
                }
            } catch (IllegalArgumentException malformed) {
                // A name that is not valid percent-encoding is not the view state's name.
            }
        }
        return false;
    }
}
