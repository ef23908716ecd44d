package org.partnershipportal.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Working days in England and Wales: Monday to Friday except bank holidays. Service levels ("5 working
 * days to accept") and papers deadlines ("3 working days before the meeting") count in it. For a year
 * whose bank holidays nobody has entered yet it counts weekends only ({@link #knowsYear} says so, and
 * WorkingDays logs it), so a request raised next December still gets its dates rather than an error.
 */
public final class WorkingCalendar {

    private final NavigableSet<LocalDate> bankHolidays;
    private final int firstYear;
    private final int lastYear;

    /** @param bankHolidays every bank holiday of each year from the first listed to the last */
    public WorkingCalendar(Iterable<LocalDate> bankHolidays) {
        this.bankHolidays = new TreeSet<>();
        bankHolidays.forEach(day -> this.bankHolidays.add(Objects.requireNonNull(day)));
        if (this.bankHolidays.isEmpty()) {
            throw new IllegalArgumentException("A working-day calendar needs the bank holidays of at least one year");
        }
        this.firstYear = this.bankHolidays.first().getYear();
        this.lastYear = this.bankHolidays.last().getYear();
    }

    public boolean knowsYear(int year) {
        return year >= firstYear && year <= lastYear;
    }

    public int lastKnownYear() {
        return lastYear;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !bankHolidays.contains(day);
    }

    /**
     * The day {@code workingDays} working days after {@code start} (not counting {@code start} itself):
     * a request received on Friday with 5 working days to accept is due the next Friday, or later by a
     * bank holiday in between. Zero gives {@code start} if it is a working day, else the next one.
     */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            return minusWorkingDays(start, -workingDays);
        }
        LocalDate day = start;
        if (workingDays == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The day {@code workingDays} working days before {@code end}: papers due 3 working days before a Tuesday meeting are due the Thursday before. */
    public LocalDate minusWorkingDays(LocalDate end, int workingDays) {
        if (workingDays < 0) {
            return plusWorkingDays(end, -workingDays);
        }
        LocalDate day = end;
        int counted = 0;
        while (counted < workingDays) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Working days from {@code from} to {@code to}, counting {@code to} but not {@code from}: how late a
     * request due on {@code from} is on {@code to}. Negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
