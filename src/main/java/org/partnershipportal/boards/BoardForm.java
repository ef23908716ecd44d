package org.partnershipportal.boards;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What an administrator types about a board. */
public class BoardForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter the board's name")
    @Size(max = Board.NAME_MAX, message = "Use at most " + Board.NAME_MAX + " characters")
    private String name;

    @NotBlank(message = "Enter a short name")
    @Size(max = Board.SHORT_NAME_MAX, message = "Use at most " + Board.SHORT_NAME_MAX + " characters")
    private String shortName;

    @Size(max = Board.PURPOSE_MAX, message = "Use at most " + Board.PURPOSE_MAX + " characters")
    private String purpose;

    @NotNull(message = "Choose how often the board meets")
    private MeetingFrequency meetingFrequency;

    @jakarta.validation.constraints.Min(value = 0, message = "Use 0 to 20 working days")
    @jakarta.validation.constraints.Max(value = 20, message = "Use 0 to 20 working days")
    private int papersDeadlineDays = 5;

    @jakarta.validation.constraints.Min(value = 1, message = "A quorum is at least 1, or leave it empty")
    @jakarta.validation.constraints.Max(value = 100, message = "A quorum is at most 100")
    private Integer quorum;

    private boolean deputiesAllowed;

    private List<Long> remitIds = new ArrayList<>();
    private List<Long> reportsToIds = new ArrayList<>();

    public static BoardForm of(Board board) {
        BoardForm form = new BoardForm();
        form.name = board.getName();
        form.shortName = board.getShortName();
        form.purpose = board.getPurpose();
        form.meetingFrequency = board.getMeetingFrequency();
        form.papersDeadlineDays = board.getPapersDeadlineDays();
        form.quorum = board.getQuorum();
        form.deputiesAllowed = board.isDeputiesAllowed();
        form.remitIds = new ArrayList<>(board.getRemit().stream().map(HarmType::getId).toList());
        form.reportsToIds = new ArrayList<>(board.getReportsTo().stream().map(Board::getId).toList());
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName == null ? null : shortName.trim();
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose == null || purpose.isBlank() ? null : purpose.trim();
    }

    public MeetingFrequency getMeetingFrequency() {
        return meetingFrequency;
    }

    public void setMeetingFrequency(MeetingFrequency meetingFrequency) {
        this.meetingFrequency = meetingFrequency;
    }

    public Integer getQuorum() {
        return quorum;
    }

    public void setQuorum(Integer quorum) {
        this.quorum = quorum;
    }

    public boolean isDeputiesAllowed() {
        return deputiesAllowed;
    }

    public void setDeputiesAllowed(boolean deputiesAllowed) {
        this.deputiesAllowed = deputiesAllowed;
    }

    public int getPapersDeadlineDays() {
        return papersDeadlineDays;
    }

    public void setPapersDeadlineDays(int papersDeadlineDays) {
        this.papersDeadlineDays = papersDeadlineDays;
    }

    /** Arrays let Faces convert the ids of a multiple-choice input without a custom converter. */
    public Long[] getRemitSelection() {
        return remitIds.toArray(Long[]::new);
    }

    public void setRemitSelection(Long[] ids) {
        remitIds = ids == null ? new ArrayList<>() : new ArrayList<>(List.of(ids));
    }

    public Long[] getReportsToSelection() {
        return reportsToIds.toArray(Long[]::new);
    }

    public void setReportsToSelection(Long[] ids) {
        reportsToIds = ids == null ? new ArrayList<>() : new ArrayList<>(List.of(ids));
    }

    public List<Long> remitIds() {
        return remitIds;
    }

    public List<Long> reportsToIds() {
        return reportsToIds;
    }
}
