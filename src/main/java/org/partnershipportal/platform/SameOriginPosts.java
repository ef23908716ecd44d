package org.partnershipportal.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.logging.Logger;

/**
 * A form post (full or ajax) is accepted only from the portal's own pages: when the browser says
 * where it comes from (Origin, or else Referer), that must be this site. With the session cookie
 * SameSite=Lax a link from an e-mail arrives signed in, so this check, with the view state and
 * POST-only actions, is what keeps other sites' forms out.
 */
@WebFilter(filterName = "SameOriginPosts", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SameOriginPosts extends HttpFilter {

    @jakarta.inject.Inject
    SecurityHeaders headers;

    private static final Logger LOG = Logger.getLogger(SameOriginPosts.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || isApi(request) || fromThisSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning(() -> "Refused a post to " + request.getRequestURI() + " from " + claimedOrigin(request));
        StaticErrorPage.write(headers, request, response, HttpServletResponse.SC_FORBIDDEN, "/error/cross-site.html");
    }

    static boolean fromThisSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String own = request.getScheme() + "://" + request.getHeader("Host");
        if (origin != null && !origin.isBlank()) {
            return origin.equalsIgnoreCase(own);
        }
        String referer = request.getHeader("Referer");
        if (referer != null && !referer.isBlank()) {
            try {
                URI from = URI.create(referer);
                return (from.getScheme() + "://" + from.getRawAuthority()).equalsIgnoreCase(own);
            } catch (IllegalArgumentException unreadable) {
                return false;
            }
        }
        // Neither header (some privacy tools strip both): the view state still ties the post to a page the person opened.
        return true;
    }

    private static String claimedOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        return origin != null ? origin : String.valueOf(request.getHeader("Referer"));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
