package org.partnershipportal.meetings;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.SharedPortal;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * A meeting's iCalendar file as a calendar program reads it: valid to ical4j's RFC 5545 rules, one
 * entry whatever host name or cluster node served it (UID from the configured portal.url), a URL back
 * to the meeting and the board's organiser.
 */
@UsesDemoPartnership
class MeetingCalendarIT {

    final URL base = SharedPortal.base();

    @Test
    void theSameMeetingDownloadedThroughTwoHostNamesIsOneValidCalendarEntry() throws Exception {
        PortalClient riley = new PortalClient(base);
        riley.signIn("riley.reviewer", DEMO_PASSWORD);
        long meeting = aMeetingOfTheSafeguardingPartnership(riley);
        String path = "meetings/meeting.ics?meeting=" + meeting;

        VEvent direct = event(body(riley.rawWithHostSignedIn(path, "127.0.0.1:" + base.getPort())));
        VEvent otherNode = event(body(riley.rawWithHostSignedIn(path, "portal-node-2.kestrel-vale.example")));

        String uid = value(direct, Property.UID);
        assertThat(value(otherNode, Property.UID)).as("the UID whatever host served the file").isEqualTo(uid);
        assertThat(uid).doesNotContain("portal-node-2");

        URI link = URI.create(value(direct, Property.URL));
        assertThat(value(otherNode, Property.URL)).isEqualTo(link.toString());
        assertThat(link.toString()).endsWith("/meetings/meeting.xhtml?meeting=" + meeting).doesNotContain("portal-node-2");
        // UID and URL both come from portal.url: the domain part of the UID is the configured host.
        assertThat(uid).isEqualTo("meeting-" + meeting + "@" + link.getHost());

        Property organizer = direct.getProperty(Property.ORGANIZER).orElseThrow(() -> new AssertionError("no ORGANIZER"));
        // The Safeguarding Partnership has no business support officer in the demo, so its chair organises.
        assertThat(organizer.getValue()).isEqualToIgnoringCase("mailto:casey.chair@kestrel-vale.example");
        assertThat(organizer.getParameter(Parameter.CN).map(Parameter::getValue)).hasValue("Casey Chair");
    }

    private static long aMeetingOfTheSafeguardingPartnership(PortalClient member) throws Exception {
        Matcher board = Pattern.compile("workspace\\.xhtml\\?board=(\\d+)\">Children(?:&#39;|')s Safeguarding Partnership<")
                .matcher(member.get("boards/index.xhtml").body());
        assertThat(board.find()).isTrue();
        Matcher meeting = Pattern.compile("meeting\\.xhtml\\?meeting=(\\d+)")
                .matcher(member.get("boards/workspace.xhtml?board=" + board.group(1)).body());
        assertThat(meeting.find()).isTrue();
        return Long.parseLong(meeting.group(1));
    }

    private static String body(String rawResponse) {
        assertThat(rawResponse).startsWith("HTTP/1.1 200");
        return rawResponse.substring(rawResponse.indexOf("\r\n\r\n") + 4);
    }

    /** Parsed strictly and validated as ical4j validates for RFC 5545: any error fails the test. */
    private static VEvent event(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult validation = calendar.validate();
        assertThat(validation.getEntries()).as("ical4j validation of\n" + ics).isEmpty();
        return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + name));
    }
}
