package org.partnershipportal.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.boards.Board;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;

import java.io.Serializable;
import java.util.List;

/** catalogue/asks.xhtml: every board's strategic asks, how well the catalogue answers them, and a form to raise one. */
@Named
@ViewScoped
public class AsksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Asks asks;

    private AskStatus status = AskStatus.OPEN;
    private Subject subject;
    private List<Asks.AskRow> rows;
    private List<Board> askingBoards;
    private AskForm form = new AskForm();

    public void load() {
        askingBoards = asks.askingBoards();
        if (!askingBoards.isEmpty()) {
            form.setBoardId(askingBoards.get(0).getId());
        }
        filter();
    }

    public void filter() {
        rows = asks.list(status, subject);
    }

    public String raise() {
        try {
            StrategicAsk ask = asks.save(null, null, form);
            FacesMessages.info("Ask recorded. Now say which datasets answer it.");
            return "/catalogue/ask?faces-redirect=true&id=" + ask.getId();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "askForm");
        } catch (AccessRefusedException refused) {
            FacesMessages.error(refused.getMessage());
        }
        return null;
    }

    public AskStatus[] getStatuses() {
        return AskStatus.values();
    }

    public Subject[] getSubjects() {
        return Subject.values();
    }

    public AskPriority[] getPriorities() {
        return AskPriority.values();
    }

    public AskStatus getStatus() {
        return status;
    }

    public void setStatus(AskStatus status) {
        this.status = status;
    }

    public Subject getSubject() {
        return subject;
    }

    public void setSubject(Subject subject) {
        this.subject = subject;
    }

    public List<Asks.AskRow> getRows() {
        return rows;
    }

    public List<Board> getAskingBoards() {
        return askingBoards;
    }

    public AskForm getForm() {
        return form;
    }
}
