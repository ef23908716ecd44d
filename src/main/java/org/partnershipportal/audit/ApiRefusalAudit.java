package org.partnershipportal.audit;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.security.Principal;

/**
 * The API's refusals in the audit log: a 403 answered in JSON (a role the catalogue's services do not
 * allow) reaches no error page, so AccessRefusalAuditFilter never sees it. Written before the answer
 * is sent, once (not when a service has audited its own refusal already).
 */
@Provider
public class ApiRefusalAudit implements ContainerResponseFilter {

    @Inject
    AuditLog audit;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext call, ContainerResponseContext answer) {
        if (answer.getStatus() != 403 || request.getAttribute(AccessRefusalAuditFilter.AUDITED) != null) {
            return;
        }
        request.setAttribute(AccessRefusalAuditFilter.AUDITED, Boolean.TRUE);
        Principal caller = call.getSecurityContext().getUserPrincipal();
        audit.recordFor(caller == null ? null : caller.getName(), AuditAction.ACCESS_REFUSED, "page", null,
                call.getMethod() + " " + request.getRequestURI());
    }
}
