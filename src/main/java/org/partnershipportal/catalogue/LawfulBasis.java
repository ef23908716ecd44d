package org.partnershipportal.catalogue;

/** The UK GDPR Article 6(1) condition a dataset is shared under. */
public enum LawfulBasis {
    CONSENT("6(1)(a) Consent"),
    CONTRACT("6(1)(b) Contract"),
    LEGAL_OBLIGATION("6(1)(c) Legal obligation"),
    VITAL_INTERESTS("6(1)(d) Vital interests"),
    PUBLIC_TASK("6(1)(e) Public task"),
    LEGITIMATE_INTERESTS("6(1)(f) Legitimate interests");

    private final String label;

    LawfulBasis(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
