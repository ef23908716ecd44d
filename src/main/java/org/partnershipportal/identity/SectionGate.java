package org.partnershipportal.identity;

/**
 * Opens a menu section by a feature's own rule where no single permission says who may open it: the
 * duplicates report is for those who run duplicate finding and for the chairs and vice-chairs of any
 * board, a seat only the boards below the duplicates feature know of (identity may not import them).
 * The feature implements this with the same rule its service enforces, so the menu offers the
 * section to exactly the people the page lets in.
 */
public interface SectionGate {

    /** The section's page, as {@link Navigation} names it (e.g. {@code /duplicates/report.xhtml}). */
    String path();

    /** Whether the signed-in person may open the section. */
    boolean opensForCaller();
}
