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
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.UserAccount;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An action agreed at an agenda item: what, who owns it (a portal user, or a named person and their
 * agency), by when, and where it stands. Every change goes through {@link #progress} so it leaves
 * an {@link ActionUpdate} behind.
 */
@Entity
@Table(name = "action")
public class Action implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int DESCRIPTION_MAX = 1000;
    public static final int OWNER_NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "board_id", nullable = false)
    private Board board;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id", nullable = false)
    private AgendaItem agendaItem;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @NotBlank(message = "Describe the action")
    @Size(max = DESCRIPTION_MAX, message = "Use at most " + DESCRIPTION_MAX + " characters")
    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_user_id")
    private UserAccount ownerAccount;

    @NotBlank(message = "Name the action's owner")
    @Size(max = OWNER_NAME_MAX, message = "Use at most " + OWNER_NAME_MAX + " characters")
    @Column(name = "owner_name", nullable = false, length = OWNER_NAME_MAX)
    private String ownerName;

    @NotNull(message = "Choose the owner's agency")
    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_agency_id", nullable = false)
    private Agency ownerAgency;

    @NotNull(message = "Enter the date the action is due")
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ActionStatus status = ActionStatus.OPEN;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected Action() {
    }

    public Action(AgendaItem agendaItem, String description, LocalDate dueOn, LocalDateTime now) {
        this.agendaItem = agendaItem;
        this.meeting = agendaItem.getMeeting();
        this.board = agendaItem.getBoard();
        this.description = description;
        this.dueOn = dueOn;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * The first day an action agreed at this item's meeting may fall due: the meeting's own day. Not today: an
     * action agreed at a past meeting and recorded late keeps the due date the meeting gave it, which may have
     * passed; but no action falls due before the meeting that agreed it.
     */
    public static LocalDate earliestDueOn(AgendaItem item) {
        return item.getMeeting().getStartsAt().toLocalDate();
    }

    /** The owner is a portal user: their name and agency are copied so the log sorts without a join. */
    public void assignTo(UserAccount owner) {
        this.ownerAccount = owner;
        this.ownerName = owner.getFullName();
        this.ownerAgency = owner.getAgency();
    }

    /** The owner has no account: a named person at an agency. */
    public void assignTo(String name, Agency agency) {
        this.ownerAccount = null;
        this.ownerName = name;
        this.ownerAgency = agency;
    }

    /** The first entry of the action's history: agreed at the meeting, by whoever recorded it. */
    public ActionUpdate agreedBy(String writtenBy) {
        return new ActionUpdate(this, writtenBy, createdAt, null, status, null, dueOn, "Action agreed");
    }

    /** Moves the action on and returns the history entry that records it. */
    public ActionUpdate progress(ActionStatus newStatus, LocalDate newDueOn, String note, String writtenBy, LocalDateTime now) {
        ActionUpdate update = new ActionUpdate(this, writtenBy, now, status, newStatus, dueOn, newDueOn, note);
        this.status = newStatus;
        this.dueOn = newDueOn;
        this.updatedAt = now;
        return update;
    }

    public void redescribe(String description) {
        this.description = description;
    }

    public boolean isOverdueOn(LocalDate today) {
        return status.isOverdue(dueOn, today);
    }

    public ShownStatus shownOn(LocalDate today) {
        return ShownStatus.of(status, dueOn, today);
    }

    public boolean isOwnedBy(String username) {
        return ownerAccount != null && ownerAccount.getUsername().equals(username);
    }

    public Long getId() {
        return id;
    }

    public Board getBoard() {
        return board;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getDescription() {
        return description;
    }

    public UserAccount getOwnerAccount() {
        return ownerAccount;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public Agency getOwnerAgency() {
        return ownerAgency;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Action action && id != null && id.equals(action.id));
    }

    @Override
    public int hashCode() {
        return Action.class.hashCode();
    }
}
