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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.UserAccount;

import java.io.Serializable;

/** Whether one member was present, sent apologies or was absent; the agency they represented then. */
@Entity
@Table(name = "meeting_attendance")
public class MeetingAttendance implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private UserAccount member;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency representing;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Attendance attendance;

    /** The deputy who attends for the member: an account of the member's own agency. */
    @ManyToOne
    @JoinColumn(name = "deputy_user_id")
    private UserAccount deputy;

    @Column(name = "apologies_sent_by", length = 60)
    private String apologiesSentBy;

    /** UTC. */
    @Column(name = "apologies_sent_at")
    private java.time.LocalDateTime apologiesSentAt;

    @Version
    private long version;

    protected MeetingAttendance() {
    }

    public MeetingAttendance(Meeting meeting, UserAccount member, Agency representing, Attendance attendance) {
        this.meeting = meeting;
        this.member = member;
        this.representing = representing;
        this.attendance = attendance;
    }

    /** Marking anything but apologies clears a deputy named with earlier apologies. */
    public void mark(Attendance attendance) {
        this.attendance = attendance;
        if (attendance != Attendance.APOLOGIES) {
            this.deputy = null;
        }
    }

    /** The member's own apologies, with the deputy (or none) they name; sent again, they replace the earlier ones. */
    void sendApologies(UserAccount deputy, String sentBy, java.time.LocalDateTime utcNow) {
        this.attendance = Attendance.APOLOGIES;
        this.deputy = deputy;
        this.apologiesSentBy = sentBy;
        this.apologiesSentAt = utcNow;
    }

    public UserAccount getDeputy() {
        return deputy;
    }

    public String getApologiesSentBy() {
        return apologiesSentBy;
    }

    public java.time.LocalDateTime getApologiesSentAt() {
        return apologiesSentAt;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public UserAccount getMember() {
        return member;
    }

    public Agency getRepresenting() {
        return representing;
    }

    public Attendance getAttendance() {
        return attendance;
    }
}
