package org.partnershipportal.meetings;

public enum MeetingStatus {
    PLANNED("Planned"),
    HELD("Held"),
    CANCELLED("Cancelled");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
