package org.partnershipportal.boards;

import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.LocalDate;

/** An administrator seats a person on a board. */
public class MembershipForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Choose the person")
    private Long userId;

    @NotNull(message = "Choose the seat the person holds")
    private MembershipRole role;

    @NotNull(message = "Enter the date the membership starts")
    private LocalDate startsOn;

    private LocalDate endsOn;

    /** A new seat starts on {@code today} (London's date) unless the administrator enters another day. */
    public MembershipForm(LocalDate today) {
        this.startsOn = today;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public MembershipRole getRole() {
        return role;
    }

    public void setRole(MembershipRole role) {
        this.role = role;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
