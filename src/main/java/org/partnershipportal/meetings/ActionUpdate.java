package org.partnershipportal.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One step in an action's history: who moved it, when, from what to what, and their note. Never changed. */
@Entity
@Table(name = "action_update")
public class ActionUpdate implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "action_id", nullable = false)
    private Action action;

    @Column(name = "written_by", nullable = false, length = 60)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_from", length = 12)
    private ActionStatus statusFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_to", nullable = false, length = 12)
    private ActionStatus statusTo;

    @Column(name = "due_from")
    private LocalDate dueFrom;

    @Column(name = "due_to", nullable = false)
    private LocalDate dueTo;

    @Size(max = NOTE_MAX, message = "Use at most " + NOTE_MAX + " characters")
    @Column(length = NOTE_MAX)
    private String note;

    protected ActionUpdate() {
    }

    ActionUpdate(Action action, String writtenBy, LocalDateTime writtenAt, ActionStatus statusFrom, ActionStatus statusTo,
                 LocalDate dueFrom, LocalDate dueTo, String note) {
        this.action = action;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
        this.statusFrom = statusFrom;
        this.statusTo = statusTo;
        this.dueFrom = dueFrom;
        this.dueTo = dueTo;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public LocalDateTime getWrittenAt() {
        return writtenAt;
    }

    public ActionStatus getStatusFrom() {
        return statusFrom;
    }

    public ActionStatus getStatusTo() {
        return statusTo;
    }

    public LocalDate getDueFrom() {
        return dueFrom;
    }

    public LocalDate getDueTo() {
        return dueTo;
    }

    public String getNote() {
        return note;
    }

    public boolean isStatusChanged() {
        return statusFrom != statusTo;
    }

    public boolean isDueChanged() {
        return dueFrom != null && !dueFrom.equals(dueTo);
    }
}
