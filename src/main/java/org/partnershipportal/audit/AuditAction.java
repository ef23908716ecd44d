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
    RESTRICTED_READ,
    MEETING_SCHEDULED,
    MEETING_UPDATED,
    ATTENDANCE_RECORDED,
    AGENDA_ITEM_ADDED,
    AGENDA_ITEM_UPDATED,
    AGENDA_ITEM_REMOVED,
    MINUTES_RECORDED,
    PAPER_UPLOADED,
    PAPER_REFUSED,
    PAPER_DOWNLOADED,
    ACTION_CREATED,
    ACTION_UPDATED,
    EXPORTED,
    REMINDERS_SENT,
    DUPLICATES_CONFIRMED,
    DUPLICATES_DISMISSED,
    HISTORIC_IMPORT,
    ABBREVIATION_ADDED,
    GLOSSARY_CHANGED,
    FLAG_CHANGED,
    DEFINITION_PROPOSED,
    PROPOSAL_ANSWERED,
    RESOURCE_SAVED,
    RESOURCE_PUBLISHED,
    RESOURCE_UNPUBLISHED,
    RESOURCE_ARCHIVED,
    RESOURCE_FEEDBACK,
    DATASET_CHANGED,
    ASK_CHANGED,
    ASK_MAPPED,
    DATA_REQUEST_RAISED,
    DATA_REQUEST_MOVED,
    DATA_REQUEST_COMMENTED,
    DATA_REQUEST_CITED,
    DATA_REQUEST_FILE_READ,
    DATA_REQUEST_REMINDED,
    DATA_REQUEST_ESCALATED,
    DATA_REQUEST_TRANSFERRED,
    SERVICE_LEVELS_CHANGED,
    ESCALATION_CONTACT_SET,
    CATALOGUE_EXPORTED;

    /** The words an administrator reads, e.g. "Access refused" for ACCESS_REFUSED and "Sign-in failed" for SIGN_IN_FAILED. */
    public String label() {
        String words = name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ').replace("sign in", "sign-in").replace("sign out", "sign-out");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String getLabel() {
        return label();
    }
}
