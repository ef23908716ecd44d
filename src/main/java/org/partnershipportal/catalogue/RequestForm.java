package org.partnershipportal.catalogue;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipportal.platform.InputRules;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a board member types when raising a data request on an ask. */
public class RequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Choose the ask this request is for")
    private Long askId;

    @NotNull(message = "Choose the board the answer is for")
    private Long boardId;

    @NotBlank(message = "Say what data you need")
    @Size(max = DataRequest.TEXT_MAX, message = "Use at most " + DataRequest.TEXT_MAX + " characters")
    private String whatNeeded;

    @NotBlank(message = "Say why the board needs it: data leads weigh this against the lawful basis")
    @Size(max = DataRequest.TEXT_MAX, message = "Use at most " + DataRequest.TEXT_MAX + " characters")
    private String whyNeeded;

    @NotNull(message = "Enter the date you need it by")
    @Future(message = "The date you need it by must be in the future")
    private LocalDate neededBy;

    private Long meetingId;

    private List<Object> datasetSelection = new ArrayList<>();

    private List<Object> agencySelection = new ArrayList<>();

    public List<Long> datasetIds() {
        return InputRules.ids(datasetSelection);
    }

    public List<Long> agencyIds() {
        return InputRules.ids(agencySelection);
    }

    public Long getAskId() {
        return askId;
    }

    public void setAskId(Long askId) {
        this.askId = askId;
    }

    public Long getBoardId() {
        return boardId;
    }

    public void setBoardId(Long boardId) {
        this.boardId = boardId;
    }

    public String getWhatNeeded() {
        return whatNeeded;
    }

    public void setWhatNeeded(String whatNeeded) {
        this.whatNeeded = InputRules.trimmed(whatNeeded);
    }

    public String getWhyNeeded() {
        return whyNeeded;
    }

    public void setWhyNeeded(String whyNeeded) {
        this.whyNeeded = InputRules.trimmed(whyNeeded);
    }

    public LocalDate getNeededBy() {
        return neededBy;
    }

    public void setNeededBy(LocalDate neededBy) {
        this.neededBy = neededBy;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public List<Object> getDatasetSelection() {
        return datasetSelection;
    }

    public void setDatasetSelection(List<Object> datasetSelection) {
        this.datasetSelection = datasetSelection;
    }

    public List<Object> getAgencySelection() {
        return agencySelection;
    }

    public void setAgencySelection(List<Object> agencySelection) {
        this.agencySelection = agencySelection;
    }
}
