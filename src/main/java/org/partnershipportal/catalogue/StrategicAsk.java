package org.partnershipportal.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipportal.boards.Board;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A question a board wants the partnership's data to answer, and why. */
@Entity
@Table(name = "strategic_ask")
public class StrategicAsk implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int QUESTION_MAX = 500;
    public static final int WHY_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "board_id", nullable = false)
    private Board board;

    @NotBlank
    @Size(max = QUESTION_MAX)
    @Column(nullable = false, length = QUESTION_MAX)
    private String question;

    @NotBlank
    @Size(max = WHY_MAX)
    @Column(name = "why_it_matters", nullable = false, length = WHY_MAX)
    private String whyItMatters;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Subject subject;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AskPriority priority;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AskStatus status = AskStatus.OPEN;

    @Column(name = "raised_by", nullable = false, length = 60)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false)
    private LocalDateTime raisedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected StrategicAsk() {
    }

    public StrategicAsk(Board board, String raisedBy, LocalDateTime now) {
        this.board = board;
        this.raisedBy = raisedBy;
        this.raisedAt = now;
        this.updatedAt = now;
    }

    public void describe(String question, String whyItMatters, Subject subject, AskPriority priority, AskStatus status, LocalDateTime now) {
        this.question = question;
        this.whyItMatters = whyItMatters;
        this.subject = subject;
        this.priority = priority;
        this.status = status;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Board getBoard() {
        return board;
    }

    public String getQuestion() {
        return question;
    }

    public String getWhyItMatters() {
        return whyItMatters;
    }

    public Subject getSubject() {
        return subject;
    }

    public AskPriority getPriority() {
        return priority;
    }

    public AskStatus getStatus() {
        return status;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public LocalDateTime getRaisedAt() {
        return raisedAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof StrategicAsk that && id != null && id.equals(that.id));
    }

    @Override
    public int hashCode() {
        return StrategicAsk.class.hashCode();
    }
}
