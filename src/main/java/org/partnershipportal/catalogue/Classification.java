package org.partnershipportal.catalogue;

/**
 * How identifiable a dataset's contents are. Pseudonymised data is still personal data under UK
 * GDPR, so it needs a lawful basis as much as named records do.
 */
public enum Classification {
    ANONYMISED("Anonymised"),
    PSEUDONYMISED("Pseudonymised"),
    PERSONAL("Personal"),
    SPECIAL_CATEGORY("Special category or offence data");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean isPersonalData() {
        return this != ANONYMISED;
    }

    /** Health, ethnicity, sexual life (Article 9) or criminal offences (Article 10) need a further condition. */
    public boolean needsArticle9or10Condition() {
        return this == SPECIAL_CATEGORY;
    }
}
