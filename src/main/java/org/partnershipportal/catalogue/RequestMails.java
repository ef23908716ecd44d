package org.partnershipportal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.partnershipportal.identity.AgencyRecords;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.MailSettings;
import org.partnershipportal.platform.Wording;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The e-mails a data request's workflow sends: who gets each and what it says. They are fired as a
 * {@link RequestNotice} and sent once the transaction has committed, so a refused step mails no one.
 */
@ApplicationScoped
public class RequestMails {

    @Inject
    AgencyRecords agencyRecords;

    @Inject
    MailSettings mailSettings;

    @Inject
    Event<RequestNotice> notices;

    /** A new request: to the data leads of every agency it went to. */
    void raised(DataRequest request) {
        List<RequestNotice.Mail> mails = new ArrayList<>();
        UserAccount requester = request.getRequester();
        String board = request.getBoard().getName();
        for (UserAccount lead : agencyRecords.answeringFor(request.getAgencies())) {
            mails.add(mail(lead, "New data request from " + board, request,
                    requester.getFullName() + " (" + board + ") asks your agency for data.\n\n"
                            + "Ask: " + request.getAsk().getQuestion() + "\n\nWhat is needed: " + request.getWhatNeeded() + "\n\nWhy: " + request.getWhyNeeded()
                            + "\n\nNeeded by " + Wording.date(request.getNeededBy()) + ".\n"));
        }
        notices.fire(new RequestNotice(mails));
    }

    /** A step of the workflow, taken by a data lead: to the requester. */
    void moved(DataRequest request, RequestStatus target, String note, UserAccount by) {
        String who = by.getFullName() + " (" + by.getAgency().getShortName() + ")";
        String what = switch (target) {
            case ACCEPTED -> who + " has accepted your data request.";
            case IN_PROGRESS -> who + " is working on your data request.";
            case ANSWERED -> who + " has answered your data request.\n\n" + request.getAnswerText();
            case DECLINED -> who + " has declined your data request.\n\nReason: " + note;
            case SUBMITTED -> "";
        };
        notices.fire(new RequestNotice(List.of(mail(request.getRequester(), "Data request " + target.getLabel().toLowerCase(Locale.ROOT)
                + ": " + abbreviated(request.getAsk().getQuestion()), request, what + (note != null && target != RequestStatus.DECLINED ? "\n\nNote: " + note : "") + "\n"))));
    }

    /** A comment: to the requester and the agencies' data leads, never to its writer. */
    void commented(DataRequest request, UserAccount by, String body) {
        Set<UserAccount> recipients = new LinkedHashSet<>();
        if (!request.getRequester().equals(by)) {
            recipients.add(request.getRequester());
        }
        agencyRecords.answeringFor(request.getAgencies()).stream().filter(u -> !u.equals(by)).forEach(recipients::add);
        notices.fire(new RequestNotice(recipients.stream().map(to -> mail(to, "New comment on a data request: " + abbreviated(request.getAsk().getQuestion()),
                request, by.getFullName() + " wrote:\n\n" + body + "\n")).toList()));
    }

    private RequestNotice.Mail mail(UserAccount to, String subject, DataRequest request, String text) {
        return new RequestNotice.Mail(to.getEmail(), subject, "Dear " + to.getFullName() + ",\n\n" + text
                + "\nOpen the request: " + mailSettings.portalUrl() + "/catalogue/request.xhtml?id=" + request.getId()
                + "\n\nPartnership Portal\n");
    }

    static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
