package org.partnershipportal.glossary;

import java.io.Serializable;
import java.util.List;

/**
 * Where a glossary term is used. Features that link to terms (flags, and later datasets, asks and
 * resources) implement this, so a term's page lists them without the glossary depending on them.
 */
public interface TermUsages {

    /** One use: what kind of record, its label, and the page that shows it. */
    record Use(String kind, String label, String path) implements Serializable {
    }

    List<Use> usesOf(long termId);
}
