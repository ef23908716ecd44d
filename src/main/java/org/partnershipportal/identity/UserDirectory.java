package org.partnershipportal.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.security.enterprise.SecurityContext;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.NotFoundException;
import org.partnershipportal.platform.Permission;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** What partnership administrators do with people's accounts. Every change is audited. */
@Stateless
@RolesAllowed(Permission.Name.MANAGE_PEOPLE)
public class UserDirectory {

    static final String USER = "user";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    /** Days are London's, from the portal's clock (PortalClock's time policy). */
    @Inject
    org.partnershipportal.platform.PortalClock clock;

    @Inject
    SecurityContext securityContext;

    @Inject
    jakarta.validation.Validator validator;

    /** A new account and the one-time password to pass on to its owner. */
    public record NewAccount(UserAccount account, String temporaryPassword) {
    }

    public NewAccount create(UserForm form) {
        requireValid(form);
        refuseTakenUsernameOrEmail(form, null);
        Agency agency = agency(form.getAgencyId());
        UserAccount account = new UserAccount(form.getUsername(), form.getFullName(), form.getEmail(), agency,
                form.getRoles(), LocalDateTime.now(ZoneOffset.UTC));
        account.updateProfile(form.getFullName(), form.getEmail(), form.getJobTitle(), agency);
        String temporary = TemporaryPasswords.next();
        account.setInitialPassword(hasher.hash(temporary), true);
        em.persist(account);
        em.flush();
        audit.record(AuditAction.USER_CREATED, USER, account.getId(),
                account.getUsername() + " (" + agency.getShortName() + ") roles " + new TreeSet<>(form.getRoles()));
        return new NewAccount(account, temporary);
    }

    public UserAccount update(UserId userId, long expectedVersion, UserForm form) {
        UserAccount account = get(userId);
        if (account.getVersion() != expectedVersion) {
            throw new org.partnershipportal.platform.ConflictException(
                    "Someone else changed this person's account while you were editing. Reload to see their changes.");
        }
        requireValid(form);
        refuseTakenUsernameOrEmail(form, account.getId());
        Set<Role> before = new TreeSet<>(account.getRoles());
        if (isSelf(account) && before.contains(Role.PARTNERSHIP_ADMIN) && !form.getRoles().contains(Role.PARTNERSHIP_ADMIN)) {
            throw new InvalidInputException("roles", "You cannot remove your own administrator role. Ask another administrator.");
        }
        if (before.contains(Role.BOARD_MEMBER) && !form.getRoles().contains(Role.BOARD_MEMBER)) {
            refuseWhileSeated(account);
        }
        account.updateProfile(form.getFullName(), form.getEmail(), form.getJobTitle(), agency(form.getAgencyId()));
        account.replaceRoles(form.getRoles());
        audit.record(AuditAction.USER_UPDATED, USER, userId.value(), account.getUsername());
        Set<Role> after = new TreeSet<>(form.getRoles());
        if (!before.equals(after)) {
            audit.record(AuditAction.USER_ROLES_CHANGED, USER, userId.value(), account.getUsername() + ": " + before + " -> " + after);
        }
        return account;
    }

    /**
     * A seat on a board goes with the Board member role (the boards feature refuses a seat to anyone without it), so the
     * role is not taken from someone who still has a seat today or later: their seats would go on opening the boards'
     * papers to them. Read by the entity's name, as identity does not depend on the boards feature.
     */
    private void refuseWhileSeated(UserAccount account) {
        List<String> boards = em.createQuery("SELECT DISTINCT m.board.name FROM Membership m WHERE m.member.id = :user"
                        + " AND (m.endsOn IS NULL OR m.endsOn > :today) AND (m.endsOn IS NULL OR m.endsOn > m.startsOn)", String.class)
                .setParameter("user", account.getId()).setParameter("today", clock.today())
                .getResultList();
        if (!boards.isEmpty()) {
            throw new InvalidInputException("roles", account.getFullName() + " still has a seat on " + String.join(", ", boards.stream().sorted().toList())
                    + ". End those seats, or cancel any not yet started, first (Boards), then take away the Board member role.");
        }
    }

