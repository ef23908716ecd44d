package org.partnershipportal.catalogue;

import java.io.Serializable;

/** What someone looks for in the catalogue; empty fields filter nothing. */
public record CatalogueQuery(String text, Long agencyId, Subject subject, Classification classification,
                             UpdateFrequency frequency, Long flagId, boolean reviewOverdueOnly) implements Serializable {

    public static CatalogueQuery everything() {
        return new CatalogueQuery(null, null, null, null, null, null, false);
    }
}
