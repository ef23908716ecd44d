package org.partnershipportal.identity;

/** What a person does in the portal. A person may hold several roles; the names are the Jakarta Security groups. */
public enum Role {
    PARTNERSHIP_ADMIN("Partnership administrator", "Runs the portal: users, boards, audit log"),
    BOARD_MEMBER("Board member", "Sits on one or more boards; logs meetings and actions"),
    PRACTITIONER("Practitioner", "Reads guidance and the voice-of-young-people resources"),
    DATA_LEAD("Data lead", "Answers data requests and looks after their agency's datasets and flags"),
    RESOURCE_EDITOR("Resource editor", "Writes and publishes practitioner resources");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
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