    public void disable(UserId userId) {
        UserAccount account = get(userId);
        if (isSelf(account)) {
            throw new InvalidInputException(null, "You cannot disable your own account.");
        }
        account.disable();
        audit.record(AuditAction.USER_DISABLED, USER, userId.value(), account.getUsername());
    }

    public void enable(UserId userId) {
        UserAccount account = get(userId);
        account.enable();
        audit.record(AuditAction.USER_ENABLED, USER, userId.value(), account.getUsername());
    }

    public void unlock(UserId userId) {
        UserAccount account = get(userId);
        account.unlock();
        audit.record(AuditAction.USER_UNLOCKED, USER, userId.value(), account.getUsername());
    }

    /** Returns the new one-time password; the person must choose their own at next sign-in. */
    public String resetPassword(UserId userId) {
        UserAccount account = get(userId);
        String temporary = TemporaryPasswords.next();
        account.resetPassword(hasher.hash(temporary));
        audit.record(AuditAction.PASSWORD_RESET, USER, userId.value(), account.getUsername());
        return temporary;
    }

    public UserAccount get(UserId userId) {
        return Optional.ofNullable(em.find(UserAccount.class, userId.value()))
                .orElseThrow(() -> new NotFoundException("No such user"));
    }

    public List<Agency> agencies() {
        return em.createNamedQuery("Agency.all", Agency.class).getResultList();
    }

    public List<UserAccount> search(UserQuery query, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<UserAccount> cq = cb.createQuery(UserAccount.class);
        Root<UserAccount> user = cq.from(UserAccount.class);
        cq.select(user).where(conditions(query, cb, cq, user)).orderBy(cb.asc(user.get("fullName")), cb.asc(user.get("id")));
        return em.createQuery(cq).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(UserQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<UserAccount> user = cq.from(UserAccount.class);
        cq.select(cb.count(user)).where(conditions(query, cb, cq, user));
        return em.createQuery(cq).getSingleResult();
    }

    private static Predicate[] conditions(UserQuery query, CriteriaBuilder cb, CriteriaQuery<?> cq, Root<UserAccount> user) {
        List<Predicate> where = new ArrayList<>();
        if (query.name() != null && !query.name().isBlank()) {
            String prefix = InputRules.escapeLike(query.name().trim().toLowerCase()) + "%";
            where.add(cb.or(cb.like(cb.lower(user.get("fullName")), prefix, '\\'),
                    cb.like(user.get("username"), prefix, '\\')));
        }
        if (query.agencyId() != null) {
            where.add(cb.equal(user.get("agency").get("id"), query.agencyId()));
        }
        if (query.role() != null) {
            where.add(cb.isMember(query.role(), user.get("roles")));
        }
        return where.toArray(Predicate[]::new);
    }

    /** The page validates too, but a crafted request must meet the same rules. */
    private void requireValid(UserForm form) {
        InputRules.requireValid(validator, form);
    }

    private void refuseTakenUsernameOrEmail(UserForm form, Long exceptId) {
        long sameUsername = em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.username = :username AND u.id <> :id", Long.class)
                .setParameter("username", form.getUsername()).setParameter("id", exceptId == null ? -1L : exceptId).getSingleResult();
        if (sameUsername > 0) {
            throw new InvalidInputException("username", "That username is taken. Choose another.");
        }
        long sameEmail = em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.email = :email AND u.id <> :id", Long.class)
                .setParameter("email", form.getEmail()).setParameter("id", exceptId == null ? -1L : exceptId).getSingleResult();
        if (sameEmail > 0) {
            throw new InvalidInputException("email", "Another account already uses that e-mail address.");
        }
    }

    private Agency agency(Long agencyId) {
        Agency agency = agencyId == null ? null : em.find(Agency.class, agencyId);
        if (agency == null) {
            throw new InvalidInputException("agency", "Choose the person's agency.");
        }
        return agency;
    }

    private boolean isSelf(UserAccount account) {
        return securityContext.getCallerPrincipal() != null
                && account.getUsername().equals(securityContext.getCallerPrincipal().getName());
    }
}
