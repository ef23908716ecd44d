package org.partnershipportal.boards;

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
import java.time.LocalDate;

/**
 * A person's seat on a board, representing their agency, from a date until a date. Ending a
 * membership sets its end date; the row stays as history.
 */
@Entity
@Table(name = "board_membership")
public class Membership implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "board_id", nullable = false)
    private Board board;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false)
    private UserAccount member;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency representing;

    @NotNull(message = "Choose the seat the person holds")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MembershipRole role;

    @NotNull(message = "Enter the date the membership starts")
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    /** Cancelled before it started (it then ends on its start date too, but never gave access). */
    @Column(nullable = false)
    private boolean cancelled;

    @Version
    private long version;

    protected Membership() {
    }

    public Membership(Board board, UserAccount member, Agency representing, MembershipRole role, LocalDate startsOn, LocalDate endsOn) {
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("A membership cannot end before it starts");
        }
        this.board = board;
        this.member = member;
        this.representing = representing;
        this.role = role;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** The same rule as {@link #isCurrentOn} for JPQL queries over memberships aliased {@code m}, with parameter {@code :today}. */
    public static final String CURRENT_ON_TODAY = "m.startsOn <= :today AND (m.endsOn IS NULL OR m.endsOn > :today)";

    /**
     * Current on a day: started on or before it and not yet ended. The end date is the day the seat
     * is given up, so a membership ended today gives no access from the next request on.
     */
    public boolean isCurrentOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || day.isBefore(endsOn));
    }

    /** Cancelled before it started: it never gave access. */
    public boolean isCancelled() {
        return cancelled;
    }

    /** Cancels a seat before it starts: it ends on the day it was to start, so it is never current. */
    public void cancel() {
        this.endsOn = startsOn;
        this.cancelled = true;
    }

    public void endOn(LocalDate day) {
        if (day.isBefore(startsOn)) {
            throw new IllegalArgumentException("A membership cannot end before it starts");
        }
        this.endsOn = day;
    }

    public Long getId() {
        return id;
    }

    public Board getBoard() {
        return board;
    }

    public UserAccount getMember() {
        return member;
    }

    public Agency getRepresenting() {
        return representing;
    }

    public MembershipRole getRole() {
        return role;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public long getVersion() {
        return version;
    }
}
