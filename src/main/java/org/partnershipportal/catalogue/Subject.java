package org.partnershipportal.catalogue;

/** What a dataset or an ask is about. */
public enum Subject {
    YOUNG_PEOPLE("Young people"),
    PERPETRATORS("Perpetrators"),
    PLACES("Places"),
    SERVICES("Services");

    private final String label;

    Subject(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
