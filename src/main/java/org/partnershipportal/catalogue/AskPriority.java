package org.partnershipportal.catalogue;

public enum AskPriority {
    HIGH("High"),
    MEDIUM("Medium"),
    LOW("Low");

    private final String label;

    AskPriority(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
