package org.partnershipportal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import org.partnershipportal.platform.Mailer;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a request's e-mails after its change commits, so nobody is told of a change that rolled back.
 * A mail server that is down loses the e-mail (logged), never the change: the portal shows it anyway.
 */
@ApplicationScoped
public class RequestNotifications {

    private static final Logger LOG = Logger.getLogger(RequestNotifications.class.getName());

    @Inject
    Mailer mailer;

    /**
     * What the person acting reads of the e-mail their change sends {@code whom} ("the requester"): that it goes, or, where
     * no mail server is set up (a demo, a server not yet configured), that it does not, so nobody reads "told" of a
     * message that was never sent.
     */
    public String told(String whom, boolean plural) {
        return told(mailer.isConfigured(), whom, plural);
    }

    public boolean mailSetUp() {
        return mailer.isConfigured();
    }

    static String told(boolean mailSetUp, String whom, boolean plural) {
        if (mailSetUp) {
            return Character.toUpperCase(whom.charAt(0)) + whom.substring(1) + (plural ? " are" : " is") + " e-mailed.";
        }
        return "E-mail is not set up on this portal, so " + whom + (plural ? " are" : " is") + " not e-mailed: let them know another way.";
    }

    public void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestNotice notice) {
        if (!mailer.isConfigured()) {
            return;
        }
        for (RequestNotice.Mail mail : notice.mails()) {
            try {
                mailer.send(mail.to(), mail.subject(), mail.body());
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "Data request e-mail to " + mail.to() + " failed", e);
            }
        }
    }
}
