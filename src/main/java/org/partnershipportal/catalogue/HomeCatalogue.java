package org.partnershipportal.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.partnershipportal.identity.MyAccount;
import org.partnershipportal.identity.Role;

/** The home page's data-catalogue panel: what waits in the caller's queue, and their agency's records due for review. */
@Named
@RequestScoped
public class HomeCatalogue {

    @Inject
    SecurityContext security;

    @Inject
    DataRequests requests;

    @Inject
    Catalogue catalogue;

    @Inject
    MyAccount myAccount;

    private Long queue;
    private Long overdue;
    private Long reviewsDue;

    public boolean isShown() {
        return CatalogueReaders.includesCaller(security);
    }

    public boolean isDataLead() {
        return security.isCallerInRole(Role.DATA_LEAD.name());
    }

    /** Open requests in the caller's agency queue (data leads) or raised by them (others). */
    public long getQueue() {
        if (queue == null) {
            queue = requests.count(isDataLead() ? DataRequests.Scope.MY_AGENCY : DataRequests.Scope.RAISED_BY_ME, true);
        }
        return queue;
    }

    public long getOverdue() {
        if (overdue == null) {
            overdue = requests.overdueForCaller();
        }
        return overdue;
    }

    public long getReviewsDue() {
        if (reviewsDue == null) {
            reviewsDue = myAccount.current().filter(u -> u.hasRole(Role.DATA_LEAD))
                    .map(u -> catalogue.count(new CatalogueQuery(null, u.getAgency().getId(), null, null, null, null, true))).orElse(0L);
        }
        return reviewsDue;
    }
}
