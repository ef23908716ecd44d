package org.partnershipportal.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** That a reminder or escalation was sent for one due date of one request, so no run sends it twice. */
@Entity
@Table(name = "data_request_reminder")
public class RequestReminder implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReminderKind kind;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt;

    protected RequestReminder() {
    }

    public RequestReminder(long requestId, ReminderKind kind, LocalDate dueOn, LocalDateTime sentAt) {
        this.requestId = requestId;
        this.kind = kind;
        this.dueOn = dueOn;
        this.sentAt = sentAt;
    }
}
