package org.partnershipportal.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.flags.Flag;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.PageIds;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** catalogue/dataset.xhtml?id=… (a dataset, its use and its versions; editable by its agency's data lead) or without id (a new one). */
@Named
@ViewScoped
public class DatasetPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    @Inject
    DatasetUsage usage;

    @Inject
    SharingAgreements sharingAgreements;

    private String id;
    private Dataset dataset;
    private DatasetForm form;
    private boolean editable;
    private boolean editing;
    private List<Agency> agencies;
    private List<UserAccount> stewards;
    private List<Flag> flags;
    private List<DatasetChange> history;
    private DatasetUsage.Use use;
    private List<SharingAgreement> agreements = List.of();
    private LocalDate today;

    public void load() {
        agencies = catalogue.maintainedAgencies();
        flags = catalogue.flagChoices();
        if (id == null || id.isBlank()) {
            if (agencies.isEmpty()) {
                throw new AccessRefusedException("Only data leads and administrators describe datasets");
            }
            form = new DatasetForm();
            form.setAgencyId(agencies.get(0).getId());
            editable = true;
            editing = true;
            stewards = catalogue.stewardChoices(form.getAgencyId());
            return;
        }
        dataset = catalogue.get(PageIds.parse(id));
        form = DatasetForm.of(dataset);
        editable = catalogue.mayMaintain(dataset.getAgency().getId());
        stewards = catalogue.stewardChoices(dataset.getAgency().getId());
        history = catalogue.history(dataset.getId());
        use = usage.of(dataset.getId());
        agreements = sharingAgreements.naming(dataset.getId());
        today = sharingAgreements.today();
    }

    public void agencyChanged() {
        stewards = form.getAgencyId() == null ? List.of() : catalogue.stewardChoices(form.getAgencyId());
    }

    public void edit() {
        editing = true;
    }

    public String save() {
        try {
            Dataset saved = dataset == null ? catalogue.create(form) : catalogue.update(dataset.getId(), dataset.getVersion(), form);
            FacesMessages.info("Dataset saved.");
            return "/catalogue/dataset?faces-redirect=true&id=" + saved.getId();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "datasetForm");
        } catch (ConflictException conflict) {
            FacesMessages.conflict(conflict);
        } catch (AccessRefusedException refused) {
            FacesMessages.error(refused.getMessage());
        }
        return null;
    }

    public Subject[] getSubjects() {
        return Subject.values();
    }

    public Granularity[] getGranularities() {
        return Granularity.values();
    }

    public UpdateFrequency[] getFrequencies() {
        return UpdateFrequency.values();
    }

    public Classification[] getClassifications() {
        return Classification.values();
    }

    public LawfulBasis[] getLawfulBases() {
        return LawfulBasis.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Dataset getDataset() {
        return dataset;
    }

    public DatasetForm getForm() {
        return form;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isNew() {
        return dataset == null;
    }

    public List<Agency> getAgencies() {
        return agencies;
    }

    public List<UserAccount> getStewards() {
        return stewards;
    }

    public List<Flag> getFlags() {
        return flags;
    }

    public List<DatasetChange> getHistory() {
        return history;
    }

    /** Every agreement in the register that names this dataset; the page marks each as it stands today. */
    public List<SharingAgreement> getAgreements() {
        return agreements;
    }

    public LocalDate getToday() {
        return today;
    }

    public DatasetUsage.Use getUse() {
        return use;
    }
}
