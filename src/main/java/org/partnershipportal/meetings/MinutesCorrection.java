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
 * A correction to approved minutes: a new version of one item's minutes and decisions, keeping what they
 * said before, who corrected them, when and why. Approved minutes are never edited in place.
 */
@Entity
@Table(name = "minutes_correction")
public class MinutesCorrection implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id", nullable = false)
    private AgendaItem agendaItem;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @NotBlank
    @Column(name = "corrected_by", nullable = false, length = 60)
    private String correctedBy;

    /** UTC. */
    @NotNull
    @Column(name = "corrected_at", nullable = false)
    private LocalDateTime correctedAt;

    @NotBlank(message = "Say why the approved minutes are corrected")
    @Size(max = REASON_MAX, message = "Use at most " + REASON_MAX + " characters")
    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "minutes_before")
    private String minutesBefore;

    @Column(name = "minutes_after")
    private String minutesAfter;

    @Column(name = "decisions_before")
    private String decisionsBefore;

    @Column(name = "decisions_after")
    private String decisionsAfter;

    protected MinutesCorrection() {
    }

    MinutesCorrection(AgendaItem item, int versionNo, String correctedBy, LocalDateTime correctedAt, String reason,
                      String minutesAfter, String decisionsAfter) {
        this.agendaItem = item;
        this.meeting = item.getMeeting();
        this.versionNo = versionNo;
        this.correctedBy = correctedBy;
        this.correctedAt = correctedAt;
        this.reason = reason;
        this.minutesBefore = item.getMinutes();
        this.decisionsBefore = item.getDecisions();
        this.minutesAfter = minutesAfter;
        this.decisionsAfter = decisionsAfter;
    }

    public Long getId() {
        return id;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getCorrectedBy() {
        return correctedBy;
    }

    /** UTC; people read it through #{wording.moment(…)}. */
    public LocalDateTime getCorrectedAt() {
        return correctedAt;
    }

    public String getReason() {
        return reason;
    }

    public String getMinutesBefore() {
        return minutesBefore;
    }

    public String getMinutesAfter() {
        return minutesAfter;
    }

    public String getDecisionsBefore() {
        return decisionsBefore;
    }

    public String getDecisionsAfter() {
        return decisionsAfter;
    }
}
