package org.partnershipportal.catalogue;

/** What a line of a request's timeline records. */
public enum EntryKind {
    CHANGE("Status changed"),
    COMMENT("Comment"),
    REMINDER("Reminder sent"),
    ESCALATION("Escalated"),
    TRANSFER("Transferred");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
