package org.partnershipportal.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** catalogue/gaps.xhtml: what the partnership wants to know and cannot. */
@Named
@RequestScoped
public class GapsPage {

    @Inject
    Asks asks;

    @Inject
    SharingChain chains;

    private Asks.Gaps gaps;
    private Map<StrategicAsk, List<String>> agreementGaps;

    public void load() {
        gaps = asks.gaps();
        agreementGaps = chains.gapsByAsk();
    }

    public Map<StrategicAsk, List<String>> getAgreementGaps() {
        return agreementGaps;
    }

    public List<Map.Entry<StrategicAsk, List<String>>> getAgreementGapEntries() {
        return List.copyOf(agreementGaps.entrySet());
    }

    public List<String> agreementGapsOf(StrategicAsk ask) {
        return agreementGaps.getOrDefault(ask, List.of());
    }

    public Asks.Gaps getGaps() {
        return gaps;
    }
}
