package org.partnershipportal.meetings;

import org.partnershipportal.platform.WorkingCalendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The day a meeting's papers are due: a number of working days (set per board) before the meeting,
 * England and Wales bank holidays not counting. A paper uploaded after that day is late; leads whose
 * paper is missing are reminded on the working days just before it.
 */
public record PapersDeadline(LocalDate meetingDay, LocalDate due) {

    /** Reminders start this many working days before the deadline: long enough to write a short paper. */
    public static final int REMINDER_WORKING_DAYS = 3;

    /** Empty when the bank holidays of the meeting's year are not known yet (then nothing is called late). */
    public static Optional<PapersDeadline> of(LocalDate meetingDay, int workingDaysBefore, WorkingCalendar calendar) {
        if (!calendar.knowsYear(meetingDay.getYear()) || !calendar.knowsYear(meetingDay.minusMonths(2).getYear())) {
            return Optional.empty();
        }
        return Optional.of(new PapersDeadline(meetingDay, calendar.minusWorkingDays(meetingDay, workingDaysBefore)));
    }

    /** Uploaded after the deadline day (uploads on the day itself are on time). */
    public boolean isLate(LocalDate uploadedOn) {
        return uploadedOn.isAfter(due);
    }

    /** Whether a lead whose paper is missing is reminded today: on working days from a few before the deadline to the meeting. */
    public boolean remindsOn(LocalDate today, WorkingCalendar calendar) {
        if (!calendar.knowsYear(today.getYear()) || !calendar.isWorkingDay(today) || !today.isBefore(meetingDay)) {
            return false;
        }
        return calendar.workingDaysBetween(today, due) <= REMINDER_WORKING_DAYS;
    }
}
