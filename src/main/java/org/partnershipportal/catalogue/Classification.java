package org.partnershipportal.catalogue;

/**
 * How identifiable a dataset's contents are. Pseudonymised data is still personal data under UK
 * GDPR, so it needs a lawful basis as much as named records do.
 */
public enum Classification {
    ANONYMISED("Anonymised", "Anonymised"),
    PSEUDONYMISED("Pseudonymised", "Pseudonymised"),
    PERSONAL("Personal", "Personal"),
    SPECIAL_CATEGORY("Special category or offence data", "Special category");

    private final String label;
    private final String shortLabel;

    Classification(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    public String getLabel() {
        return label;
    }

    /** For narrow table cells. */
    public String getShortLabel() {
        return shortLabel;
    }

    public boolean isPersonalData() {
        return this != ANONYMISED;
    }

    /** Health, ethnicity, sexual life (Article 9) or criminal offences (Article 10) need a further condition. */
    public boolean needsArticle9or10Condition() {
        return this == SPECIAL_CATEGORY;
    }
}
