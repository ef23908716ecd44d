package org.partnershipportal.identity;

import org.partnershipportal.platform.Permission;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.partnershipportal.platform.Permission.*;

/**
 * What a person does in the portal, as administrators give it. A person may hold several roles. A role
 * is a bundle of {@link Permission}s, and this is the one place that says which: everything else checks
 * permissions (the identity store hands them out as the caller's groups).
 */
public enum Role {
    PARTNERSHIP_ADMIN("Partnership administrator", "Runs the portal: users, boards, audit log",
            EnumSet.of(SEE_FORWARD_PLAN, READ_CATALOGUE, PROPOSE_DEFINITIONS, KEEP_EVERY_AGENCY_RECORDS, SEE_EVERY_BOARD,
                    SEE_EVERY_DATA_REQUEST, EDIT_GUIDANCE, RUN_DUPLICATE_FINDING, OPEN_ADMINISTRATION, MANAGE_PEOPLE, MANAGE_BOARDS,
                    READ_AUDIT_LOG, KEEP_GLOSSARY, KEEP_LANGUAGE_LIST, SET_SERVICE_LEVELS, RUN_REMINDERS, SET_PORTAL_CLOCK)),
    BOARD_MEMBER("Board member", "Sits on one or more boards; logs meetings and actions",
            EnumSet.of(SIT_ON_BOARDS, SEE_FORWARD_PLAN, READ_CATALOGUE, PROPOSE_DEFINITIONS)),
    // Guidance and the structure map are open to everyone signed in, so a practitioner needs no permission of their own.
    PRACTITIONER("Practitioner", "Reads guidance and the voice-of-young-people resources", EnumSet.noneOf(Permission.class)),
    DATA_LEAD("Data lead", "Answers data requests and looks after their agency's datasets and flags",
            EnumSet.of(SEE_FORWARD_PLAN, READ_CATALOGUE, PROPOSE_DEFINITIONS, ANSWER_DATA_REQUESTS, KEEP_OWN_AGENCY_RECORDS)),
    RESOURCE_EDITOR("Resource editor", "Writes and publishes practitioner resources", EnumSet.of(EDIT_GUIDANCE));

    private final String label;
    private final String description;
    private final Set<Permission> permissions;

    Role(String label, String description, Set<Permission> permissions) {
        this.label = label;
        this.description = description;
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    /** The permissions in their declared order, for the people pages' "what each role lets a person do". */
    public List<Permission> getPermissionList() {
        return Arrays.stream(Permission.values()).filter(permissions::contains).toList();
    }

    /** Everything a person with these roles may do. */
    public static Set<Permission> permissionsOf(Collection<Role> roles) {
        Set<Permission> all = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> all.addAll(role.permissions));
        return all;
    }

    /** The roles that carry a permission, for queries such as "who answers for this agency". */
    public static Set<Role> holding(Permission permission) {
        return Arrays.stream(values()).filter(role -> role.permissions.contains(permission)).collect(Collectors.toUnmodifiableSet());
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** For EL, which cannot call record-style accessors on enums in every implementation. */
    public String getLabel() {
        return label;
    }

    public String getDescription() {
        return description;
    }
}
