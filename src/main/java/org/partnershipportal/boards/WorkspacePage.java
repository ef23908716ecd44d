package org.partnershipportal.boards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.platform.PageIds;

import java.io.Serializable;

/** boards/workspace.xhtml?board=…: a board's home page, for its members. */
@Named
@ViewScoped
public class WorkspacePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Workspaces workspaces;

    private String board;
    private Workspaces.Workspace workspace;

    /** f:viewAction: the service refuses anyone who does not sit on the board. */
    public void load() {
        workspace = workspaces.open(BoardId.of(PageIds.parse(board)));
    }

    public Workspaces.Workspace getWorkspace() {
        return workspace;
    }

    public String getBoard() {
        return board;
    }

    public void setBoard(String board) {
        this.board = board;
    }
}
