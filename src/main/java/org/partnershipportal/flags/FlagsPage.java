package org.partnershipportal.flags;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.boards.HarmType;
import org.partnershipportal.identity.Agency;

import java.io.Serializable;
import java.util.List;

/** flags/index.xhtml: the register, filtered by agency and harm. */
@Named
@ViewScoped
public class FlagsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Flags flags;

    private Long agencyId;
    private Long harmId;
    private List<Flag> rows;
    private List<HarmType> harms;
    private List<Agency> flaggingAgencies;
    private boolean maintainer;

    /** Reads the page's lists once per view, not on every call the page makes to a getter. */
    public void load() {
        harms = flags.harmTypes();
        maintainer = !flags.maintainedAgencies().isEmpty();
        flaggingAgencies = flags.all(null, null).stream().map(Flag::getAgency).distinct()
                .sorted(java.util.Comparator.comparing(Agency::getName)).toList();
        filter();
    }

    public void filter() {
        rows = flags.all(agencyId, harmId);
    }

    public List<Agency> getFlaggingAgencies() {
        return flaggingAgencies;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public Long getHarmId() {
        return harmId;
    }

    public void setHarmId(Long harmId) {
        this.harmId = harmId;
    }

    public List<Flag> getRows() {
        return rows;
    }

    public List<HarmType> getHarms() {
        return harms;
    }

    public boolean isMaintainer() {
        return maintainer;
    }
}
