package org.partnershipportal.language;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A calendar quarter (January to March is Q1), the period a board's language is counted over. */
public record Quarter(int year, int number) implements Serializable, Comparable<Quarter> {

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public Quarter minus(int quarters) {
        int index = year * 4 + (number - 1) - quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    public LocalDateTime start() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1).atStartOfDay();
    }

    /** "2026 Q4": how the report's columns and the CSV name a quarter. */
    public String label() {
        return year + " Q" + number;
    }

    /** "2026-Q4": a stable key for page ids and tests. */
    public String key() {
        return year + "-Q" + number;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + number, other.year * 4 + other.number);
    }
}
