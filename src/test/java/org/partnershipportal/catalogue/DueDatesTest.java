package org.partnershipportal.catalogue;

import org.junit.jupiter.api.Test;
import org.partnershipportal.platform.WorkingCalendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Service-level due dates on the boundaries (Easter, Christmas, weekends), with the bank holidays V10 ships and the default 5 and 10 working days. */
class DueDatesTest {

    private static final Pattern DATE = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})'");

    private final DueDates rules = new DueDates(shipped(), 5, 10);

    private static WorkingCalendar shipped() {
        try {
            String sql = Files.readString(Path.of("src/main/resources/db/migration/V10__bank_holidays.sql"));
            return new WorkingCalendar(DATE.matcher(sql).results().map(m -> LocalDate.parse(m.group(1))).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aRequestReceivedBeforeEasterIsDueAfterGoodFridayAndEasterMondayAreSkipped() {
        // Wed 24 Mar 2027: Thu 25 (1), Good Friday and Easter Monday skipped, Tue 30 (2) … Fri 2 Apr (5).
        assertThat(rules.acceptBy(day("2027-03-24"))).isEqualTo(day("2027-04-02"));
        // Due the Tuesday after Easter: the working day before is the Thursday before Good Friday.
        assertThat(rules.reminderDay(day("2027-03-30"))).isEqualTo(day("2027-03-25"));
        assertThat(rules.noticeOn(DueDates.Step.ACCEPT, day("2027-03-30"), day("2027-03-24"))).isEmpty();
        assertThat(rules.noticeOn(DueDates.Step.ACCEPT, day("2027-03-30"), day("2027-03-25"))).contains(ReminderKind.ACCEPT_REMINDER);
        assertThat(rules.noticeOn(DueDates.Step.ACCEPT, day("2027-03-30"), day("2027-03-30"))).contains(ReminderKind.ACCEPT_REMINDER);
        assertThat(rules.noticeOn(DueDates.Step.ACCEPT, day("2027-03-30"), day("2027-03-31"))).contains(ReminderKind.ACCEPT_ESCALATION);
    }

    @Test
    void christmasAndNewYearPushADueDateIntoJanuary() {
        // Wed 23 Dec 2026: Thu 24 (1); 25 Dec, the Boxing Day substitute (Mon 28) and 1 Jan skipped; Mon 4 Jan 2027 is the 5th.
        assertThat(rules.acceptBy(day("2026-12-23"))).isEqualTo(day("2027-01-04"));
        assertThat(rules.workingDaysLate(day("2027-01-04"), day("2027-01-04"))).isZero();
        assertThat(rules.workingDaysLate(day("2027-01-04"), day("2027-01-05"))).isEqualTo(1);
        // Due Tue 29 Dec 2026: still not late on New Year's Day, one working day late on Wed 30 Dec.
        assertThat(rules.workingDaysLate(day("2026-12-29"), day("2026-12-30"))).isEqualTo(1);
        assertThat(rules.reminderDay(day("2026-12-29"))).isEqualTo(day("2026-12-24"));
    }

    @Test
    void aWeekendDueDateIsNotLateUntilTheNextWorkingDay() {
        // Needed by Saturday 20 Feb 2027, later than 10 working days from Monday 1 Feb (Mon 15 Feb): the Saturday is the due date.
        LocalDate due = rules.answerBy(day("2027-02-01"), day("2027-02-20"));
        assertThat(due).isEqualTo(day("2027-02-20"));
        assertThat(rules.reminderDay(due)).as("reminded on the Friday").isEqualTo(day("2027-02-19"));
        assertThat(rules.noticeOn(DueDates.Step.ANSWER, due, day("2027-02-21"))).as("Sunday: not yet a working day late").isEmpty();
        assertThat(rules.workingDaysLate(due, day("2027-02-21"))).isZero();
        assertThat(rules.noticeOn(DueDates.Step.ANSWER, due, day("2027-02-22"))).contains(ReminderKind.ANSWER_ESCALATION);
        assertThat(rules.workingDaysLate(due, day("2027-02-22"))).isEqualTo(1);
    }

    @Test
    void theAnswerIsDueTenWorkingDaysAfterAcceptanceUnlessTheRequesterNeedsItLater() {
        assertThat(rules.answerBy(day("2027-02-01"), day("2027-02-10"))).isEqualTo(day("2027-02-15"));
        assertThat(rules.answerBy(day("2027-02-01"), day("2027-03-10"))).isEqualTo(day("2027-03-10"));
    }

    @Test
    void aRequestReceivedOnFridayIsDueTheNextFridayAndRemindedOnThursday() {
        assertThat(rules.acceptBy(day("2027-02-05"))).isEqualTo(day("2027-02-12"));
        assertThat(rules.reminderDay(day("2027-02-12"))).isEqualTo(day("2027-02-11"));
        assertThat(rules.noticeOn(DueDates.Step.ACCEPT, day("2027-02-12"), day("2027-02-10"))).isEmpty();
        assertThat(rules.noticeOn(DueDates.Step.ACCEPT, day("2027-02-12"), day("2027-02-13"))).as("Saturday after a Friday due date").isEmpty();
        assertThat(rules.noticeOn(DueDates.Step.ACCEPT, day("2027-02-12"), day("2027-02-15"))).contains(ReminderKind.ACCEPT_ESCALATION);
    }
}
