package org.partnershipportal.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** catalogue/gaps.xhtml: what the partnership wants to know and cannot. */
@Named
@RequestScoped
public class GapsPage {

    @Inject
    Asks asks;

    private Asks.Gaps gaps;

    public void load() {
        gaps = asks.gaps();
    }

    public Asks.Gaps getGaps() {
        return gaps;
    }
}
