package org.partnershipportal.catalogue;

public enum AskStatus {
    OPEN("Open"),
    ANSWERED("Answered"),
    PARKED("Parked");

    private final String label;

    AskStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
