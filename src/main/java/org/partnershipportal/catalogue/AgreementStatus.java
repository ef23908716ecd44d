package org.partnershipportal.catalogue;

/** Where an information sharing agreement stands. Only a signed one covers any sharing. */
public enum AgreementStatus {
    DRAFT("Draft"),
    SIGNED("Signed"),
    EXPIRED("Expired"),
    WITHDRAWN("Withdrawn");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
