package org.partnershipportal.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.boards.Board;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.PageIds;

import java.io.Serializable;
import java.util.List;

/** catalogue/ask.xhtml?id=…: one ask, the datasets mapped to it, and the requests raised on it that the reader may see. */
@Named
@ViewScoped
public class AskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Asks asks;

    @Inject
    DataRequests requests;

    private String id;
    private StrategicAsk ask;
    private AskForm form;
    private boolean member;
    private List<AskMapping> mappings;
    private List<Dataset> mappable;
    private Long datasetId;
    private Fit fit;
    private String missing;
    private boolean editing;
    private boolean mayRequest;

    public void load() {
        ask = asks.get(PageIds.parse(id));
        form = AskForm.of(ask);
        member = asks.mayChange(ask);
        mayRequest = !requests.requestingBoards().isEmpty() && ask.getStatus() == AskStatus.OPEN;
        refresh();
    }

    private void refresh() {
        mappings = asks.mappings(ask.getId());
        mappable = asks.mappableDatasets(ask);
    }

    public void map() {
        try {
            asks.map(ask.getId(), datasetId, fit, missing);
            FacesMessages.info("Saved how the dataset answers this ask.");
            datasetId = null;
            fit = null;
            missing = null;
            refresh();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "mapForm");
        } catch (AccessRefusedException refused) {
            FacesMessages.error(refused.getMessage());
        }
    }

    public void unmap(long mappingId) {
        try {
            asks.unmap(mappingId);
            FacesMessages.info("Removed.");
        } catch (AccessRefusedException refused) {
            FacesMessages.error(refused.getMessage());
        } catch (org.partnershipportal.platform.NotFoundException gone) {
            FacesMessages.info("Someone else has already removed it.");
        }
        refresh();
    }

    public void edit() {
        editing = true;
    }

    public String save() {
        try {
            asks.save(ask.getId(), ask.getVersion(), form);
            FacesMessages.info("Ask saved.");
            return "/catalogue/ask?faces-redirect=true&id=" + ask.getId();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "askForm");
        } catch (ConflictException conflict) {
            FacesMessages.conflict(conflict);
        } catch (AccessRefusedException refused) {
            FacesMessages.error(refused.getMessage());
        }
        return null;
    }

    public boolean mayMap(AskMapping mapping) {
        return asks.mayMap(ask, mapping.getDataset());
    }

    public Fit[] getFits() {
        return Fit.values();
    }

    public Subject[] getSubjects() {
        return Subject.values();
    }

    public AskPriority[] getPriorities() {
        return AskPriority.values();
    }

    public AskStatus[] getStatuses() {
        return AskStatus.values();
    }

    public List<Board> getBoards() {
        return List.of(ask.getBoard());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public StrategicAsk getAsk() {
        return ask;
    }

    public AskForm getForm() {
        return form;
    }

    public boolean isMember() {
        return member;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isMayRequest() {
        return mayRequest;
    }

    public List<AskMapping> getMappings() {
        return mappings;
    }

    public List<Dataset> getMappable() {
        return mappable;
    }

    public Long getDatasetId() {
        return datasetId;
    }

    public void setDatasetId(Long datasetId) {
        this.datasetId = datasetId;
    }

    public Fit getFit() {
        return fit;
    }

    public void setFit(Fit fit) {
        this.fit = fit;
    }

    public String getMissing() {
        return missing;
    }

    public void setMissing(String missing) {
        this.missing = missing;
    }
}
