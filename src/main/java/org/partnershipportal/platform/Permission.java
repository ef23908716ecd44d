package org.partnershipportal.platform;

/**
 * What a person may do in the portal. Services, {@code web.xml}, pages and the menu check these, never a
 * role: a role ({@code identity.Role}) is only a bundle of permissions, mapped in that one place, so
 * changing who may do something is one edit there. The names are also the Jakarta Security groups the
 * identity store hands out, which is why {@link Name} repeats them as constants for {@code @RolesAllowed}
 * ({@code PermissionsTest} keeps the two lists, {@code web.xml} and {@code glassfish-web.xml} equal).
 *
 * <p>What is decided by a seat on a board (chair, member) or by someone's agency is not a permission:
 * {@code boards.BoardAccess} and the services that own those records decide it, on top of these.
 */
public enum Permission {
    SIT_ON_BOARDS("Sit on boards: see the boards one is seated on, log their actions"),
    SEE_FORWARD_PLAN("See every board's meetings in the forward plan"),
    READ_CATALOGUE("Read the data catalogue, the asks and data requests"),
    PROPOSE_DEFINITIONS("Propose a shared definition of a harm for the agencies to answer"),
    ANSWER_DATA_REQUESTS("Answer the data requests sent to one's own agency"),
    KEEP_OWN_AGENCY_RECORDS("Keep one's own agency's datasets, flags, glossary variants and sharing agreements"),
    KEEP_EVERY_AGENCY_RECORDS("Keep any agency's datasets, flags, glossary variants and sharing agreements"),
    SEE_EVERY_BOARD("See every board's restricted content without a seat on it"),
    SEE_EVERY_DATA_REQUEST("See every data request, whoever raised it"),
    EDIT_GUIDANCE("Write, publish and archive practitioner guidance"),
    RUN_DUPLICATE_FINDING("Read the duplicates report for every board, import past agendas, keep the finder's abbreviations"),
    OPEN_ADMINISTRATION("Open the administration pages"),
    MANAGE_PEOPLE("Create accounts, give roles, unlock and reset passwords"),
    MANAGE_BOARDS("Create boards, set their remit and reporting lines, seat and unseat members"),
    READ_AUDIT_LOG("Read the audit log"),
    KEEP_GLOSSARY("Agree and change the glossary's shared definitions"),
    KEEP_LANGUAGE_LIST("Keep the list of language the check points out"),
    SET_SERVICE_LEVELS("Set data requests' working days and escalation contacts"),
    RUN_REMINDERS("Send the portal's reminder e-mails now rather than at their time"),
    SET_PORTAL_CLOCK("Move the portal's clock (for trying out deadlines)");

    private final String description;

    Permission(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public String getDescription() {
        return description;
    }

    /** The same names as compile-time constants, which annotations such as {@code @RolesAllowed} need. */
    public static final class Name {
        public static final String SIT_ON_BOARDS = "SIT_ON_BOARDS";
        public static final String SEE_FORWARD_PLAN = "SEE_FORWARD_PLAN";
        public static final String READ_CATALOGUE = "READ_CATALOGUE";
        public static final String PROPOSE_DEFINITIONS = "PROPOSE_DEFINITIONS";
        public static final String ANSWER_DATA_REQUESTS = "ANSWER_DATA_REQUESTS";
        public static final String KEEP_OWN_AGENCY_RECORDS = "KEEP_OWN_AGENCY_RECORDS";
        public static final String KEEP_EVERY_AGENCY_RECORDS = "KEEP_EVERY_AGENCY_RECORDS";
        public static final String SEE_EVERY_BOARD = "SEE_EVERY_BOARD";
        public static final String SEE_EVERY_DATA_REQUEST = "SEE_EVERY_DATA_REQUEST";
        public static final String EDIT_GUIDANCE = "EDIT_GUIDANCE";
        public static final String RUN_DUPLICATE_FINDING = "RUN_DUPLICATE_FINDING";
        public static final String OPEN_ADMINISTRATION = "OPEN_ADMINISTRATION";
        public static final String MANAGE_PEOPLE = "MANAGE_PEOPLE";
        public static final String MANAGE_BOARDS = "MANAGE_BOARDS";
        public static final String READ_AUDIT_LOG = "READ_AUDIT_LOG";
        public static final String KEEP_GLOSSARY = "KEEP_GLOSSARY";
        public static final String KEEP_LANGUAGE_LIST = "KEEP_LANGUAGE_LIST";
        public static final String SET_SERVICE_LEVELS = "SET_SERVICE_LEVELS";
        public static final String RUN_REMINDERS = "RUN_REMINDERS";
        public static final String SET_PORTAL_CLOCK = "SET_PORTAL_CLOCK";

        private Name() {
        }
    }
}
