package org.partnershipportal.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.InvalidInputException;

import java.security.Principal;
import java.util.Optional;

/** What a signed-in person does with their own account. */
@Stateless
@PermitAll
public class MyAccount {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext securityContext;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    /** The signed-in person's account, if someone is signed in and the account still exists. */
    public Optional<UserAccount> current() {
        Principal caller = securityContext.getCallerPrincipal();
        if (caller == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", caller.getName()).getResultStream().findFirst();
    }

    public void changePassword(String currentPassword, String newPassword, String confirmation) {
        UserAccount account = current().orElseThrow(() -> new AccessRefusedException("Sign in to change your password"));
        if (currentPassword == null || !hasher.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "That is not your current password.");
        }
        PasswordPolicy.problemWith(newPassword, account.getUsername()).ifPresent(problem -> {
            throw new InvalidInputException("newPassword", problem);
        });
        if (!newPassword.equals(confirmation)) {
            throw new InvalidInputException("confirmation", "The two new passwords do not match.");
        }
        if (hasher.matches(newPassword, account.getPasswordHash())) {
            throw new InvalidInputException("newPassword", "Choose a password different from your current one.");
        }
        account.changePassword(hasher.hash(newPassword));
        audit.record(AuditAction.PASSWORD_CHANGED, UserDirectory.USER, account.getId(), account.getUsername());
    }
}
