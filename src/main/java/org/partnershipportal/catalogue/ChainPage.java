package org.partnershipportal.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.platform.PageIds;

/** catalogue/chain.xhtml?ask=…: an ask → its datasets → the agreements that let them be shared → each party's lawful basis, and the gaps. */
@Named
@RequestScoped
public class ChainPage {

    @Inject
    SharingChain chains;

    private String ask;
    private SharingChain.Chain chain;

    public void load() {
        chain = chains.forAsk(PageIds.parse(ask));
    }

    public String getAsk() {
        return ask;
    }

    public void setAsk(String ask) {
        this.ask = ask;
    }

    public SharingChain.Chain getChain() {
        return chain;
    }
}
