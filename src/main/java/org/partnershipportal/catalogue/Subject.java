package org.partnershipportal.catalogue;

/** What a dataset or an ask is about. */
public enum Subject {
    YOUNG_PEOPLE("Young people", "SOCI"),
    PERPETRATORS("Perpetrators", "JUST"),
    PLACES("Places", "REGI"),
    SERVICES("Services", "GOVE");

    /** The EU data theme vocabulary that DCAT-AP harvesters classify datasets by. */
    public static final String DATA_THEMES = "http://publications.europa.eu/resource/authority/data-theme";

    private final String label;
    private final String dataTheme;

    Subject(String label, String dataTheme) {
        this.label = label;
        this.dataTheme = dataTheme;
    }

    /**
     * The nearest EU data theme: young people as population and society, perpetrators as justice and
     * public safety, places as regions and cities, services as government and the public sector.
     */
    public String dataTheme() {
        return DATA_THEMES + "/" + dataTheme;
    }

    public String getLabel() {
        return label;
    }
}
