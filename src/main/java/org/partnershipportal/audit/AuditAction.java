package org.partnershipportal.audit;

/** What happened. Stored by name, so new ones can be added without a migration. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    SIGN_IN_REFUSED_LOCKED,
    SIGN_IN_REFUSED_DISABLED,
    SIGN_OUT,
    ACCESS_REFUSED,
    USER_CREATED,
    USER_UPDATED,
    USER_ROLES_CHANGED,
    USER_DISABLED,
    USER_ENABLED,
    USER_UNLOCKED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    BOARD_CREATED,
    BOARD_UPDATED,
    MEMBERSHIP_ADDED,
    MEMBERSHIP_ENDED,
    RESTRICTED_READ
}
