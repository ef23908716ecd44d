package org.partnershipportal.glossary;

/** Where an agreed definition comes from. */
public enum TermSource {
    LEGISLATION("Legislation"),
    STATUTORY_GUIDANCE("Statutory guidance"),
    NATIONAL_POLICY("National policy or guidance"),
    LOCAL_DECISION("Local partnership decision");

    private final String label;

    TermSource(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
