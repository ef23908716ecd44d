package org.partnershipportal.meetings;

import org.junit.jupiter.api.Test;
import org.partnershipportal.platform.WorkingCalendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** When papers are due, which are late, and when a lead is reminded: with the bank holidays V10 ships. */
class PapersDeadlineTest {

    static WorkingCalendar shipped() throws IOException {
        String sql = Files.readString(Path.of("src/main/resources/db/migration/V10__bank_holidays.sql"));
        List<LocalDate> dates = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})'").matcher(sql).results()
                .map(m -> LocalDate.parse(m.group(1))).toList();
        return new WorkingCalendar(dates);
    }

    @Test
    void papersForATuesdayMeetingAfterEasterAreDueFiveWorkingDaysBeforeNotCountingTheBankHolidays() throws IOException {
        // Easter 2027: Good Friday 26 March, Easter Monday 29 March. A meeting on Tuesday 30 March.
        PapersDeadline deadline = PapersDeadline.of(LocalDate.of(2027, 3, 30), 5, shipped()).orElseThrow();
        // Working days back: 25 (Thu), 24, 23, 22 (Mon), 19 (Fri): five, skipping the Monday and the Friday off.
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2027, 3, 19));
    }

    @Test
    void aPaperOnTheDeadlineDayIsOnTimeAndOneTheDayAfterIsLate() throws IOException {
        PapersDeadline deadline = PapersDeadline.of(LocalDate.of(2026, 12, 15), 3, shipped()).orElseThrow();
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(deadline.isLate(LocalDate.of(2026, 12, 10))).isFalse();
        assertThat(deadline.isLate(LocalDate.of(2026, 12, 11))).isTrue();
        assertThat(deadline.isLate(LocalDate.of(2026, 11, 30))).isFalse();
    }

    @Test
    void leadsAreRemindedOnWorkingDaysFromThreeBeforeTheDeadlineUntilTheMeetingNotEarlierNorAtWeekends() throws IOException {
        WorkingCalendar calendar = shipped();
        // Meeting Tuesday 15 December 2026, papers due Thursday 10 December (3 working days before).
        PapersDeadline deadline = PapersDeadline.of(LocalDate.of(2026, 12, 15), 3, calendar).orElseThrow();
        assertThat(deadline.remindsOn(LocalDate.of(2026, 12, 4), calendar)).as("Friday, four working days before the deadline").isFalse();
        assertThat(deadline.remindsOn(LocalDate.of(2026, 12, 7), calendar)).as("Monday, three working days before").isTrue();
        assertThat(deadline.remindsOn(LocalDate.of(2026, 12, 10), calendar)).as("the deadline day").isTrue();
        assertThat(deadline.remindsOn(LocalDate.of(2026, 12, 12), calendar)).as("Saturday").isFalse();
        assertThat(deadline.remindsOn(LocalDate.of(2026, 12, 14), calendar)).as("Monday after the deadline, paper still missing").isTrue();
        assertThat(deadline.remindsOn(LocalDate.of(2026, 12, 15), calendar)).as("the meeting day itself").isFalse();
    }

    @Test
    void aMeetingInAYearWithoutKnownBankHolidaysHasNoDeadlineRatherThanAWrongOne() throws IOException {
        assertThat(PapersDeadline.of(LocalDate.of(2031, 6, 3), 5, shipped())).isEmpty();
    }

    @Test
    void aChangeToAPublishedItemIsDescribedInWordsAndNoChangeIsNothing() {
        AgendaItem item = new AgendaItem(new Meeting(null, "m", null, null, null, null), 1);
        item.describe("Missing children: return interviews", "New figures", null, null, null, false);
        item.assign(ItemPurpose.FOR_DECISION, null);
        assertThat(Agendas.describeChange("Missing children", "New figures", ItemPurpose.FOR_DISCUSSION, item))
                .isEqualTo("Changed: Missing children: return interviews (title was \u201cMissing children\u201d; now for decision)");
        assertThat(Agendas.describeChange("Missing children: return interviews", "New figures", ItemPurpose.FOR_DECISION, item)).isNull();
    }
}
