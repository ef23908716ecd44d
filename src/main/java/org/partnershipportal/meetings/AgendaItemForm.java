package org.partnershipportal.meetings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** What a chair or business support officer types about an agenda item. */
public class AgendaItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter the item's title")
    @Size(max = AgendaItem.TITLE_MAX, message = "Use at most " + AgendaItem.TITLE_MAX + " characters")
    private String title;

    @Size(max = AgendaItem.DESCRIPTION_MAX, message = "Use at most " + AgendaItem.DESCRIPTION_MAX + " characters")
    private String description;

    @Size(max = AgendaItem.LEAD_MAX, message = "Use at most " + AgendaItem.LEAD_MAX + " characters")
    private String leadName;

    private Long leadAgencyId;

    @Min(value = 1, message = "Allot at least one minute, or leave it empty")
    @Max(value = AgendaItem.MAX_MINUTES_ALLOTTED, message = "Allot at most " + AgendaItem.MAX_MINUTES_ALLOTTED + " minutes")
    private Integer minutesAllotted;

    private boolean standing;

    private ItemPurpose purpose;

    /** The lead's portal account, chosen from the board's members: the missing-paper reminder goes there. */
    private Long leadUserId;

    public static AgendaItemForm of(AgendaItem item) {
        AgendaItemForm form = new AgendaItemForm();
        form.title = item.getTitle();
        form.description = item.getDescription();
        form.leadName = item.getLeadName();
        form.leadAgencyId = item.getLeadAgency() == null ? null : item.getLeadAgency().getId();
        form.minutesAllotted = item.getMinutesAllotted();
        form.standing = item.isStanding();
        form.purpose = item.getPurpose();
        form.leadUserId = item.getLeadAccount() == null ? null : item.getLeadAccount().getId();
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = Forms.trimmed(title);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = Forms.trimmed(description);
    }

    public String getLeadName() {
        return leadName;
    }

    public void setLeadName(String leadName) {
        this.leadName = Forms.trimmed(leadName);
    }

    public Long getLeadAgencyId() {
        return leadAgencyId;
    }

    public void setLeadAgencyId(Long leadAgencyId) {
        this.leadAgencyId = leadAgencyId;
    }

    public Integer getMinutesAllotted() {
        return minutesAllotted;
    }

    public void setMinutesAllotted(Integer minutesAllotted) {
        this.minutesAllotted = minutesAllotted;
    }

    public boolean isStanding() {
        return standing;
    }

    public void setStanding(boolean standing) {
        this.standing = standing;
    }

    public ItemPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(ItemPurpose purpose) {
        this.purpose = purpose;
    }

    public Long getLeadUserId() {
        return leadUserId;
    }

    public void setLeadUserId(Long leadUserId) {
        this.leadUserId = leadUserId;
    }
}
