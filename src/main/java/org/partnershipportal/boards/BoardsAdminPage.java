package org.partnershipportal.boards;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;

import java.io.Serializable;
import java.util.List;

/** admin/boards.xhtml: the boards, a new board, the list of harm types. */
@Named
@ViewScoped
public class BoardsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BoardDirectory directory;

    private List<Board> boards;
    private List<HarmType> harmTypes;
    private BoardForm newBoard = new BoardForm();
    private String harmName;

    @PostConstruct
    void load() {
        boards = directory.boards();
        harmTypes = directory.harmTypes();
    }

    public void create() {
        try {
            Board board = directory.create(newBoard);
            newBoard = new BoardForm();
            load();
            FacesMessages.info(board.getName() + " created. Open it to add members.");
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "newBoard");
        }
    }

    public void addHarmType() {
        try {
            directory.addHarmType(harmName);
            FacesMessages.info("Harm type \"" + harmName.trim() + "\" added.");
            harmName = null;
            load();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "harmTypes");
        }
    }

    public MeetingFrequency[] getFrequencies() {
        return MeetingFrequency.values();
    }

    public List<Board> getBoards() {
        return boards;
    }

    public List<HarmType> getHarmTypes() {
        return harmTypes;
    }

    public BoardForm getNewBoard() {
        return newBoard;
    }

    public String getHarmName() {
        return harmName;
    }

    public void setHarmName(String harmName) {
        this.harmName = harmName;
    }
}
