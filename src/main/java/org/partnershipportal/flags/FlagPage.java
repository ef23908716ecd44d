package org.partnershipportal.flags;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.boards.HarmType;
import org.partnershipportal.glossary.GlossaryTerm;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.PageIds;

import java.io.Serializable;
import java.util.List;

/** flags/flag.xhtml?id=… (one flag, editable by its agency's data lead) or flags/flag.xhtml (a new flag). */
@Named
@ViewScoped
public class FlagPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Flags flags;

    @Inject
    jakarta.enterprise.inject.Instance<FlagCarriers> carriers;

    private List<org.partnershipportal.glossary.TermUsages.Use> carriedBy = List.of();

    private String id;
    private Flag flag;
    private FlagForm form;
    private boolean editable;
    private List<HarmType> harms;
    private List<GlossaryTerm> terms;
    private List<Agency> agencies;

    public void load() {
        harms = flags.harmTypes();
        terms = flags.glossaryTerms();
        agencies = flags.maintainedAgencies();
        if (id == null || id.isBlank()) {
            if (agencies.isEmpty()) {
                throw new AccessRefusedException("Only data leads and administrators add flags");
            }
            form = new FlagForm();
            form.setAgencyId(agencies.get(0).getId());
            editable = true;
            return;
        }
        flag = flags.get(PageIds.parse(id));
        carriedBy = carriers.stream().flatMap(c -> c.carriersOf(flag.getId()).stream()).toList();
        form = FlagForm.of(flag);
        editable = flags.mayMaintain(flag.getAgency().getId());
    }

    public String save() {
        try {
            Flag saved = flags.save(flag == null ? null : flag.getId(), flag == null ? null : flag.getVersion(), form);
            FacesMessages.info("Flag saved.");
            return "/flags/flag?faces-redirect=true&id=" + saved.getId();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "flagForm");
        } catch (ConflictException conflict) {
            FacesMessages.conflict(conflict);
        } catch (AccessRefusedException refused) {
            FacesMessages.error(refused.getMessage());
        }
        return null;
    }

    public AppliedWhen[] getAppliedWhenChoices() {
        return AppliedWhen.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Flag getFlag() {
        return flag;
    }

    public FlagForm getForm() {
        return form;
    }

    public List<org.partnershipportal.glossary.TermUsages.Use> getCarriedBy() {
        return carriedBy;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isNew() {
        return flag == null;
    }

    public List<HarmType> getHarms() {
        return harms;
    }

    public List<GlossaryTerm> getTerms() {
        return terms;
    }

    public List<Agency> getAgencies() {
        return agencies;
    }
}
