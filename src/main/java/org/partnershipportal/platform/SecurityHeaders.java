package org.partnershipportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response. Faces pages get their Content-Security-Policy from
 * PrimeFaces' CSP mode (web.xml), which adds a fresh script nonce to each rendered page; every other
 * response (resources, redirects, files) gets {@link #STRICT_POLICY}, which allows no inline script.
 */
@ApplicationScoped
public class SecurityHeaders {

    public static final String CSP = "Content-Security-Policy";

    static final String STRICT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** One year; only sent when the portal is served over TLS. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Inject
    PortalSettings settings;

    public void applyAll(HttpServletRequest request, HttpServletResponse response) {
        applyExceptPolicy(request, response);
        response.setHeader(CSP, STRICT_POLICY);
    }

    public void applyExceptPolicy(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (settings.isServedOverTls() || request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    public void applyStrictPolicyIfNoneSet(HttpServletResponse response) {
        if (!response.containsHeader(CSP)) {
            response.setHeader(CSP, STRICT_POLICY);
        }
    }
}
