package org.partnershipportal.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whether the signed-in person holds a permission: the one question services, page beans, pages
 * ({@code #{may.holds('READ_CATALOGUE')}}) and the menu ask. It is the only class that asks the container
 * about roles ({@code PermissionsTest} holds it to that), so no page can check a role name instead. Within a request it
 * answers from the groups the portal's authentication gave the container for this caller a moment before
 * ({@link EstablishedCaller}): the same answer, without a trip through the authorisation policy for each.
 * An enterprise bean that declares every permission as a role: a role asked inside an enterprise bean is
 * looked up among the roles that bean's module declares (a permission that no {@code @RolesAllowed}
 * names, such as {@code SEE_EVERY_BOARD}, was refused to everyone when this asked from a CDI bean called
 * by a service), so the question is always asked here, the same way, for pages, services and timers.
 */
@DeclareRoles({Permission.Name.SIT_ON_BOARDS, Permission.Name.SEE_FORWARD_PLAN, Permission.Name.READ_CATALOGUE,
        Permission.Name.PROPOSE_DEFINITIONS, Permission.Name.ANSWER_DATA_REQUESTS, Permission.Name.KEEP_OWN_AGENCY_RECORDS,
        Permission.Name.KEEP_EVERY_AGENCY_RECORDS, Permission.Name.SEE_EVERY_BOARD, Permission.Name.SEE_EVERY_DATA_REQUEST,
        Permission.Name.EDIT_GUIDANCE, Permission.Name.RUN_DUPLICATE_FINDING, Permission.Name.OPEN_ADMINISTRATION,
        Permission.Name.MANAGE_PEOPLE, Permission.Name.MANAGE_BOARDS, Permission.Name.READ_AUDIT_LOG,
        Permission.Name.KEEP_GLOSSARY, Permission.Name.KEEP_LANGUAGE_LIST, Permission.Name.SET_SERVICE_LEVELS,
        Permission.Name.RUN_REMINDERS, Permission.Name.SET_PORTAL_CLOCK})
@Stateless
@PermitAll
// Pages ask this many times per render: a question about the caller needs no transaction of its own.
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@Named("may")
public class CallerPermissions {

    @Inject
    SecurityContext security;

    @Inject
    PermissionAnswers answeredThisRequest;

    @Inject
    CurrentHttpRequest request;

    public boolean holds(Permission permission) {
        // Answers are remembered for the request. A caller with no request (a managed executor's task) gets one for
        // the call: Payara's Weld starts a request context for each call into a session bean when none is active
        // (BackgroundTaskIT; the CDI specification promises it only for remote, asynchronous and timeout calls).
        java.security.Principal caller = security.getCallerPrincipal();
        String name = caller == null ? null : caller.getName();
        return answeredThisRequest.answer(name, permission, asked -> {
            // The caller the portal's authentication established for the current request, if this runs in one.
            return request.read(EstablishedCaller::of).filter(established -> established.isAbout(name))
                    .map(established -> established.holds(asked)).orElseGet(() -> security.isCallerInRole(asked.name()));
        });
    }

    /**
     * Which of these the caller holds, asked in one call: the menu asks about every section on every page, and each
     * call to this bean is a trip through the container (transaction and security interceptors), however cheap the
     * answer once known.
     */
    public Set<Permission> heldOf(Collection<Permission> permissions) {
        Set<Permission> held = EnumSet.noneOf(Permission.class);
        for (Permission permission : permissions) {
            if (holds(permission)) {
                held.add(permission);
            }
        }
        return held;
    }

    public boolean holdsAny(Permission... permissions) {
        for (Permission permission : permissions) {
            if (holds(permission)) {
                return true;
            }
        }
        return false;
    }
}
