package org.partnershipportal.catalogue;

/** How often a dataset is refreshed, with the EU frequency vocabulary's code that DCAT catalogues use. */
public enum UpdateFrequency {
    CONTINUOUS("Continuously", "CONT"),
    DAILY("Daily", "DAILY"),
    WEEKLY("Weekly", "WEEKLY"),
    MONTHLY("Monthly", "MONTHLY"),
    QUARTERLY("Quarterly", "QUARTERLY"),
    ANNUALLY("Annually", "ANNUAL"),
    IRREGULAR("Irregularly, on request", "IRREG");

    private static final String VOCABULARY = "http://publications.europa.eu/resource/authority/frequency/";

    private final String label;
    private final String code;

    UpdateFrequency(String label, String code) {
        this.label = label;
        this.code = code;
    }

    public String getLabel() {
        return label;
    }

    public String uri() {
        return VOCABULARY + code;
    }
}
