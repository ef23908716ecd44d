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

    /** The tag's look on pages: signed is good news, draft neutral, expired and withdrawn a warning. */
    public String getTone() {
        return switch (this) {
            case SIGNED -> "ok";
            case DRAFT -> "";
            case EXPIRED, WITHDRAWN -> "danger";
        };
    }
}
