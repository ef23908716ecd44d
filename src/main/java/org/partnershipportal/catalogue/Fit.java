package org.partnershipportal.catalogue;

/** How well a dataset answers an ask. */
public enum Fit {
    FULLY("Answers it fully"),
    PARTLY("Answers it in part"),
    NOT_AT_ALL("Does not answer it");

    private final String label;

    Fit(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
