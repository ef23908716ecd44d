package org.partnershipportal.boards;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.util.List;

/** boards/index.xhtml: every board the signed-in person sits on. */
@Named
@RequestScoped
public class MyBoardsPage {

    @Inject
    Workspaces workspaces;

    @Inject
    SecurityContext security;

    private List<Workspaces.MyBoard> boards;

    @PostConstruct
    void load() {
        boards = security.getCallerPrincipal() == null ? List.of() : workspaces.myBoards(security.getCallerPrincipal().getName());
    }

    public List<Workspaces.MyBoard> getBoards() {
        return boards;
    }
}
