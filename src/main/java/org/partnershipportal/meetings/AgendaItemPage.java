package org.partnershipportal.meetings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.boards.Membership;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.PageIds;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.List;

/**
 * meetings/item.xhtml?item=…: a chair or business support officer works on one agenda item: its
 * details, papers, minutes and decisions, and the actions agreed at it.
 */
@Named
@ViewScoped
public class AgendaItemPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Agendas agendas;

    @Inject
    Meetings meetings;

    @Inject
    Actions actions;

    @Inject
    org.partnershipportal.platform.PortalClock portalClock;

    private String item;
    private Meetings.MeetingView view;
    private Meetings.ItemView entry;
    private AgendaItemForm form;
    private String minutes;
    private String decisions;
    private ActionForm newAction = new ActionForm();
    private List<Membership> members;
    private List<Agency> agencies;
    private transient UploadedFile upload;

    public void load() {
        long itemId = PageIds.parse(item);
        // Members read the item on the meeting page; this page is for those who run the meeting (the service refuses others).
        view = meetings.openForItem(itemId);
        members = meetings.currentMembers(BoardId.of(view.meeting().getBoard()));
        agencies = agendas.agencies();
        show(itemId);
    }

    /** Reads the meeting again after a change, and shows the item as it now is. */
    private void refresh(long itemId) {
        view = meetings.openForItem(itemId);
        show(itemId);
    }

    private void show(long itemId) {
        entry = view.items().stream().filter(i -> i.item().getId() == itemId).findFirst().orElseThrow();
        form = AgendaItemForm.of(entry.item());
        minutes = entry.item().getMinutes();
        decisions = entry.item().getDecisions();
        corrections = minutesCycle.corrections(itemId);
    }

    private long itemId() {
        return entry.item().getId();
    }

    public void save() {
        try {
            agendas.update(itemId(), entry.item().getVersion(), form);
            FacesMessages.info("Item saved.");
            refresh(itemId());
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "details");
        } catch (ConflictException conflict) {
            FacesMessages.conflict(conflict);
            refresh(itemId());
        }
    }

    @Inject
    Minutes minutesCycle;

    private String reason;
    private List<MinutesCorrection> corrections = List.of();

    /** Approved minutes change only by a correction: a new version, with the reason. */
    public void correctMinutes() {
        try {
            MinutesCorrection correction = minutesCycle.correct(itemId(), minutes, decisions, reason);
            FacesMessages.info("Correction recorded as version " + correction.getVersionNo() + ".");
            reason = null;
            refresh(itemId());
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "outcome");
        }
    }

    public List<MinutesCorrection> getCorrections() {
        return corrections;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public void saveOutcome() {
        try {
            agendas.recordOutcome(itemId(), entry.item().getVersion(), minutes, decisions);
            FacesMessages.info("Minutes and decisions saved.");
            refresh(itemId());
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "outcome");
        } catch (ConflictException conflict) {
            FacesMessages.conflict(conflict);
            refresh(itemId());
        }
    }

    public void uploadPaper() {
        try {
            byte[] content = Forms.uploadedPaper(upload);
            Paper paper = agendas.upload(itemId(), upload.getFileName(), content);
            FacesMessages.info(paper.getFileName() + " uploaded (" + paper.getSizeLabel() + ").");
            refresh(itemId());
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "papers");
        } finally {
            upload = null;
        }
    }

    public void addAction() {
        try {
            Action added = actions.create(itemId(), newAction);
            FacesMessages.info("Action added.");
            if (added.isOverdueOn(portalClock.today())) {
                // Allowed on purpose (an action agreed at a meeting being written up late may already be due), but said.
                FacesMessages.warn("Its due date has passed, so it shows as overdue: change the date if that is not meant.");
            }
            newAction = new ActionForm();
            refresh(itemId());
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "newAction");
        }
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getDraftAgendaHoldsNoActions() {
        return Actions.DRAFT_AGENDA_HOLDS_NO_ACTIONS + ".";
    }

    public Meetings.MeetingView getView() {
        return view;
    }

    public Meetings.ItemView getEntry() {
        return entry;
    }

    public AgendaItemForm getForm() {
        return form;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }

    public ActionForm getNewAction() {
        return newAction;
    }

    public List<Membership> getMembers() {
        return members;
    }

    public List<Agency> getAgencies() {
        return agencies;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }
}
