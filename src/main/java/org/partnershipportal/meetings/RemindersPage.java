package org.partnershipportal.meetings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.Wording;

/** admin/reminders.xhtml: when the overdue-action digest goes out, and a button to send it now. */
@Named
@RequestScoped
public class RemindersPage {

    @Inject
    OverdueDigest digest;

    @Inject
    PapersReminder papers;

    public void sendPapersNow() {
        if (!digest.isMailConfigured()) {
            FacesMessages.error("No mail server is configured, so nothing was sent. Set PORTAL_MAIL_HOST (see deploy/README.md).");
            return;
        }
        PapersReminder.Report report = papers.sendNow();
        if (report.leads() == 0) {
            FacesMessages.info("No lead has a paper due soon that is missing: nothing to send.");
        } else if (report.failures().isEmpty()) {
            FacesMessages.info("Papers reminder sent to " + Wording.count(report.sent(), "lead") + ", covering "
                    + Wording.count(report.items(), "agenda item") + ".");
        } else {
            FacesMessages.error("Sent to " + report.sent() + " of " + Wording.count(report.leads(), "lead") + ". Failed for: "
                    + String.join(", ", report.failures()) + ". The server log has the reason.");
        }
    }

    public void sendNow() {
        if (!digest.isMailConfigured()) {
            FacesMessages.error("No mail server is configured, so nothing was sent. Set PORTAL_MAIL_HOST (see deploy/README.md).");
            return;
        }
        OverdueDigest.Report report = digest.sendNow();
        if (report.owners() == 0) {
            FacesMessages.info("No one has overdue actions today: nothing to send.");
        } else if (report.failures().isEmpty()) {
            FacesMessages.info("Sent to " + Wording.count(report.sent(), "owner") + ", covering " + Wording.count(report.actions(), "overdue action") + ".");
        } else {
            FacesMessages.error("Sent to " + report.sent() + " of " + Wording.count(report.owners(), "owner") + ". Failed for: "
                    + String.join(", ", report.failures()) + ". The server log has the reason.");
        }
    }

    public boolean isMailConfigured() {
        return digest.isMailConfigured();
    }

    public String getSchedule() {
        return digest.schedule();
    }
}
