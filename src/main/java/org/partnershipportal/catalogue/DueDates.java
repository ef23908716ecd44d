package org.partnershipportal.catalogue;

import org.partnershipportal.platform.WorkingCalendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The service-level rules for one request, in working days (England and Wales): when it must be
 * accepted or declined, when it must be answered, how late it is, and whether today is the day for a
 * reminder or an escalation. Plain Java, so the boundaries (Easter, Christmas, weekends) are unit-tested.
 */
public final class DueDates {

    /** What is due next on a request: accepting (or declining) it, or answering it. */
    public enum Step { ACCEPT, ANSWER }

    private final WorkingCalendar calendar;
    private final int daysToAccept;
    private final int daysToAnswer;

    public DueDates(WorkingCalendar calendar, int daysToAccept, int daysToAnswer) {
        this.calendar = calendar;
        this.daysToAccept = daysToAccept;
        this.daysToAnswer = daysToAnswer;
    }

    /** The clock starts on the day the request reaches the agency (submitted or transferred); that day does not count. */
    public LocalDate acceptBy(LocalDate clockStartedOn) {
        return calendar.plusWorkingDays(clockStartedOn, daysToAccept);
    }

    /** The answer is due {@code daysToAnswer} working days after acceptance, or on the requester's "needed by" if that is later. */
    public LocalDate answerBy(LocalDate acceptedOn, LocalDate neededBy) {
        LocalDate byServiceLevel = calendar.plusWorkingDays(acceptedOn, daysToAnswer);
        return neededBy != null && neededBy.isAfter(byServiceLevel) ? neededBy : byServiceLevel;
    }

    /** Working days late on {@code today} (0 while not late): a Saturday after a Friday due date is not yet a working day late. */
    public int workingDaysLate(LocalDate due, LocalDate today) {
        return Math.max(0, calendar.workingDaysBetween(due, today));
    }

    /** The working day before the due date: the data leads are reminded then. */
    public LocalDate reminderDay(LocalDate due) {
        return calendar.minusWorkingDays(due, 1);
    }

    /** What a daily run sends today for a step due on {@code due}: a reminder from the day before to the due date, an escalation once late. */
    public Optional<ReminderKind> noticeOn(Step step, LocalDate due, LocalDate today) {
        if (workingDaysLate(due, today) > 0) {
            return Optional.of(step == Step.ACCEPT ? ReminderKind.ACCEPT_ESCALATION : ReminderKind.ANSWER_ESCALATION);
        }
        if (!today.isBefore(reminderDay(due)) && !today.isAfter(due)) {
            return Optional.of(step == Step.ACCEPT ? ReminderKind.ACCEPT_REMINDER : ReminderKind.ANSWER_REMINDER);
        }
        return Optional.empty();
    }
}
