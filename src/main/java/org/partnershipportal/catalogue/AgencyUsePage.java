package org.partnershipportal.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.platform.PageIds;

import java.io.Serializable;
import java.util.List;

/** catalogue/use.xhtml?agency=…: the use made of one agency's data, for its data leads (and administrators, any agency). */
@Named
@ViewScoped
public class AgencyUsePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DatasetUsage usage;

    private String agency;
    private DatasetUsage.AgencyUse use;
    private List<Agency> agencies;

    public void load() {
        use = usage.ofAgency(agency == null || agency.isBlank() ? null : PageIds.parse(agency));
        agencies = usage.agencyChoices();
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public DatasetUsage.AgencyUse getUse() {
        return use;
    }

    public List<Agency> getAgencies() {
        return agencies;
    }
}
