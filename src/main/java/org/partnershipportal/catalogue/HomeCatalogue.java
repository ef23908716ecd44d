package org.partnershipportal.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.identity.MyAccount;
import org.partnershipportal.platform.CallerPermissions;
import org.partnershipportal.platform.Permission;

/** The home page's data-catalogue panel: what waits in the caller's queue, and their agency's records due for review. */
@Named
@RequestScoped
public class HomeCatalogue {

    @Inject
    CallerPermissions may;

    @Inject
    DataRequestQueries requestQueries;

    @Inject
    Catalogue catalogue;

    @Inject
    MyAccount myAccount;

    @Inject
    ServiceStatistics statistics;

    private ServiceStatistics.Figures service;
    private boolean serviceRead;

    private Long queue;
    private Long overdue;
    private Long reviewsDue;

    public boolean isShown() {
        return may.holds(Permission.READ_CATALOGUE);
    }

    /** The data lead's agency's figures for the current quarter (null when it has none yet). */
    public ServiceStatistics.Figures getServiceThisQuarter() {
        if (!serviceRead) {
            serviceRead = true;
            String mine = myAccount.current().map(u -> u.getAgency() == null ? null : u.getAgency().getShortName()).orElse(null);
            service = statistics.lastFourQuarters().stream().filter(f -> f.agency().equals(mine)).findFirst()
                    .filter(f -> f.quarter().equals(statistics.currentQuarter())).orElse(null);
        }
        return service;
    }

    /** "This quarter: 4 received, 3 accepted, 2 of 2 answered in time" for the data lead's agency. */
    public String getServiceLine() {
        ServiceStatistics.Figures f = getServiceThisQuarter();
        return f == null ? "No requests for your agency this quarter yet: service figures"
                : "This quarter: " + f.received() + " received, " + f.accepted() + " accepted, " + f.answeredInTime() + " of " + f.answered()
                + " answered in time";
    }

    public boolean isDataLead() {
        return may.holds(Permission.ANSWER_DATA_REQUESTS);
    }

    /** Open requests in the caller's agency queue (data leads) or raised by them (others). */
    public long getQueue() {
        if (queue == null) {
            queue = requestQueries.count(isDataLead() ? DataRequestQueries.Scope.MY_AGENCY : DataRequestQueries.Scope.RAISED_BY_ME, true);
        }
        return queue;
    }

    public long getOverdue() {
        if (overdue == null) {
            overdue = requestQueries.overdueForCaller();
        }
        return overdue;
    }

    public long getReviewsDue() {
        if (reviewsDue == null) {
            reviewsDue = myAccount.current().filter(u -> u.holds(Permission.KEEP_OWN_AGENCY_RECORDS))
                    .map(u -> catalogue.count(new CatalogueQuery(null, u.getAgency().getId(), null, null, null, null, true))).orElse(0L);
        }
        return reviewsDue;
    }
}
