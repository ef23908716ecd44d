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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipportal.boards.Board;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One meeting of a board. Times are local to the partnership (Europe/London). */
@Entity
@Table(name = "meeting")
public class Meeting implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 200;
    public static final int PLACE_MAX = 200;
    public static final int LINK_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "board_id", nullable = false)
    private Board board;

    @NotBlank(message = "Enter a title for the meeting")
    @Size(max = TITLE_MAX, message = "Use at most " + TITLE_MAX + " characters")
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @NotNull(message = "Enter when the meeting starts")
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @NotNull(message = "Enter when the meeting ends")
    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Size(max = PLACE_MAX, message = "Use at most " + PLACE_MAX + " characters")
    @Column(length = PLACE_MAX)
    private String place;

    @Size(max = LINK_MAX, message = "Use at most " + LINK_MAX + " characters")
    @Column(name = "online_link", length = LINK_MAX)
    private String onlineLink;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MeetingStatus status = MeetingStatus.PLANNED;

    /** A new meeting's agenda is a draft until its chair or business support publishes it to the members. */
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "agenda_status", nullable = false, length = 12)
    private AgendaStatus agendaStatus = AgendaStatus.DRAFT;

    /** When the agenda was last sent to the members (UTC). */
    @Column(name = "agenda_published_at")
    private LocalDateTime agendaPublishedAt;

    /** How many notices of this agenda have gone to members: 1 after publication, 2 after the first update… */
    @Column(name = "agenda_notices_sent", nullable = false)
    private int agendaNoticesSent;

    /** Whether the meeting was quorate, recorded from its attendance; null until attendance is recorded. */
    @Column(name = "quorate")
    private Boolean quorate;

    @Size(max = 200)
    @Column(name = "quorum_note", length = 200)
    private String quorumNote;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "minutes_status", nullable = false, length = 12)
    private MinutesStatus minutesStatus = MinutesStatus.DRAFT;

    @Column(name = "minutes_circulated_at")
    private LocalDateTime minutesCirculatedAt;

    @Column(name = "minutes_approved_at")
    private LocalDateTime minutesApprovedAt;

    @Column(name = "minutes_approved_by", length = 60)
    private String minutesApprovedBy;

    /** The later meeting of the board at which these minutes were approved as a correct record. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "minutes_approved_at_meeting_id")
    private Meeting minutesApprovedAtMeeting;

    @Version
    private long version;

    protected Meeting() {
    }

    public Meeting(Board board, String title, LocalDateTime startsAt, LocalDateTime endsAt, String place, String onlineLink) {
        this.board = board;
        describe(title, startsAt, endsAt, place, onlineLink);
    }

    public final void describe(String title, LocalDateTime startsAt, LocalDateTime endsAt, String place, String onlineLink) {
        this.title = title;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
        this.onlineLink = onlineLink;
    }

    public void changeStatus(MeetingStatus status) {
        this.status = status;
    }

    /**
     * Sends the agenda (again): the first time it becomes visible to members, later it is an update.
     * Changing the row also raises the version, which is the calendar entry's SEQUENCE, so every notice
     * carries a SEQUENCE higher than the one before.
     */
    public void publishAgenda(LocalDateTime utcNow) {
        this.agendaStatus = AgendaStatus.PUBLISHED;
        this.agendaPublishedAt = utcNow;
        this.agendaNoticesSent++;
    }

    /**
     * Whether the agenda may be sent to members: always before it first goes out, and as an update until the meeting is held;
     * after that members had it, and the minutes are the record.
     */
    public boolean isAgendaSendable() {
        return !(isHeld() && isAgendaPublished());
    }

    /** Records made before the agenda cycle, or imported from past registers, were already public to members. */
    public void markAgendaAlreadyPublished() {
        this.agendaStatus = AgendaStatus.PUBLISHED;
    }

    public boolean isAgendaPublished() {
        return agendaStatus == AgendaStatus.PUBLISHED;
    }

    public AgendaStatus getAgendaStatus() {
        return agendaStatus;
    }

    public LocalDateTime getAgendaPublishedAt() {
        return agendaPublishedAt;
    }

    public int getAgendaNoticesSent() {
        return agendaNoticesSent;
    }

    void recordQuorum(Boolean quorate, String note) {
        this.quorate = quorate;
        this.quorumNote = note;
    }

    /**
     * The meeting may take decisions: it was not recorded as inquorate. In UK committee practice a meeting below its quorum
     * may discuss but not decide, so it cannot approve minutes; a meeting whose attendance is not recorded is taken as quorate.
     */
    public boolean mayDecide() {
        return !Boolean.FALSE.equals(quorate);
    }

    public Boolean getQuorate() {
        return quorate;
    }

    public String getQuorumNote() {
        return quorumNote;
    }

    public void circulateMinutes(LocalDateTime utcNow) {
        this.minutesStatus = MinutesStatus.CIRCULATED;
        this.minutesCirculatedAt = utcNow;
    }

    public void approveMinutes(Meeting at, String by, LocalDateTime utcNow) {
        this.minutesStatus = MinutesStatus.APPROVED;
        this.minutesApprovedAtMeeting = at;
        this.minutesApprovedBy = by;
        this.minutesApprovedAt = utcNow;
    }

    public MinutesStatus getMinutesStatus() {
        return minutesStatus;
    }

    public boolean isMinutesApproved() {
        return minutesStatus == MinutesStatus.APPROVED;
    }

    /**
     * Once its minutes are approved as a correct record, a meeting's record is locked: who came, what was on its agenda,
     * and that it was held. What was said is corrected through a minutes correction (a new version with its reason); the
     * rest no longer changes.
     */
    public void requireRecordOpen(String field) {
        if (isMinutesApproved()) {
            throw new org.partnershipportal.platform.InvalidInputException(field, "The minutes of this meeting were approved as a correct record"
                    + " and are locked: its attendance and agenda no longer change. Correct an item's minutes, with your reason, instead.");
        }
    }

    public LocalDateTime getMinutesCirculatedAt() {
        return minutesCirculatedAt;
    }

    public String getMinutesApprovedBy() {
        return minutesApprovedBy;
    }

    public Meeting getMinutesApprovedAtMeeting() {
        return minutesApprovedAtMeeting;
    }

    public boolean isHeld() {
        return status == MeetingStatus.HELD;
    }

    /**
     * Whether an item's lead may still send its papers: until the meeting is held or cancelled. After that only those
     * who run the meeting add papers (Agendas.upload refuses the lead; the meeting page no longer offers the form).
     */
    public boolean takesPapersFromLeads() {
        return status == MeetingStatus.PLANNED;
    }

    /** Whether a meeting on {@code day} can have taken place by {@code today} (both London's dates): its day has come. */
    public static boolean dayHasCome(LocalDate day, LocalDate today) {
        return !day.isAfter(today);
    }

    /** The meeting has taken place by {@code today}: its day has come and it was not cancelled. */
    public boolean hasMetBy(LocalDate today) {
        return status != MeetingStatus.CANCELLED && dayHasCome(startsAt.toLocalDate(), today);
    }

    public Long getId() {
        return id;
    }

    public Board getBoard() {
        return board;
    }

    public String getTitle() {
        return title;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    /** The online link to put in a page: only an https address (see InputRules.httpsLink). */
    public String getOnlineLinkIfHttps() {
        return org.partnershipportal.platform.InputRules.httpsLink(onlineLink);
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Meeting meeting && id != null && id.equals(meeting.id));
    }

    @Override
    public int hashCode() {
        return Meeting.class.hashCode();
    }
}
