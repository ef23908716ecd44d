package org.partnershipportal.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Working days on the boundaries that catch a calendar out, with the bank holidays the migration ships. */
class WorkingCalendarTest {

    private static final Pattern DATE = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})'");

    /** The dates as V10 inserts them: the test checks the shipped data, not a copy of it. */
    static WorkingCalendar shipped() throws IOException {
        String sql = Files.readString(Path.of("src/main/resources/db/migration/V10__bank_holidays.sql"));
        List<LocalDate> dates = DATE.matcher(sql).results().map(m -> LocalDate.parse(m.group(1))).toList();
        assertThat(dates).hasSizeGreaterThanOrEqualTo(32);
        return new WorkingCalendar(dates);
    }

    @Test
    void everyShippedYearHasEightBankHolidaysAllOnWeekdays() throws IOException {
        String sql = Files.readString(Path.of("src/main/resources/db/migration/V10__bank_holidays.sql"));
        List<LocalDate> dates = DATE.matcher(sql).results().map(m -> LocalDate.parse(m.group(1))).toList();
        for (int year = 2025; year <= 2028; year++) {
            int y = year;
            assertThat(dates.stream().filter(d -> d.getYear() == y)).as("bank holidays in " + year).hasSize(8);
        }
        assertThat(dates).allSatisfy(d -> assertThat(d.getDayOfWeek().getValue()).as(d + " is a weekday (substitute days included)").isLessThan(6));
    }

    @Test
    void easterTakesFridayAndMondayOut() throws IOException {
        WorkingCalendar calendar = shipped();
        // Thursday before Good Friday 2027 (26 March); Easter Monday 29 March: the first working day after is Tuesday 30 March.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 3, 25), 1)).isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 3, 25), 5)).isEqualTo(LocalDate.of(2027, 4, 5));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 3))).as("Good Friday 2026").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 6))).as("Easter Monday 2026").isFalse();
    }

    @Test
    void christmasOnAWeekendMovesToSubstituteDays() throws IOException {
        WorkingCalendar calendar = shipped();
        // 2027: Christmas is a Saturday, Boxing Day a Sunday; the substitute days are Monday 27 and Tuesday 28.
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 27))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 28))).isFalse();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 12, 24), 1)).isEqualTo(LocalDate.of(2027, 12, 29));
        // Received Wednesday 23 December 2026, 5 working days: 24, 29, 30, 31 December and 4 January (1 January is a holiday).
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 23), 5)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void aWeekendStartCountsFromMonday() throws IOException {
        WorkingCalendar calendar = shipped();
        LocalDate saturday = LocalDate.of(2026, 6, 13);
        assertThat(calendar.plusWorkingDays(saturday, 1)).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(calendar.plusWorkingDays(saturday, 0)).as("zero days from a weekend is the next working day").isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 6, 12), 5)).as("Friday + 5 is the next Friday").isEqualTo(LocalDate.of(2026, 6, 19));
    }

    @Test
    void aPapersDeadlineCountsBackOverABankHoliday() throws IOException {
        WorkingCalendar calendar = shipped();
        // Meeting Wednesday 27 May 2026; Monday 25 May is a bank holiday: 3 working days before is Thursday 21 May.
        assertThat(calendar.minusWorkingDays(LocalDate.of(2026, 5, 27), 3)).isEqualTo(LocalDate.of(2026, 5, 21));
    }

    @Test
    void latenessIsCountedInWorkingDaysEitherWay() throws IOException {
        WorkingCalendar calendar = shipped();
        LocalDate due = LocalDate.of(2026, 12, 24);
        assertThat(calendar.workingDaysBetween(due, due)).isZero();
        assertThat(calendar.workingDaysBetween(due, LocalDate.of(2026, 12, 29))).as("25, 26, 27, 28 are not working days").isEqualTo(1);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 29), due)).isEqualTo(-1);
    }

    @Test
    void aYearWithNoBankHolidaysRecordedCountsWeekendsOnlyAndSaysSo() throws IOException {
        WorkingCalendar calendar = shipped();
        assertThat(calendar.knowsYear(2029)).isFalse();
        assertThat(calendar.knowsYear(2028)).isTrue();
        // Wednesday 20 December 2028 + 10 working days: 21, 22, 27, 28, 29 December (25, 26 are holidays), then 1 to 5 January 2029.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2028, 12, 20), 10)).isEqualTo(LocalDate.of(2029, 1, 5));
    }
}
