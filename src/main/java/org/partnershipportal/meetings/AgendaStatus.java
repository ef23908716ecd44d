package org.partnershipportal.meetings;

/** Whether a meeting's agenda has gone to the board's members: a draft is seen only by those who run the meetings. */
public enum AgendaStatus {
    DRAFT("Draft agenda"),
    PUBLISHED("Agenda published");

    private final String label;

    AgendaStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
