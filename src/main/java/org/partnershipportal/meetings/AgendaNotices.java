package org.partnershipportal.meetings;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.boards.BoardAccess;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.MailSettings;
import org.partnershipportal.platform.Mailer;
import org.partnershipportal.platform.PortalClock;
import org.partnershipportal.platform.Wording;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;

/**
 * Publishing a meeting's agenda: it becomes visible to the board's members, and each current member
 * gets one e-mail with the agenda, links to the papers and the meeting as an iCalendar entry (same
 * UID as before, higher SEQUENCE, so their calendar updates the entry it already has). Publishing
 * again sends the update, listing what changed since the last notice. Cancelling a planned meeting tells them too.
 */
@Stateless
@PermitAll
public class AgendaNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    BoardAccess access;

    @Inject
    Meetings meetings;

    @Inject
    MeetingReaders readers;

    @Inject
    Mailer mailer;

    @Inject
    MailSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    PortalClock clock;

    /** What a publication did, for the chair's message: the members' mail, and the named deputies'. */
    public record Report(boolean firstPublication, MemberMail.Delivery delivery, MemberMail.Delivery deputies) implements Serializable {
        /** "3 members e-mailed", with "; 1 deputy e-mailed" when the agenda also went to deputies. */
        public String told() {
            if (deputies.members() == 0 || !deputies.mailSetUp()) {
                return delivery.told();
            }
            return delivery.told() + "; " + deputies.sent() + (deputies.sent() == 1 ? " deputy" : " deputies") + " e-mailed"
                    + (deputies.failures().isEmpty() ? "" : " (not sent to " + String.join(", ", deputies.failures()) + ")");
        }

        public boolean everyoneTold() {
            return delivery.everyoneTold() && deputies.failures().isEmpty();
        }
    }

    public Report publish(MeetingId meetingId) {
        Meeting meeting = java.util.Optional.ofNullable(em.find(Meeting.class, meetingId.value()))
                .orElseThrow(() -> new org.partnershipportal.platform.NotFoundException("No such meeting"));
        access.requireMeetingManager(BoardId.of(meeting.getBoard()));
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new InvalidInputException(null, "This meeting is cancelled: there is no agenda to send");
        }
        long items = em.createQuery("SELECT COUNT(i) FROM AgendaItem i WHERE i.meeting.id = :meeting", Long.class)
                .setParameter("meeting", meetingId.value()).getSingleResult();
        if (items == 0) {
            throw new InvalidInputException(null, "Add at least one item before publishing the agenda");
        }
        if (!meeting.isAgendaSendable()) {
            throw new InvalidInputException(null, "This meeting has been held, so its agenda is not sent again: circulate its minutes instead");
        }
        boolean first = !meeting.isAgendaPublished();
        List<AgendaChange> changes = first ? List.of() : em.createQuery(
                        "SELECT c FROM AgendaChange c WHERE c.meeting.id = :meeting AND c.notice = :notice ORDER BY c.changedAt, c.id", AgendaChange.class)
                .setParameter("meeting", meetingId.value()).setParameter("notice", meeting.getAgendaNoticesSent() + 1).getResultList();
        if (!first && changes.isEmpty()) {
            throw new InvalidInputException(null, "Nothing has changed since the agenda was last sent, so there is nothing to send");
        }
        meeting.publishAgenda(clock.utcNow());
        em.flush(); // the calendar entry's SEQUENCE is the meeting's version, raised by this flush
        Meetings.MeetingView view = meetings.open(meetingId);
        byte[] calendar = calendarOf(view);
        List<UserAccount> recipients = meetings.membersToNotify(BoardId.of(meeting.getBoard()));
        String subject = (first ? "Agenda published: " : "Agenda updated: ") + meeting.getBoard().getShortName() + ", "
                + Wording.date(meeting.getStartsAt().toLocalDate());
        Mailer.Attachment entry = new Mailer.Attachment("meeting.ics", "text/calendar; charset=UTF-8; method=PUBLISH", calendar);
        MemberMail.Delivery delivery = MemberMail.send(mailer, recipients, "Agenda notice", subject, person -> body(person, view, first, changes, null), entry);
        // A member's named deputy goes in their place, so the agenda reaches them too (MeetingReaders: the page is open to them).
        Map<Long, MeetingReaders.NamedDeputy> deputyFor = deputiesToTell(readers.deputiesOf(meeting), recipients);
        List<UserAccount> deputies = deputyFor.values().stream().map(MeetingReaders.NamedDeputy::deputy).toList();
        MemberMail.Delivery deputyDelivery = MemberMail.send(mailer, deputies, "Agenda notice to a deputy", subject,
                person -> body(person, view, first, changes, deputyFor.get(person.getId()).memberName()), entry);
        audit.record(AuditAction.AGENDA_PUBLISHED, Meetings.MEETING, meetingId.value(), (first ? "published; " : "update " + meeting.getAgendaNoticesSent() + "; ")
                + delivery.summary() + (deputies.isEmpty() ? "" : "; " + deputyDelivery.sent() + " of " + deputies.size() + " deputies e-mailed"));
        return new Report(first, delivery, deputyDelivery);
    }

    /**
     * What saving a meeting's details did besides: the cancellation's mail (null when none went), and whether the meeting
     * is on again after its members were told it was cancelled, so they are owed the updated agenda.
     */
    public record DetailsSaved(Report cancellation, boolean updateOwed) implements java.io.Serializable {
    }

    /**
     * Saves a meeting's details ({@link Meetings#update}). A planned meeting cancelled is news for everyone who may have
     * planned around it, so its members and the deputies its apologies name are e-mailed at once, with the calendar entry
     * marked cancelled (same UID, higher SEQUENCE: their calendars drop the meeting they have).
     */
    public DetailsSaved saveDetails(MeetingId meetingId, long expectedVersion, MeetingForm form, MeetingStatus status) {
        Meeting meeting = java.util.Optional.ofNullable(em.find(Meeting.class, meetingId.value()))
                .orElseThrow(() -> new org.partnershipportal.platform.NotFoundException("No such meeting"));
        BoardAccess.Seat manager = access.requireMeetingManager(BoardId.of(meeting.getBoard()));
        // A meeting whose time has passed is not news to anyone's calendar: cancelled then, it only tidies the register.
        boolean cancelling = meeting.getStatus() == MeetingStatus.PLANNED && status == MeetingStatus.CANCELLED
                && meeting.getStartsAt().isAfter(clock.localNow());
        boolean reinstating = meeting.getStatus() == MeetingStatus.CANCELLED && status == MeetingStatus.PLANNED;
        // Read while the meeting is still planned: a deputy stands in only at a planned meeting (MeetingReaders).
        List<MeetingReaders.NamedDeputy> named = cancelling ? readers.deputiesOf(meeting) : List.of();
        meetings.update(meetingId, expectedVersion, form, status);
        boolean updateOwed = reinstating && meeting.isAgendaPublished();
        if (updateOwed) {
            // Members were told it was cancelled: that it is on again is a change the updated agenda must carry (and without
            // one, sending it would be refused as nothing changed).
            em.persist(new AgendaChange(meeting, clock.utcNow(), manager.username(), "The meeting is on again: it had been cancelled"));
        }
        if (!cancelling) {
            return new DetailsSaved(null, updateOwed);
        }
        em.flush(); // the calendar entry's SEQUENCE is the meeting's version, raised by this flush; refused changes mail no one
        Meetings.MeetingView view = meetings.open(meetingId);
        Mailer.Attachment entry = new Mailer.Attachment("meeting.ics", "text/calendar; charset=UTF-8; method=PUBLISH", calendarOf(view));
        List<UserAccount> recipients = meetings.membersToNotify(BoardId.of(meeting.getBoard()));
        Map<Long, MeetingReaders.NamedDeputy> deputyFor = deputiesToTell(named, recipients);
        List<UserAccount> deputies = deputyFor.values().stream().map(MeetingReaders.NamedDeputy::deputy).toList();
        String subject = "Meeting cancelled: " + meeting.getBoard().getShortName() + ", " + Wording.date(meeting.getStartsAt().toLocalDate());
        MemberMail.Delivery delivery = MemberMail.send(mailer, recipients, "Cancellation notice", subject,
                person -> cancellation(person, meeting, null), entry);
        MemberMail.Delivery deputyDelivery = MemberMail.send(mailer, deputies, "Cancellation notice to a deputy", subject,
                person -> cancellation(person, meeting, deputyFor.get(person.getId()).memberName()), entry);
        audit.record(AuditAction.MEETING_UPDATED, Meetings.MEETING, meetingId.value(), "cancellation sent; " + delivery.summary()
                + (deputies.isEmpty() ? "" : "; " + deputyDelivery.sent() + " of " + deputies.size() + " deputies e-mailed"));
        return new DetailsSaved(new Report(false, delivery, deputyDelivery), false);
    }

    private String cancellation(UserAccount person, Meeting meeting, String deputyFor) {
        return "Dear " + person.getFullName() + ",\n\n"
                + "This meeting is cancelled" + (deputyFor == null ? "" : ", so you need not go in " + deputyFor + "'s place") + ".\n\n"
                + meeting.getBoard().getName() + ": " + meeting.getTitle() + "\n"
                + Wording.dayDateTime(meeting.getStartsAt()) + "\n"
                + (meeting.getPlace() == null ? "Online" : meeting.getPlace()) + "\n"
                // No link for a deputy: the page is closed to them once the meeting is off (DeputyNotice.sendStoodDown, likewise).
                + (deputyFor == null ? settings.portalUrl() + "/meetings/meeting.xhtml?meeting=" + meeting.getId() + "\n" : "") + "\n"
                + "The attached calendar entry updates the one you may have for this meeting, marking it cancelled.\n";
    }

    /**
     * The named deputies to e-mail beside the members, by account id, in the order named: each once (with the first member
     * they stand in for), only those with an address and not already e-mailed as members.
     */
    private static Map<Long, MeetingReaders.NamedDeputy> deputiesToTell(List<MeetingReaders.NamedDeputy> named, List<UserAccount> members) {
        Set<Long> told = members.stream().map(UserAccount::getId).collect(java.util.stream.Collectors.toSet());
        Map<Long, MeetingReaders.NamedDeputy> deputyFor = new java.util.LinkedHashMap<>();
        for (MeetingReaders.NamedDeputy deputy : named) {
            UserAccount account = deputy.deputy();
            if (!told.contains(account.getId()) && account.getEmail() != null && !account.getEmail().isBlank()) {
                deputyFor.putIfAbsent(account.getId(), deputy);
            }
        }
        return deputyFor;
    }

    private byte[] calendarOf(Meetings.MeetingView view) {
        StringWriter ics = new StringWriter();
        try {
            MeetingCalendar.write(view, meetings.organiserOf(MeetingId.of(view.meeting())), settings.portalUrl(), ics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The notice's text; {@code deputyFor} names the member a deputy stands in for (null for a member). */
    private String body(UserAccount person, Meetings.MeetingView view, boolean first, List<AgendaChange> changes, String deputyFor) {
        Meeting meeting = view.meeting();
        String portal = settings.portalUrl();
        StringBuilder text = new StringBuilder();
        text.append("Dear ").append(person.getFullName()).append(",\n\n")
                .append(first ? "The agenda for this meeting is published.\n\n" : "The agenda for this meeting has changed.\n\n")
                .append(meeting.getBoard().getName()).append(": ").append(meeting.getTitle()).append('\n')
                .append(Wording.dayDateTime(meeting.getStartsAt())).append('\n')
                .append(meeting.getPlace() == null ? "Online" : meeting.getPlace()).append('\n')
                .append(portal).append("/meetings/meeting.xhtml?meeting=").append(meeting.getId()).append("\n\n");
        if (!changes.isEmpty()) {
            text.append("What changed:\n");
            changes.forEach(change -> text.append("* ").append(change.getWhat()).append('\n'));
            text.append('\n');
        }
        text.append("Agenda:\n");
        for (Meetings.ItemView entry : view.items()) {
            AgendaItem item = entry.item();
            text.append(item.getPosition()).append(". ").append(item.getTitle());
            if (item.getPurpose() != null) {
                text.append(" (").append(item.getPurpose().getLabel().toLowerCase(Locale.UK)).append(')');
            }
            text.append('\n');
            for (Paper paper : entry.papers()) {
                text.append("   Paper: ").append(paper.getFileName()).append(paper.isLate() ? " (late)" : "").append(": ")
                        .append(portal).append("/meetings/paper?id=").append(paper.getId()).append('\n');
            }
        }
        if (view.papersDue() != null) {
            text.append("\nPapers were due by ").append(Wording.date(view.papersDue())).append(".\n");
        }
        if (deputyFor == null) {
            text.append("\nCannot come? Send your apologies (and name a deputy, if the board takes them) on the meeting's page:\n")
                    .append(portal).append("/meetings/meeting.xhtml?meeting=").append(meeting.getId()).append("#apologies-heading\n");
        } else {
            text.append("\nYou are named as ").append(deputyFor).append("'s deputy for this meeting. If you cannot go, tell ")
                    .append(deputyFor).append(", who can name someone else.\n");
        }
        text.append("\nThe attached calendar entry updates the one you may already have for this meeting.\n");
        return text.toString();
    }
}
