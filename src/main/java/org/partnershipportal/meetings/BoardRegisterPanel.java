package org.partnershipportal.meetings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnershipportal.boards.BoardId;

/** The register's part of a board's workspace: meetings, actions, papers. Loaded after the workspace has admitted the caller; request-scoped, as the workspace is (a stateless view). */
@Named
@RequestScoped
public class BoardRegisterPanel {

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
