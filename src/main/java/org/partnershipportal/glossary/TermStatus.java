package org.partnershipportal.glossary;

public enum TermStatus {
    AGREED("Agreed"),
    PROPOSED("Proposed"),
    DISPUTED("Disputed");

    private final String label;

    TermStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
