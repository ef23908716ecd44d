package org.partnershipportal.meetings;

/** How an agenda item differs from the agenda as first published: members see it marked. */
public enum PublishedChange {
    ADDED("Added since publication"),
    CHANGED("Changed since publication");

    private final String label;

    PublishedChange(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
