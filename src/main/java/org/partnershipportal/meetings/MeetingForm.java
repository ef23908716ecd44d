package org.partnershipportal.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** What a chair or business support officer types about a meeting. */
public class MeetingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter a title for the meeting")
    @Size(max = Meeting.TITLE_MAX, message = "Use at most " + Meeting.TITLE_MAX + " characters")
    private String title;

    @NotNull(message = "Enter the date of the meeting")
    private LocalDate date;

    @NotNull(message = "Enter the start time, like 10:00")
    private LocalTime startTime;

    @NotNull(message = "Enter the end time, like 12:00")
    private LocalTime endTime;

    @Size(max = Meeting.PLACE_MAX, message = "Use at most " + Meeting.PLACE_MAX + " characters")
    private String place;

    @Size(max = Meeting.LINK_MAX, message = "Use at most " + Meeting.LINK_MAX + " characters")
    @Pattern(regexp = "https://\\S+", message = "Enter the link in full, starting https://")
    private String onlineLink;

    public static MeetingForm of(Meeting meeting) {
        MeetingForm form = new MeetingForm();
        form.title = meeting.getTitle();
        form.date = meeting.getStartsAt().toLocalDate();
        form.startTime = meeting.getStartsAt().toLocalTime();
        form.endTime = meeting.getEndsAt().toLocalTime();
        form.place = meeting.getPlace();
        form.onlineLink = meeting.getOnlineLink();
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = Forms.trimmed(title);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = Forms.trimmed(place);
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = Forms.trimmed(onlineLink);
    }
}
