package org.partnershipportal.boards;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
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
        // Stateless from here, before anything renders: the template's transient attribute is applied only when the
        // whole page is built for rendering, and a view map made before that (PrimeFaces keeps its script nonce in
        // one) would otherwise still be registered in the session, taking one of its view-map places.
        FacesContext.getCurrentInstance().getViewRoot().setTransient(true);
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
