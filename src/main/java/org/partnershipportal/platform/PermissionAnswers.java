package org.partnershipportal.platform;

import jakarta.enterprise.context.RequestScoped;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the container answered about the caller's permissions during this request, so each is asked once. A signed-in
 * page asks a dozen times (the menu, the page, each service's own check), and each answer goes through the
 * container's authorisation policy (JACC), which profiling showed at about a tenth of a board's action log page.
 * Per request only: the caller is established afresh on every request, so a changed role counts from the next one.
 */
@RequestScoped
class PermissionAnswers {

    private final Map<Permission, Boolean> answers = new EnumMap<>(Permission.class);
    /** Whom the answers are about: a sign-in or sign-out within the request makes them someone else's. */
    private String answeredAbout;

    boolean answer(String caller, Permission permission, Predicate<Permission> askContainer) {
        if (!java.util.Objects.equals(caller, answeredAbout)) {
            answers.clear();
            answeredAbout = caller;
        }
        return answers.computeIfAbsent(permission, askContainer::test);
    }
}
