package org.partnershipportal.boards;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** boards/index.xhtml: every board the signed-in person sits on. */
@Named
@RequestScoped
public class MyBoardsPage {

    @Inject
    Workspaces workspaces;

    private List<Workspaces.MyBoard> boards;

    @PostConstruct
    void load() {
        boards = workspaces.myBoards();
    }

    public List<Workspaces.MyBoard> getBoards() {
        return boards;
    }
}
