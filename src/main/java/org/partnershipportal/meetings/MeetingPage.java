package org.partnershipportal.meetings;

import org.partnershipportal.boards.BoardId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.UserId;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.PageIds;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** meetings/meeting.xhtml?meeting=…: one meeting, its attendance and agenda; managed by chair and business support. */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Meetings meetings;

    @Inject
    Agendas agendas;

    @Inject
    AgendaNotices notices;

    @Inject
    Minutes minutesCycle;

    private Agendas.MattersArising mattersArising;
    private Long[] arisingActions = new Long[0];
    private boolean arisingMinutes = true;
    private List<MinutesComment> comments = List.of();
    private List<Meeting> approvalChoices = List.of();
    private Long approveAt;
    private String comment;

    private String meeting;
    private Meetings.MeetingView view;
    private MeetingForm form;
    private MeetingStatus status;
    private final Map<Long, Attendance> attendance = new LinkedHashMap<>();

    /** Attendance as this page showed it: only what the chair changed is sent, so a page left open does not undo marks made since (a member's own apologies). */
    private final Map<Long, Attendance> attendanceShown = new LinkedHashMap<>();
    private AgendaItemForm newItem = new AgendaItemForm();
    private List<Agency> agencies;
    private List<org.partnershipportal.boards.Membership> leads;
    private List<org.partnershipportal.identity.UserAccount> deputies = List.of();
    private Long deputyId;
    private Long paperItemId;
    private transient org.primefaces.model.file.UploadedFile upload;

    public void load() {
        view = meetings.open(MeetingId.of(PageIds.parse(meeting)));
        resetForms();
        loadMinutesCycle();
        if (view.mine() != null) {
            deputies = meetings.deputyChoices(MeetingId.of(view.meeting()));
        }
        if (view.seat().managesMeetings()) {
            agencies = agendas.agencies();
            leads = agendas.possibleLeads(BoardId.of(view.meeting().getBoard()));
            if (!view.meeting().isHeld()) {
                mattersArising = agendas.mattersArising(MeetingId.of(view.meeting()));
                // Ticked by default only when offered: minutes already on the agenda are not, and must not be sent as chosen.
                arisingMinutes = mattersArising.previousUnapproved() != null;
            }
        }
    }

    private void reload() {
        view = meetings.open(MeetingId.of(view.meeting()));
        resetForms();
    }

    private void loadMinutesCycle() {
        // The minutes go round the board's members; a member's deputy came for the meeting, not its record.
        if (view.meeting().isHeld() && !view.seat().deputising()) {
            comments = minutesCycle.comments(MeetingId.of(view.meeting()));
            if (view.seat().managesMeetings()) {
                approvalChoices = minutesCycle.approvalChoices(MeetingId.of(view.meeting()));
            }
        }
    }

    public String addMattersArising() {
        try {
            agendas.addMattersArising(MeetingId.of(view.meeting()), java.util.Arrays.asList(arisingActions), arisingMinutes);
            FacesMessages.info("Matters arising added at the top of the agenda.");
            return "/meetings/meeting?faces-redirect=true&meeting=" + view.meeting().getId();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "arising");
            return null;
        }
    }

    /** The lead of an item sends its paper; the item is the only one they lead, or the one they chose. */
    public String sendPaper() {
        try {
            List<Meetings.ItemView> led = view.ledByYou();
            Long itemId = led.size() == 1 ? Long.valueOf(led.get(0).item().getId()) : paperItemId;
            if (itemId == null || led.stream().noneMatch(entry -> entry.item().getId() == itemId)) {
                throw new InvalidInputException("paperItem", "Choose the item the paper is for");
            }
            byte[] content = Forms.uploadedPaper(upload);
            Paper paper = agendas.upload(itemId, upload.getFileName(), content);
            FacesMessages.info(paper.getFileName() + " sent (" + paper.getSizeLabel() + ").");
            return "/meetings/meeting?faces-redirect=true&meeting=" + view.meeting().getId();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "ownPapers");
            return null;
        } catch (org.partnershipportal.platform.AccessRefusedException refused) {
            // The lead (or the seat) changed since the page was opened: say so here, where the person was working.
            FacesMessages.error(refused.getMessage() + ".");
            return null;
        } finally {
            upload = null;
        }
    }

    public Long getPaperItemId() {
        return paperItemId;
    }

    public void setPaperItemId(Long paperItemId) {
        this.paperItemId = paperItemId;
    }

    public org.primefaces.model.file.UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(org.primefaces.model.file.UploadedFile upload) {
        this.upload = upload;
    }

    public Agendas.MattersArising getMattersArising() {
        return mattersArising;
    }

    public Long[] getArisingActions() {
        return arisingActions;
    }

    public void setArisingActions(Long[] arisingActions) {
        this.arisingActions = arisingActions == null ? new Long[0] : arisingActions;
    }

    public boolean isArisingMinutes() {
        return arisingMinutes;
    }

    public void setArisingMinutes(boolean arisingMinutes) {
        this.arisingMinutes = arisingMinutes;
    }

    public String circulateMinutes() {
        try {
            Minutes.Circulation circulation = minutesCycle.circulate(MeetingId.of(view.meeting()));
            String told = "Minutes circulated: members can read them and comment; " + circulation.delivery().told() + ".";
            if (circulation.delivery().everyoneTold()) {
                FacesMessages.info(told);
            } else {
                FacesMessages.error(told);
            }
            return "/meetings/meeting?faces-redirect=true&meeting=" + view.meeting().getId();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "minutesCycle");
            return null;
        }
    }

    public String commentOnMinutes() {
        try {
            minutesCycle.comment(MeetingId.of(view.meeting()), comment);
            FacesMessages.info("Your comment is with the chair.");
            return "/meetings/meeting?faces-redirect=true&meeting=" + view.meeting().getId();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "minutesCycle");
            return null;
        }
    }

    public String approveMinutes() {
        try {
            if (approveAt == null) {
                throw new InvalidInputException("approveAt", "Choose the meeting at which the minutes were approved");
            }
            minutesCycle.approve(MeetingId.of(view.meeting()), MeetingId.of(approveAt));
            FacesMessages.info("Minutes approved as a correct record, and locked.");
            return "/meetings/meeting?faces-redirect=true&meeting=" + view.meeting().getId();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "minutesCycle");
            return null;
        }
    }

    public List<MinutesComment> getComments() {
        return comments;
    }

    public List<Meeting> getApprovalChoices() {
        return approvalChoices;
    }

    public Long getApproveAt() {
        return approveAt;
    }

    public void setApproveAt(Long approveAt) {
        this.approveAt = approveAt;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    private void resetForms() {
        form = MeetingForm.of(view.meeting());
        status = view.meeting().getStatus();
        attendance.clear();
        view.attendance().forEach(line -> attendance.put(line.userId(), line.attendance()));
        attendanceShown.clear();
        attendanceShown.putAll(attendance);
    }

    public void saveMeeting() {
        try {
            boolean wasHeld = view.meeting().isHeld();
            AgendaNotices.DetailsSaved saved = notices.saveDetails(MeetingId.of(view.meeting()), view.meeting().getVersion(), form, status);
            AgendaNotices.Report cancellation = saved.cancellation();
            if (cancellation == null) {
                FacesMessages.info("Meeting details saved.");
            } else if (cancellation.everyoneTold()) {
                FacesMessages.info("Meeting cancelled: " + cancellation.told() + ".");
            } else {
                FacesMessages.error("Meeting cancelled, but " + cancellation.told() + ".");
            }
            if (status != MeetingStatus.CANCELLED) {
                meetings.clashNotices(MeetingId.of(view.meeting())).forEach(FacesMessages::warn);
            }
            if (saved.updateOwed()) {
                FacesMessages.warn("Members were told this meeting was cancelled: send them the updated agenda above, which says it is on again.");
            }
            if (status == MeetingStatus.HELD && !wasHeld && !view.meeting().isAgendaPublished()) {
                // A held meeting's record (minutes, decisions, the minutes approved at it) reaches members through its agenda.
                FacesMessages.warn("Its agenda is still a draft, so the board's members see none of this meeting's record: publish it above.");
            }
            reload();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "details");
        } catch (ConflictException conflict) {
            FacesMessages.conflict(conflict);
            reload();
        }
    }

    public void saveAttendance() {
        try {
            Map<Long, Attendance> changed = new LinkedHashMap<>();
            attendance.forEach((userId, mark) -> {
                if (!java.util.Objects.equals(mark, attendanceShown.get(userId))) {
                    changed.put(userId, mark);
                }
            });
            meetings.recordAttendance(MeetingId.of(view.meeting()), changed);
            FacesMessages.info("Attendance saved.");
            reload();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "attendance");
        }
    }

    public void addItem() {
        try {
            AgendaItem item = agendas.add(MeetingId.of(view.meeting()), newItem);
            FacesMessages.info("\u201c" + item.getTitle() + "\u201d added to the agenda.");
            newItem = new AgendaItemForm();
            reload();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "newItem");
        }
    }

    /** Publishes the agenda, or sends the update after changes; post, redirect, get, so a reload cannot send it twice. */
    public String publish() {
        try {
            AgendaNotices.Report report = notices.publish(MeetingId.of(view.meeting()));
            String what = report.firstPublication() ? "Agenda published" : "Updated agenda sent";
            if (report.everyoneTold()) {
                FacesMessages.info(what + ": " + report.told() + ".");
            } else {
                FacesMessages.error(what + ", but " + report.told() + ".");
            }
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/meetings/meeting?faces-redirect=true&meeting=" + view.meeting().getId();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "publication");
            return null;
        }
    }

    /** The caller's own apologies (post, redirect, get). */
    public String sendApologies() {
        try {
            Meetings.ApologiesSent sent = meetings.sendApologies(MeetingId.of(view.meeting()), UserId.ofNullable(deputyId));
            FacesMessages.info(sent.deputyName() == null ? "Your apologies are sent to the chair."
                    : "Your apologies are sent to the chair, with your deputy's name."
                    + (sent.deputyTold() == null ? "" : " " + DeputyNotice.told(sent.deputyTold(), sent.deputyName())));
            return "/meetings/meeting?faces-redirect=true&meeting=" + view.meeting().getId();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "apologies");
            return null;
        }
    }

    public String withdrawApologies() {
        try {
            meetings.withdrawApologies(MeetingId.of(view.meeting()));
            FacesMessages.info("Your apologies are withdrawn: you are expected at the meeting.");
            return "/meetings/meeting?faces-redirect=true&meeting=" + view.meeting().getId();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "apologies");
            return null;
        }
    }

    public List<org.partnershipportal.identity.UserAccount> getDeputies() {
        return deputies;
    }

    public Long getDeputyId() {
        return deputyId;
    }

    public void setDeputyId(Long deputyId) {
        this.deputyId = deputyId;
    }

    public String move(AgendaItem item, int direction) {
        try {
            agendas.move(item.getId(), direction);
            return "/meetings/meeting?faces-redirect=true&meeting=" + view.meeting().getId();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "agenda");
            return null;
        }
    }

    /**
     * Takes the item off, then opens the meeting afresh (post, redirect, get), as moving does: the
     * post's own response still listed the removed item (its repeat rendered the rows it was restored
     * with; MeetingsBrowserIT), and a reload would post the removal again.
     */
    public String remove(AgendaItem item) {
        try {
            agendas.remove(item.getId());
            FacesMessages.info("\u201c" + item.getTitle() + "\u201d taken off the agenda.");
            return "/meetings/meeting?faces-redirect=true&meeting=" + view.meeting().getId();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "agenda");
            return null;
        }
    }

    public MeetingStatus[] getStatuses() {
        return MeetingStatus.values();
    }

    public Attendance[] getAttendanceChoices() {
        return Attendance.values();
    }

    public String getMeeting() {
        return meeting;
    }

    public void setMeeting(String meeting) {
        this.meeting = meeting;
    }

    public Meetings.MeetingView getView() {
        return view;
    }

    public MeetingForm getForm() {
        return form;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public void setStatus(MeetingStatus status) {
        this.status = status;
    }

    public Map<Long, Attendance> getAttendance() {
        return attendance;
    }

    public AgendaItemForm getNewItem() {
        return newItem;
    }

    public List<org.partnershipportal.boards.Membership> getLeads() {
        return leads;
    }

    public List<Agency> getAgencies() {
        return agencies;
    }
}
