package org.partnershipportal.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a username and password, applying the lockout rule and auditing every attempt in the same
 * transaction as the change to the account's counters.
 */
@Stateless
public class SignIn {

    static final String USER = "user";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    /** The person signed in, or empty: callers must not tell the person why. */
    public Optional<SignedInCaller> attempt(String username, String password) {
        String normalised = username == null ? "" : username.trim().toLowerCase();
        Optional<UserAccount> found = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", normalised)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            hasher.spendTimeAsIfVerifying(password == null ? "" : password);
            audit.recordFor(normalised, AuditAction.SIGN_IN_FAILED, USER, null, "unknown username");
            return Optional.empty();
        }
        UserAccount account = found.get();
        boolean matches = password != null && hasher.matches(password, account.getPasswordHash());
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        switch (account.recordSignInAttempt(matches, now)) {
            case SIGNED_IN -> {
                audit.recordFor(account.getUsername(), AuditAction.SIGN_IN, USER, account.getId(), null);
                return Optional.of(SignedInCaller.of(account));
            }
            case WRONG_PASSWORD -> audit.recordFor(account.getUsername(), AuditAction.SIGN_IN_FAILED, USER, account.getId(),
                    "wrong password, attempt " + account.getFailedSignIns() + " of " + UserAccount.FAILED_SIGN_INS_BEFORE_LOCK);
            case LOCKED_NOW -> audit.recordFor(account.getUsername(), AuditAction.ACCOUNT_LOCKED, USER, account.getId(),
                    "locked until " + account.getLockedUntil() + " UTC after " + UserAccount.FAILED_SIGN_INS_BEFORE_LOCK + " wrong passwords");
            case STILL_LOCKED -> audit.recordFor(account.getUsername(), AuditAction.SIGN_IN_REFUSED_LOCKED, USER, account.getId(),
                    matches ? "correct password refused while locked" : "wrong password while locked");
            case DISABLED -> audit.recordFor(account.getUsername(), AuditAction.SIGN_IN_REFUSED_DISABLED, USER, account.getId(), null);
        }
        return Optional.empty();
    }

    /**
     * The account behind a signed-in session, read again for each request: empty once it is disabled
     * or gone. Not a sign-in: no audit row and no change to the lockout counters, and no lock on the row.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SignedInCaller> resume(long accountId) {
        // One query for what the caller needs, every request: loading the account would also read its agency and,
        // separately, its roles (three round trips before any page's own work; ClusterLoadBenchmark).
        List<Object[]> rows = em.createQuery("SELECT u.username, u.mustChangePassword, r FROM UserAccount u LEFT JOIN u.roles r "
                        + "WHERE u.id = :id AND u.enabled = TRUE", Object[].class)
                .setParameter("id", accountId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object[] row : rows) {
            if (row[2] != null) {
                roles.add((Role) row[2]);
            }
        }
        Object[] account = rows.get(0);
        return Optional.of(new SignedInCaller(accountId, (String) account[0], Set.copyOf(roles), (Boolean) account[1]));
    }
}
