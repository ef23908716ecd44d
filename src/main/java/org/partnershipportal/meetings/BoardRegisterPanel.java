package org.partnershipportal.meetings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import org.partnershipportal.boards.BoardId;

/** The register's part of a board's workspace: meetings, actions, papers. Loaded after the workspace has admitted the caller. */
@Named
@ViewScoped
public class BoardRegisterPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Meetings meetings;

    private Meetings.BoardRegister register;
    private long boardId;

    public void load(long boardId) {
        this.boardId = boardId;
        register = meetings.registerOf(BoardId.of(boardId));
    }

    public Meetings.BoardRegister getRegister() {
        return register;
    }

    public long getBoardId() {
        return boardId;
    }
}
