package org.partnershipportal.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One change to an agenda after it was published, in words ("Added: …", "Paper added late: …"), with
 * who and when. Kept, never edited: members read them on the meeting page and in the next notice.
 */
@Entity
@Table(name = "agenda_change")
public class AgendaChange implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int WHAT_MAX = 600;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    /** UTC. */
    @NotNull
    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @NotBlank
    @Size(max = 60)
    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @NotBlank
    @Size(max = WHAT_MAX)
    @Column(nullable = false, length = WHAT_MAX)
    private String what;

    /** The notice that will carry this change: the number of notices sent when it was made, plus one. */
    @Column(nullable = false)
    private int notice;

    protected AgendaChange() {
    }

    AgendaChange(Meeting meeting, LocalDateTime changedAt, String changedBy, String what) {
        this.meeting = meeting;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.what = what.length() > WHAT_MAX ? what.substring(0, WHAT_MAX - 1) + "\u2026" : what;
        this.notice = meeting.getAgendaNoticesSent() + 1;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getWhat() {
        return what;
    }

    public int getNotice() {
        return notice;
    }
}
