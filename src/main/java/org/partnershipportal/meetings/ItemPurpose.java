package org.partnershipportal.meetings;

/** What the board is asked to do with an agenda item, as committee agendas say it. */
public enum ItemPurpose {
    FOR_DECISION("For decision"),
    FOR_DISCUSSION("For discussion"),
    FOR_INFORMATION("For information");

    private final String label;

    ItemPurpose(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
