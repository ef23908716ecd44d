package org.partnershipportal.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.Wording;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** admin/service-levels.xhtml: the partnership's working days for data requests, each agency's escalation contact, and running reminders (requests' and agreements' reviews) now. */
@Named
@ViewScoped
public class ServiceLevelsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceLevels serviceLevels;

    @Inject
    RequestReminders reminders;

    @Inject
    AgreementReviewReminders reviewReminders;

    private int daysToAccept;
    private int daysToAnswer;
    private long version;
    private List<Agency> agencies;
    private Map<Long, UserAccount> contacts;
    private List<UserAccount> people;
    private Long agencyId;
    private Long personId;

    public void load() {
        ServiceLevel levels = serviceLevels.current();
        daysToAccept = levels.getDaysToAccept();
        daysToAnswer = levels.getDaysToAnswer();
        version = levels.getVersion();
        agencies = serviceLevels.agencies();
        contacts = serviceLevels.escalationContacts();
        people = serviceLevels.possibleContacts();
    }

    public void save() {
        try {
            serviceLevels.change(daysToAccept, daysToAnswer, version);
            FacesMessages.info("Saved. Requests raised or accepted from now on are due by these working days.");
            load();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "levels");
        } catch (ConflictException conflict) {
            FacesMessages.conflict(conflict);
            load();
        }
    }

    public void setContact() {
        try {
            serviceLevels.setEscalationContact(agencyId, personId);
            FacesMessages.info("Escalation contact saved.");
            agencyId = null;
            personId = null;
            load();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "contacts");
        }
    }

    public void runNow() {
        if (!reminders.isMailConfigured()) {
            FacesMessages.error("No mail server is configured, so nothing was sent. Set PORTAL_MAIL_HOST (see deploy/README.md).");
            return;
        }
        RequestReminders.Report report = reminders.runNow();
        String sent = "Checked " + Wording.count(report.checked(), "request") + " due soon or late: " + Wording.count(report.reminders(), "reminder")
                + " and " + Wording.count(report.escalations(), "escalation") + " sent";
        if (report.failed().isEmpty()) {
            FacesMessages.info(sent + ".");
        } else {
            FacesMessages.error(sent + "; failed for requests " + report.failed() + ". The server log has the reason.");
        }
    }

    public void runReviewReminders() {
        if (!reminders.isMailConfigured()) {
            FacesMessages.error("No mail server is configured, so nothing was sent. Set PORTAL_MAIL_HOST (see deploy/README.md).");
            return;
        }
        AgreementReviewReminders.Report report = reviewReminders.runNow();
        String sent = "Checked " + Wording.count(report.checked(), "agreement") + " due for review within a month: "
                + Wording.count(report.reminders(), "review reminder") + " sent to " + Wording.count(report.people(), "data lead");
        if (report.failed().isEmpty()) {
            FacesMessages.info(sent + ".");
        } else {
            FacesMessages.error(sent + "; failed for agreements " + report.failed() + ". The server log has the reason.");
        }
    }

    public String contactOf(Agency agency) {
        UserAccount person = contacts.get(agency.getId());
        return person == null ? "None set: only the board's chair hears of late requests" : person.getFullName() + " (" + person.getEmail() + ")";
    }

    /** The most working days each level may be: the service's limit, so the form's bounds and its messages say the same. */
    public int getMaxDaysToAccept() {
        return ServiceLevel.MAX_DAYS_TO_ACCEPT;
    }

    public int getMaxDaysToAnswer() {
        return ServiceLevel.MAX_DAYS_TO_ANSWER;
    }

    public int getDaysToAccept() {
        return daysToAccept;
    }

    public void setDaysToAccept(int daysToAccept) {
        this.daysToAccept = daysToAccept;
    }

    public int getDaysToAnswer() {
        return daysToAnswer;
    }

    public void setDaysToAnswer(int daysToAnswer) {
        this.daysToAnswer = daysToAnswer;
    }

    public List<Agency> getAgencies() {
        return agencies;
    }

    public List<UserAccount> getPeople() {
        return people;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }
}
