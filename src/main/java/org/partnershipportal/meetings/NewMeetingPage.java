package org.partnershipportal.meetings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.boards.BoardAccess;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.PageIds;
import org.partnershipportal.platform.PortalClock;

import java.io.Serializable;
import java.time.LocalTime;

/** meetings/new.xhtml?board=…: a chair or business support officer schedules a meeting. */
@Named
@ViewScoped
public class NewMeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Meetings meetings;

    @Inject
    BoardAccess access;

    @Inject
    PortalClock portalClock;

    private String board;
    private long boardId;
    private final MeetingForm form = new MeetingForm();

    public void load() {
        boardId = PageIds.parse(board);
        access.requireMeetingManager(BoardId.of(boardId));
        form.setStartTime(LocalTime.of(10, 0));
        form.setEndTime(LocalTime.of(12, 0));
    }

    public String schedule() {
        try {
            Meeting meeting = meetings.schedule(BoardId.of(boardId), form);
            FacesMessages.info("Meeting scheduled. Add its agenda below.");
            meetings.clashNotices(MeetingId.of(meeting)).forEach(FacesMessages::warn);
            if (form.getDate().isBefore(portalClock.today())) {
                // Allowed on purpose: a meeting already held is recorded so its attendance, minutes and actions can be written up.
                FacesMessages.warn("Its day has passed: if it was held, mark it held to record attendance and minutes.");
            }
            return "/meetings/meeting?faces-redirect=true&meeting=" + meeting.getId();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "meeting");
            return null;
        }
    }

    public String getBoard() {
        return board;
    }

    public void setBoard(String board) {
        this.board = board;
    }

    public long getBoardId() {
        return boardId;
    }

    public MeetingForm getForm() {
        return form;
    }
}
