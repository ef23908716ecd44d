package org.partnershipportal.catalogue;

/** The level a dataset is held at: one row per person, counts, or by place. */
public enum Granularity {
    INDIVIDUAL("Individual level"),
    AGGREGATED("Aggregated counts"),
    PLACE("By place or location");

    private final String label;

    Granularity(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
