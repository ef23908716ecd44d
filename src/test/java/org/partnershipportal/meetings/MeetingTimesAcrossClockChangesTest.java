package org.partnershipportal.meetings;

import org.junit.jupiter.api.Test;
import org.partnershipportal.platform.Wording;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import org.partnershipportal.testsupport.TestData;

/**
 * A meeting's start is a civil time: 10:00 in London stays 10:00 on screen whatever the season, and the
 * calendar entry names the right moment: 09:00 UTC just after the clocks go forward, 10:00 UTC just after
 * they go back, and 10:00 UTC the Friday before the spring change.
 */
class MeetingTimesAcrossClockChangesTest {

    @Test
    void aTenOClockMeetingTheDayAfterTheSpringChangeIsTenOnScreenAndNineUtcInTheCalendar() throws Exception {
        Meeting meeting = meeting(LocalDateTime.parse("2027-03-29T10:00"));
        assertThat(Wording.dayDateTime(meeting.getStartsAt())).isEqualTo("Mon 29 Mar 2027, 10:00");
        assertThat(calendarOf(meeting)).contains("DTSTART:20270329T090000Z").contains("DTEND:20270329T110000Z");
    }

    @Test
    void theFridayBeforeTheSpringChangeAndTheMondayAfterTheAutumnChangeAreGmt() throws Exception {
        assertThat(calendarOf(meeting(LocalDateTime.parse("2027-03-26T10:00")))).contains("DTSTART:20270326T100000Z");
        Meeting afterAutumn = meeting(LocalDateTime.parse("2027-11-01T10:00"));
        assertThat(Wording.dayDateTime(afterAutumn.getStartsAt())).isEqualTo("Mon 1 Nov 2027, 10:00");
        assertThat(calendarOf(afterAutumn)).contains("DTSTART:20271101T100000Z");
    }

    private static Meeting meeting(LocalDateTime startsAt) {
        return TestData.meeting(TestData.board("TSB"), startsAt);
    }

    private static String calendarOf(Meeting meeting) throws Exception {
        StringWriter out = new StringWriter();
        MeetingCalendar.write(new Meetings.MeetingView(meeting, null, List.of(), List.of(), false, null, List.of(), null, null, LocalDate.of(2027, 6, 14), List.of()),
                Optional.empty(), "https://portal.example", out);
        return out.toString();
    }
}
