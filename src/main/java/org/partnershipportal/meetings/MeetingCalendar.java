package org.partnershipportal.meetings;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A meeting as an iCalendar file (RFC 5545) for members' own calendars. Its UID stays the same for
 * the life of the meeting and its SEQUENCE follows the meeting's version, so a re-downloaded file
 * updates the entry (or cancels it) instead of adding a second one. The UID's domain and the URL back
 * to the meeting come from the configured portal address, never from the request's Host: the same
 * meeting fetched through another host name or another cluster node must stay one entry.
 */
public final class MeetingCalendar {

    /** The partnership's meetings are held in England; stored meeting times are wall-clock times there. */
    public static final ZoneId PARTNERSHIP_ZONE = org.partnershipportal.platform.PortalClock.ZONE;

    private MeetingCalendar() {
    }

    public static void write(Meetings.MeetingView view, Optional<Meetings.Organiser> organiser, String portalUrl, Writer out)
            throws IOException {
        Meeting meeting = view.meeting();
        VEvent event = new VEvent(utc(meeting.getStartsAt()), utc(meeting.getEndsAt()),
                meeting.getBoard().getShortName() + ": " + meeting.getTitle());
        URI page = URI.create(portalUrl + "/meetings/meeting.xhtml?meeting=" + meeting.getId());
        event.add(new Uid("meeting-" + meeting.getId() + "@" + page.getHost()));
        event.add(new Url(page));
        // A calendar address needs an e-mail; an organiser without one is left out rather than invented.
        organiser.filter(o -> o.email() != null && !o.email().isBlank()).ifPresent(o -> {
            Organizer organizer = new Organizer(URI.create("mailto:" + o.email()));
            organizer.add(new Cn(o.name()));
            event.add(organizer);
        });
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, meeting.getVersion())));
        String where = meeting.getPlace() == null ? meeting.getOnlineLink()
                : meeting.getOnlineLink() == null ? meeting.getPlace() : meeting.getPlace() + " / " + meeting.getOnlineLink();
        event.add(new Location(where));
        String agenda = view.items().stream()
                .map(i -> i.item().getPosition() + ". " + i.item().getTitle())
                .collect(Collectors.joining("\n"));
        event.add(new Description(meeting.getBoard().getName() + "\n\nAgenda:\n" + (agenda.isEmpty() ? "to follow" : agenda)));
        event.add(meeting.getStatus() == MeetingStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Partnership Portal//Meeting register//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(event);
        new CalendarOutputter(true).output(calendar, out);
    }

    static Instant utc(LocalDateTime local) {
        return local.atZone(PARTNERSHIP_ZONE).toInstant();
    }
}
