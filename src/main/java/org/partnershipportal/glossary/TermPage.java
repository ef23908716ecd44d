package org.partnershipportal.glossary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.PageIds;

import java.io.Serializable;
import java.util.List;

/** glossary/term.xhtml?id=…: a term, its agency variants, where it is used, and its history. */
@Named
@ViewScoped
public class TermPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Glossary glossary;

    private String id;
    private Glossary.TermView view;
    private TermForm form;
    private Long variantAgencyId;
    private String variantText;
    private List<Agency> agencies;

    public void load() {
        view = glossary.open(PageIds.parse(id));
        form = TermForm.of(view.term());
        variantAgencyId = view.variantAgencyId();
        variantText = currentVariant();
        agencies = view.canEdit() ? glossary.agencies() : List.of();
    }

    private String currentVariant() {
        return view.variants().stream().filter(v -> v.getAgency().getId().equals(variantAgencyId)).map(AgencyVariant::getDefinition)
                .findFirst().orElse(null);
    }

    public void save() {
        long termId = view.term().getId();
        try {
            glossary.update(termId, view.term().getVersion(), form);
            FacesMessages.info("Term saved. The change is in its history.");
            view = glossary.open(termId);
            form = TermForm.of(view.term());
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "termForm");
        } catch (ConflictException conflict) {
            FacesMessages.conflict(conflict);
        }
    }

    public void saveVariant() {
        long termId = view.term().getId();
        try {
            if (variantAgencyId == null) {
                throw new InvalidInputException("agency", "Choose the agency");
            }
            glossary.saveVariant(termId, variantAgencyId, variantText);
            FacesMessages.info("The agency's definition is saved.");
            view = glossary.open(termId);
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "variantForm");
        } catch (AccessRefusedException refused) {
            FacesMessages.error(refused.getMessage());
        }
    }

    public TermSource[] getSources() {
        return TermSource.values();
    }

    public TermStatus[] getStatuses() {
        return TermStatus.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Glossary.TermView getView() {
        return view;
    }

    public TermForm getForm() {
        return form;
    }

    public Long getVariantAgencyId() {
        return variantAgencyId;
    }

    public void setVariantAgencyId(Long variantAgencyId) {
        this.variantAgencyId = variantAgencyId;
    }

    public String getVariantText() {
        return variantText;
    }

    public void setVariantText(String variantText) {
        this.variantText = variantText;
    }

    public List<Agency> getAgencies() {
        return agencies;
    }
}
