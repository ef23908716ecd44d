package org.partnershipportal.meetings;

import jakarta.mail.MessagingException;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.Mailer;
import org.partnershipportal.platform.Wording;

import java.io.Serializable;
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

    /** Whether e-mail is set up at all, how many members there were, how many were e-mailed, and whom it failed for. */
    record Delivery(boolean mailSetUp, int members, int sent, List<String> failures) implements Serializable {
        /** For the audit log: "3 of 3 members e-mailed", with who failed if any did, or that no e-mail is set up. */
        String summary() {
            return mailSetUp ? sent + " of " + members + " members e-mailed" + (failures.isEmpty() ? "" : "; failed: " + failures)
                    : "e-mail not set up: none of " + members + " members e-mailed";
        }

        /** Whether everyone who should have been told by e-mail was. */
        boolean everyoneTold() {
            return mailSetUp && failures.isEmpty();
        }

        /**
         * For the person who sent it: "3 members e-mailed", who it failed for, or that e-mail is not set up on this portal (a
         * demo, or a server not yet configured), so that "0 members e-mailed" is never left to read as "the board has no members".
         */
        String told() {
            if (!mailSetUp) {
                return "e-mail is not set up on this portal, so no member was e-mailed: let them know another way";
            }
            if (failures.isEmpty()) {
                return Wording.count(sent, "member") + " e-mailed";
            }
            return sent + " of " + Wording.count(members, "member") + " e-mailed (not sent to " + String.join(", ", failures)
                    + ": the server log has the reason)";
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
        return new Delivery(mailer.isConfigured(), members.size(), sent, failures);
    }
}
