package org.partnershipportal.meetings;

/** Where a meeting's minutes are in their cycle: drafted by the chair's side, circulated for comment, approved as a correct record. */
public enum MinutesStatus {
    DRAFT("Draft minutes"),
    CIRCULATED("Circulated for comment"),
    APPROVED("Approved as a correct record");

    private final String label;

    MinutesStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
