package org.partnershipportal.meetings;

import jakarta.mail.MessagingException;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.Mailer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One e-mail to each of a board's members (the agenda, the minutes for comment), each sent on its own so
 * that one address that fails does not stop the rest; nothing is sent when no SMTP server is configured.
 */
final class MemberMail {

    private static final Logger LOG = Logger.getLogger(MemberMail.class.getName());

    /** How many members there were, how many were e-mailed, and whom it failed for. */
    record Delivery(int members, int sent, List<String> failures) {
        /** For the audit log: "3 of 3 members e-mailed", with who failed if any did. */
        String summary() {
            return sent + " of " + members + " members e-mailed" + (failures.isEmpty() ? "" : "; failed: " + failures);
        }
    }

    private MemberMail() {
    }

    static Delivery send(Mailer mailer, List<UserAccount> members, String what, String subject, Function<UserAccount, String> text,
                         Mailer.Attachment... attachments) {
        int sent = 0;
        List<String> failures = new ArrayList<>();
        if (mailer.isConfigured()) {
            for (UserAccount member : members) {
                try {
                    if (attachments.length == 0) {
                        mailer.send(member.getEmail(), subject, text.apply(member));
                    } else {
                        mailer.send(member.getEmail(), subject, text.apply(member), attachments);
                    }
                    sent++;
                } catch (MessagingException | RuntimeException e) {
                    LOG.log(Level.WARNING, what + " to " + member.getUsername() + " failed", e);
                    failures.add(member.getUsername());
                }
            }
        }
        return new Delivery(members.size(), sent, failures);
    }
}
