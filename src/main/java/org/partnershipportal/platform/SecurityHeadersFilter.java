package org.partnershipportal.platform;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/** Puts {@link SecurityHeaders} on every response that reaches the portal's servlets. */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    @Inject
    SecurityHeaders headers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isFacesPage(request)) {
            headers.applyAll(request, response);
            if (request.getUserPrincipal() != null && !isStaticResource(request)) {
                // API answers, exports and downloads hold restricted data too.
                response.setHeader("Cache-Control", "no-store");
            }
            chain.doFilter(request, new RelativeRedirects(response));
            return;
        }
        headers.applyExceptPolicy(request, response);
        if (request.getUserPrincipal() != null) {
            // Restricted pages must not linger in shared or browser caches.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new RedirectKeepsPolicy(response, headers));
    }

    private static boolean isFacesPage(HttpServletRequest request) {
        String path = request.getServletPath();
        return path != null && path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/");
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getServletPath();
        return path != null && (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.equals("/favicon.ico"));
    }

    /**
     * Redirects inside the portal are sent as they are ("/login.xhtml", or below the context path when the portal is deployed under one), never made
     * absolute from the request's Host header, which the client chooses ("Host: evil.example" would
     * otherwise send the person there).
     */
    private static class RelativeRedirects extends HttpServletResponseWrapper {

        RelativeRedirects(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (location != null && location.startsWith("/") && !location.startsWith("//")) {
                resetBuffer();
                setStatus(SC_FOUND);
                setHeader("Location", location);
                flushBuffer();
            } else {
                super.sendRedirect(location);
            }
        }
    }

    /** A page that redirects instead of rendering never reaches PrimeFaces' policy: give it the strict one. */
    private static final class RedirectKeepsPolicy extends RelativeRedirects {
        private final SecurityHeaders headers;

        RedirectKeepsPolicy(HttpServletResponse response, SecurityHeaders headers) {
            super(response);
            this.headers = headers;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            headers.applyStrictPolicyIfNoneSet(this);
            super.sendRedirect(location);
        }

        /**
         * An error page rendered for a request that was not a page (a missing file answered with the
         * 404 page) already carries the strict policy; PrimeFaces' policy with this page's nonce replaces
         * it. Two policies would both be enforced, and the strict one blocks the page's own scripts.
         */
        @Override
        public void addHeader(String name, String value) {
            if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
