package org.partnershipportal.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.partnershipportal.platform.Permission;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A person who signs in. Belongs to one agency, holds one or more roles, and carries its own
 * sign-in lockout state so that no service can forget a step of it.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.byUsername", query = "SELECT u FROM UserAccount u WHERE u.username = :username")
public class UserAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int USERNAME_MAX = 60;
    public static final int FULL_NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int JOB_TITLE_MAX = 120;

    /** Five wrong passwords lock the account for fifteen minutes (issue 2; NCSC guidance favours a low threshold with a time-out over permanent locks). */
    public static final int FAILED_SIGN_INS_BEFORE_LOCK = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(min = 3, max = USERNAME_MAX)
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "use lower-case letters, digits, dots, hyphens or underscores")
    @Column(nullable = false, length = USERNAME_MAX, unique = true)
    private String username;

    @NotBlank
    @Size(max = FULL_NAME_MAX)
    @Column(name = "full_name", nullable = false, length = FULL_NAME_MAX)
    private String fullName;

    @NotBlank
    @Email
    @Size(max = EMAIL_MAX)
    @Column(nullable = false, length = EMAIL_MAX, unique = true)
    private String email;

    @Size(max = JOB_TITLE_MAX)
    @Column(name = "job_title", length = JOB_TITLE_MAX)
    private String jobTitle;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "last_signed_in_at")
    private LocalDateTime lastSignedInAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName, String email, Agency agency, Set<Role> roles, LocalDateTime createdAt) {
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.agency = agency;
        this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    /** The outcome of one sign-in attempt, as the account sees it. */
    public enum SignInOutcome { SIGNED_IN, WRONG_PASSWORD, LOCKED_NOW, STILL_LOCKED, DISABLED }

    /**
     * Records a sign-in attempt. While locked, even the right password is refused, so that guessing
     * cannot continue; the counter starts again once the lock has expired.
     */
    public SignInOutcome recordSignInAttempt(boolean passwordMatches, LocalDateTime now) {
        if (!enabled) {
            return SignInOutcome.DISABLED;
        }
        if (isLockedAt(now)) {
            return SignInOutcome.STILL_LOCKED;
        }
        if (lockedUntil != null) {
            lockedUntil = null;
            failedSignIns = 0;
        }
        if (passwordMatches) {
            failedSignIns = 0;
            lastSignedInAt = now;
            return SignInOutcome.SIGNED_IN;
        }
        failedSignIns++;
        if (failedSignIns >= FAILED_SIGN_INS_BEFORE_LOCK) {
            lockedUntil = now.plus(LOCK_DURATION);
            return SignInOutcome.LOCKED_NOW;
        }
        return SignInOutcome.WRONG_PASSWORD;
    }

    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void unlock() {
        lockedUntil = null;
        failedSignIns = 0;
    }

    /** An administrator's reset: the person must choose their own password at next sign-in. */
    public void resetPassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
        unlock();
    }

    /** The person's own change: the temporary-password requirement is met. */
    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    public void setInitialPassword(String hash, boolean mustChange) {
        this.passwordHash = hash;
        this.mustChangePassword = mustChange;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
        unlock();
    }

    public void updateProfile(String fullName, String email, String jobTitle, Agency agency) {
        this.fullName = fullName;
        this.email = email;
        this.jobTitle = jobTitle;
        this.agency = agency;
    }

    public void replaceRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether this person's roles carry the permission (for the caller, ask {@code CallerPermissions}). */
    public boolean holds(Permission permission) {
        return roles.stream().anyMatch(role -> role.permissions().contains(permission));
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public LocalDateTime getLastSignedInAt() {
        return lastSignedInAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof UserAccount user && id != null && id.equals(user.id));
    }

    @Override
    public int hashCode() {
        return UserAccount.class.hashCode();
    }
}
