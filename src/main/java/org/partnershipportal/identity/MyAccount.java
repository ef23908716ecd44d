package org.partnershipportal.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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

    /** What every page's header shows of the signed-in person. */
    public record Header(String fullName, String agencyName, boolean mustChangePassword) {
    }

    /**
     * The header's few columns in one query. Not the account entity, whose eager agency and roles are two
     * more queries on every page (the shared cache is off, so each is a round trip).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Header> header() {
        Principal caller = securityContext.getCallerPrincipal();
        if (caller == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT NEW org.partnershipportal.identity.MyAccount.Header(u.fullName, a.name, u.mustChangePassword) "
                        + "FROM UserAccount u JOIN u.agency a WHERE u.username = :username", Header.class)
                .setParameter("username", caller.getName()).getResultStream().findFirst();
    }

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
