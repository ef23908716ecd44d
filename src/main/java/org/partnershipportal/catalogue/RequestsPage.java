package org.partnershipportal.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.partnershipportal.platform.CallerPermissions;
import org.partnershipportal.platform.PagedList;
import org.partnershipportal.platform.Permission;

import java.io.Serializable;

/** catalogue/requests.xhtml?scope=…: requests I raised, my boards' requests, or (data leads) my agency's queue. */
@Named
@ViewScoped
public class RequestsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DataRequests requests;

    @Inject
    DataRequestQueries requestQueries;

    @Inject
    SecurityContext security;

    @Inject
    CallerPermissions may;

    private String scope;
    private DataRequestQueries.Scope current;
    private boolean openOnly = true;
    private PagedList<DataRequest, Boolean> rows;
    private long overdue;

    public void load() {
        boolean dataLead = may.holds(Permission.ANSWER_DATA_REQUESTS);
        current = parse(scope, dataLead, may.holds(Permission.SEE_EVERY_DATA_REQUEST));
        rows = new PagedList<>(() -> openOnly, open -> requestQueries.count(current, open),
                (open, first, size, sort) -> requestQueries.list(current, open, first, size), r -> String.valueOf(r.getId()));
        overdue = requestQueries.overdueForCaller();
    }

    /**
     * The list asked for, if the caller has it: an agency queue for data leads; every request, in place of their boards'
     * (which for them is every board), for those who see every request, who start there.
     */
    private static DataRequestQueries.Scope parse(String scope, boolean dataLead, boolean seesEvery) {
        if (scope != null) {
            for (DataRequestQueries.Scope s : DataRequestQueries.Scope.values()) {
                if (s.name().equalsIgnoreCase(scope) && (s != DataRequestQueries.Scope.MY_AGENCY || dataLead)
                        && (s != DataRequestQueries.Scope.ALL || seesEvery)) {
                    return s == DataRequestQueries.Scope.MY_BOARDS && seesEvery ? DataRequestQueries.Scope.ALL : s;
                }
            }
        }
        if (dataLead) {
            return DataRequestQueries.Scope.MY_AGENCY;
        }
        return seesEvery ? DataRequestQueries.Scope.ALL : DataRequestQueries.Scope.RAISED_BY_ME;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public DataRequestQueries.Scope getCurrent() {
        return current;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public PagedList<DataRequest, Boolean> getRows() {
        return rows;
    }

    public long getOverdue() {
        return overdue;
    }
}
