package org.partnershipportal.boards;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.platform.PageIds;

/**
 * boards/workspace.xhtml?board=…: a board's home page, for its members. A read-only page, so a stateless
 * view ({@code readOnlyPage} in the template) with request-scoped beans: opening it keeps nothing in the
 * session, which a clustered portal would otherwise copy to the Data Grid on every request.
 */
@Named
@RequestScoped
public class WorkspacePage {

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
