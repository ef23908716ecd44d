package org.partnershipportal.meetings;

import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.Mailer;
import org.partnershipportal.platform.Wording;

import java.util.List;

/**
 * The e-mail to someone a member has just named as their deputy for a meeting: which meeting, and the link to its page,
 * which is open to them (MeetingReaders) for as long as the member's apologies name them. Without it a deputy would learn
 * of the meeting only if the member passed it on, and the portal would hold papers they could read but never find.
 */
final class DeputyNotice {

    private DeputyNotice() {
    }

    static MemberMail.Delivery send(Mailer mailer, String portalUrl, Meeting meeting, UserAccount member, UserAccount deputy) {
        return mail(mailer, deputy, "Deputy notice", "You are " + member.getFullName() + "'s deputy", meeting, text(portalUrl, meeting, member, deputy));
    }

    /** One e-mail to the deputy, its subject naming the meeting ("…: CSP-KV, 23 Dec 2026"); a deputy without an address is a failure. */
    private static MemberMail.Delivery mail(Mailer mailer, UserAccount deputy, String what, String subjectStart, Meeting meeting, String text) {
        if (deputy.getEmail() == null || deputy.getEmail().isBlank()) {
            return new MemberMail.Delivery(mailer.isConfigured(), 1, 0, List.of(deputy.getUsername()));
        }
        String subject = subjectStart + ": " + meeting.getBoard().getShortName() + ", " + Wording.date(meeting.getStartsAt().toLocalDate());
        return MemberMail.send(mailer, List.of(deputy), what, subject, person -> text);
    }

    static String text(String portalUrl, Meeting meeting, UserAccount member, UserAccount deputy) {
        return "Dear " + deputy.getFullName() + ",\n\n"
                + member.getFullName() + " has sent apologies for this meeting and named you as their deputy:\n\n"
                + meeting.getBoard().getName() + ": " + meeting.getTitle() + '\n'
                + Wording.dayDateTime(meeting.getStartsAt()) + '\n'
                + (meeting.getPlace() == null ? "Online" : meeting.getPlace()) + '\n'
                + portalUrl + "/meetings/meeting.xhtml?meeting=" + meeting.getId() + "\n\n"
                + "On that page you can read the meeting's agenda and papers once they are published, download the meeting pack and "
                + "add the meeting to your calendar, until the meeting is held and for as long as " + member.getFullName()
                + "'s apologies name you. It is also listed on your Home page in the portal.\n"
                + "If you cannot go, tell " + member.getFullName() + ", who can name someone else.\n";
    }

    /**
     * The e-mail to a deputy the member no longer names (apologies withdrawn, or someone else named): they were told they
     * would go, so they are told they no longer go, and that the meeting's page is no longer open to them.
     */
    static MemberMail.Delivery sendStoodDown(Mailer mailer, Meeting meeting, UserAccount member, UserAccount deputy) {
        return mail(mailer, deputy, "Deputy stood down", "You are no longer " + member.getFullName() + "'s deputy", meeting,
                "Dear " + deputy.getFullName() + ",\n\n"
                        + member.getFullName() + " no longer names you as their deputy for this meeting, so you need not go in their place:\n\n"
                        + meeting.getBoard().getName() + ": " + meeting.getTitle() + '\n'
                        + Wording.dayDateTime(meeting.getStartsAt()) + "\n\n"
                        + "Its page, agenda and papers are no longer open to you as their deputy. Ask " + member.getFullName()
                        + " if you were not expecting this.\n");
    }

    /** Stands the deputy down ({@link #sendStoodDown}) and says so for the audit log: "deputy x stood down; deputy e-mailed". */
    static String standDown(Mailer mailer, Meeting meeting, UserAccount member, UserAccount deputy) {
        return "deputy " + deputy.getUsername() + " stood down; " + summary(sendStoodDown(mailer, meeting, member, deputy));
    }

    /** For the audit log. */
    static String summary(MemberMail.Delivery delivery) {
        if (!delivery.mailSetUp()) {
            return "e-mail not set up: deputy not e-mailed";
        }
        return delivery.failures().isEmpty() ? "deputy e-mailed" : "e-mail to the deputy failed";
    }

    /** For the member who named them. */
    static String told(MemberMail.Delivery delivery, String deputyName) {
        if (!delivery.mailSetUp()) {
            return "E-mail is not set up on this portal, so " + deputyName + " was not e-mailed: let them know; the meeting's page is open to them.";
        }
        return delivery.failures().isEmpty() ? deputyName + " is e-mailed a link to the meeting's page, with its agenda and papers."
                : "The e-mail to " + deputyName + " could not be sent: let them know; the meeting's page is open to them.";
    }
}
