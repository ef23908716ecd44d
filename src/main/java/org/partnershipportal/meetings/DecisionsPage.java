package org.partnershipportal.meetings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** meetings/decisions.xhtml?q=&page=: the decisions register across the boards the reader sits on. */
@Named
@RequestScoped
public class DecisionsPage {

    @Inject
    Minutes minutes;

    private String q;
    private int page;
    private Minutes.DecisionPage result;

    public void load() {
        result = minutes.decisions(q, page);
    }

    public Minutes.DecisionPage getResult() {
        return result;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
