package org.partnershipportal.flags;

import org.partnershipportal.glossary.TermUsages;

import java.util.List;

/** The datasets that carry a flag, from the catalogue, without the flags register depending on it. */
public interface FlagCarriers {

    List<TermUsages.Use> carriersOf(long flagId);
}
