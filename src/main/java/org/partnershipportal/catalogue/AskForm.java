package org.partnershipportal.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipportal.platform.InputRules;

import java.io.Serializable;

/** What a board member types about an ask. */
public class AskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Choose the board that is asking")
    private Long boardId;

    @NotBlank(message = "Enter the question the board wants answered")
    @Size(max = StrategicAsk.QUESTION_MAX, message = "Use at most " + StrategicAsk.QUESTION_MAX + " characters")
    private String question;

    @NotBlank(message = "Say why it matters: what the board would do with the answer")
    @Size(max = StrategicAsk.WHY_MAX, message = "Use at most " + StrategicAsk.WHY_MAX + " characters")
    private String whyItMatters;

    @NotNull(message = "Choose what the ask is about")
    private Subject subject;

    @NotNull(message = "Choose a priority")
    private AskPriority priority = AskPriority.MEDIUM;

    @NotNull(message = "Choose a status")
    private AskStatus status = AskStatus.OPEN;

    public static AskForm of(StrategicAsk ask) {
        AskForm form = new AskForm();
        form.boardId = ask.getBoard().getId();
        form.question = ask.getQuestion();
        form.whyItMatters = ask.getWhyItMatters();
        form.subject = ask.getSubject();
        form.priority = ask.getPriority();
        form.status = ask.getStatus();
        return form;
    }

    public Long getBoardId() {
        return boardId;
    }

    public void setBoardId(Long boardId) {
        this.boardId = boardId;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = InputRules.trimmed(question);
    }

    public String getWhyItMatters() {
        return whyItMatters;
    }

    public void setWhyItMatters(String whyItMatters) {
        this.whyItMatters = InputRules.trimmed(whyItMatters);
    }

    public Subject getSubject() {
        return subject;
    }

    public void setSubject(Subject subject) {
        this.subject = subject;
    }

    public AskPriority getPriority() {
        return priority;
    }

    public void setPriority(AskPriority priority) {
        this.priority = priority;
    }

    public AskStatus getStatus() {
        return status;
    }

    public void setStatus(AskStatus status) {
        this.status = status;
    }
}
