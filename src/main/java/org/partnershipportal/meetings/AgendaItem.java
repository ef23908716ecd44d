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
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipportal.boards.Board;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.UserAccount;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;

/** An item on a meeting's agenda; minutes and decisions are written once the meeting is held. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 300;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int LEAD_MAX = 120;
    public static final int MINUTES_TEXT_MAX = 20_000;
    public static final int MAX_MINUTES_ALLOTTED = 480;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    /** The meeting's board, kept here so cross-board views need no join through meetings. */
    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "board_id", nullable = false)
    private Board board;

    @Column(nullable = false)
    private int position;

    @NotBlank(message = "Enter the item's title")
    @Size(max = TITLE_MAX, message = "Use at most " + TITLE_MAX + " characters")
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = DESCRIPTION_MAX, message = "Use at most " + DESCRIPTION_MAX + " characters")
    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Size(max = LEAD_MAX, message = "Use at most " + LEAD_MAX + " characters")
    @Column(name = "lead_name", length = LEAD_MAX)
    private String leadName;

    @ManyToOne
    @JoinColumn(name = "lead_agency_id")
    private Agency leadAgency;

    /** The lead's portal account, if they have one: the missing-paper reminder goes there. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_user_id")
    private UserAccount leadAccount;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ItemPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "changed_after_publication", length = 12)
    private PublishedChange changedAfterPublication;

    @Min(value = 1, message = "Allot at least one minute, or leave it empty")
    @Max(value = MAX_MINUTES_ALLOTTED, message = "Allot at most " + MAX_MINUTES_ALLOTTED + " minutes")
    @Column(name = "minutes_allotted")
    private Integer minutesAllotted;

    @Column(nullable = false)
    private boolean standing;

    @Size(max = MINUTES_TEXT_MAX, message = "Use at most " + MINUTES_TEXT_MAX + " characters")
    @Column(name = "minutes")
    private String minutes;

    @Size(max = MINUTES_TEXT_MAX, message = "Use at most " + MINUTES_TEXT_MAX + " characters")
    @Column(name = "decisions")
    private String decisions;

    /** The id the item had in a historic import's CSV, so the same file cannot be imported twice. */
    @Size(max = 60)
    @Column(name = "source_ref", length = 60)
    private String sourceRef;

    @Version
    private long version;

    protected AgendaItem() {
    }

    public AgendaItem(Meeting meeting, int position) {
        this.meeting = meeting;
        this.board = meeting.getBoard();
        this.position = position;
    }

    public void describe(String title, String description, String leadName, Agency leadAgency, Integer minutesAllotted, boolean standing) {
        this.title = title;
        this.description = description;
        this.leadName = leadName;
        this.leadAgency = leadAgency;
        this.minutesAllotted = minutesAllotted;
        this.standing = standing;
    }

    public void assign(ItemPurpose purpose, UserAccount leadAccount) {
        this.purpose = purpose;
        this.leadAccount = leadAccount;
    }

    /** Once the agenda is published, an item added later stays "added"; one changed later becomes "changed". */
    void markChangedAfterPublication(PublishedChange change) {
        if (changedAfterPublication == null) {
            changedAfterPublication = change;
        }
    }

    public ItemPurpose getPurpose() {
        return purpose;
    }

    public UserAccount getLeadAccount() {
        return leadAccount;
    }

    /** Whether the person signed in as {@code username} leads this item, and so prepares its paper. */
    public boolean isLedBy(String username) {
        return leadAccount != null && leadAccount.getUsername().equals(username);
    }

    public PublishedChange getChangedAfterPublication() {
        return changedAfterPublication;
    }

    /** Minutes or decisions are recorded for it: it is part of the meeting's record, so it is not taken off the agenda. */
    public boolean hasRecordedOutcome() {
        return (minutes != null && !minutes.isBlank()) || (decisions != null && !decisions.isBlank());
    }

    public void recordOutcome(String minutes, String decisions) {
        this.minutes = minutes;
        this.decisions = decisions;
    }

    public void markImportedAs(String sourceRef) {
        this.sourceRef = sourceRef;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Board getBoard() {
        return board;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getLeadName() {
        return leadName;
    }

    public Agency getLeadAgency() {
        return leadAgency;
    }

    /**
     * Who leads the item as the agenda, the pack and the mails show it: the name the chair typed, else the person chosen as
     * its lead on the portal (a chair who picks the lead from the list need not type the name again); null when neither.
     */
    public String getLeadShown() {
        if (leadName != null && !leadName.isBlank()) {
            return leadName;
        }
        return leadAccount == null ? null : leadAccount.getFullName();
    }

    /** The lead's agency as shown beside {@link #getLeadShown()}: the one chosen, else the portal lead's own when their name is shown. */
    public Agency getLeadAgencyShown() {
        if (leadAgency != null) {
            return leadAgency;
        }
        return (leadName == null || leadName.isBlank()) && leadAccount != null ? leadAccount.getAgency() : null;
    }

    public Integer getMinutesAllotted() {
        return minutesAllotted;
    }

    public boolean isStanding() {
        return standing;
    }

    public String getMinutes() {
        return minutes;
    }

    public String getDecisions() {
        return decisions;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof AgendaItem item && id != null && id.equals(item.id));
    }

    @Override
    public int hashCode() {
        return AgendaItem.class.hashCode();
    }
}
