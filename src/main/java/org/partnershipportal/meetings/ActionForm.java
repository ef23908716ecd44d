package org.partnershipportal.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** A new action: what, by when, and its owner (a portal user, or a named person and agency). */
public class ActionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Describe the action")
    @Size(max = Action.DESCRIPTION_MAX, message = "Use at most " + Action.DESCRIPTION_MAX + " characters")
    private String description;

    @NotNull(message = "Enter the date the action is due")
    private LocalDate dueOn;

    private Long ownerUserId;

    @Size(max = Action.OWNER_NAME_MAX, message = "Use at most " + Action.OWNER_NAME_MAX + " characters")
    private String ownerName;

    private Long ownerAgencyId;

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = Forms.trimmed(description);
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Long getOwnerUserId() {
        return ownerUserId;
    }

    public void setOwnerUserId(Long ownerUserId) {
        this.ownerUserId = ownerUserId;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = Forms.trimmed(ownerName);
    }

    public Long getOwnerAgencyId() {
        return ownerAgencyId;
    }

    public void setOwnerAgencyId(Long ownerAgencyId) {
        this.ownerAgencyId = ownerAgencyId;
    }
}
