package org.partnershipportal.glossary;

/** Fired (CDI event) when a term's abbreviation is added, changed or removed: readers of abbreviations re-read them. */
public record GlossaryAbbreviationsChanged() {
}
