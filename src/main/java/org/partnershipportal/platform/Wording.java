package org.partnershipportal.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * How the portal writes counts and dates for people to read, in one place, so pages, e-mails and
 * PDFs agree: "1 member", "3 members"; "1 Mar 2027". Date inputs and machine formats (CSV, DCAT,
 * iCalendar) keep ISO dates. Pages use it through {@link WordingFunctions} as #{wording…}.
 *
 * <p>Two kinds of date and time reach it (see {@link PortalClock}): civil times already in the
 * partnership's zone (a meeting's start, a due date), written as they are by {@link #date}, {@link #dateTime},
 * {@link #time}…; and stored moments, UTC in the database, which only the {@code moment…} methods write,
 * converting them to Europe/London with its clock changes (00:30 UTC on the Monday after the clocks go
 * forward reads "1:30"; on the Monday after they go back, "0:30").
 */
public final class Wording {

    /**
     * The one date format people read: day, short month, year ("1 Mar 2027"). Every month is its first three
     * letters, as GOV.UK's style has it: Java's British month names write "Sept", which read oddly beside "Nov".
     */
    public static final DateTimeFormatter DATE = new java.time.format.DateTimeFormatterBuilder()
            .appendValue(java.time.temporal.ChronoField.DAY_OF_MONTH)
            .appendLiteral(' ')
            .appendText(java.time.temporal.ChronoField.MONTH_OF_YEAR, threeLetterMonths())
            .appendLiteral(' ')
            .appendValue(java.time.temporal.ChronoField.YEAR_OF_ERA, 4, 10, java.time.format.SignStyle.EXCEEDS_PAD)
            .toFormatter(Locale.UK);
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE", Locale.UK);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);

    private static final Map<String, String> IRREGULAR = Map.of("person", "people", "child", "children",
            "was", "were", "is", "are", "has", "have", "this", "these");

    private Wording() {
    }

    private static Map<Long, String> threeLetterMonths() {
        Map<Long, String> months = new java.util.HashMap<>();
        for (java.time.Month month : java.time.Month.values()) {
            months.put((long) month.getValue(), month.getDisplayName(java.time.format.TextStyle.FULL, Locale.UK).substring(0, 3));
        }
        return months;
    }

    /** "1 member", "2 members", "0 members"; for a phrase ("agenda item") the last word changes. */
    public static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : plural(noun));
    }

    /** The singular or the plural form given, by the count: plural(n, "is", "are"). */
    public static String choose(long n, String one, String many) {
        return n == 1 ? one : many;
    }

    /** The plural of an English noun (or of a phrase's last word): item → items, agency → agencies, match → matches, person → people. */
    public static String plural(String noun) {
        int space = noun.lastIndexOf(' ');
        String head = noun.substring(0, space + 1);
        String word = noun.substring(space + 1);
        String lower = word.toLowerCase(Locale.UK);
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) {
            return head + (Character.isUpperCase(word.charAt(0)) ? Character.toUpperCase(irregular.charAt(0)) + irregular.substring(1) : irregular);
        }
        if (lower.length() > 1 && lower.endsWith("y") && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return head + word.substring(0, word.length() - 1) + "ies";
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch") || lower.endsWith("sh")) {
            return head + word + "es";
        }
        return head + word + "s";
    }

    /** "1 Mar 2027" for a date, or for the day of a date and time; empty for none. */
    public static String date(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        if (value instanceof LocalDateTime t) {
            return DATE.format(t);
        }
        if (value instanceof OffsetDateTime t) {
            return DATE.format(t);
        }
        if (value instanceof ZonedDateTime t) {
            return DATE.format(t);
        }
        throw new IllegalArgumentException("Not a date: " + value.getClass().getName());
    }

    /** "1 Mar 2027, 14:05". */
    public static String dateTime(LocalDateTime value) {
        return value == null ? "" : DATE.format(value) + ", " + TIME.format(value);
    }

    /** "Tue 1 Mar 2027", where the day of the week helps (meetings, reminders). */
    public static String dayDate(Object value) {
        return value == null ? "" : DAY.format((java.time.temporal.TemporalAccessor) value) + " " + date(value);
    }

    /** "Tue 1 Mar 2027, 14:00". */
    public static String dayDateTime(LocalDateTime value) {
        return value == null ? "" : dayDate(value) + ", " + TIME.format(value);
    }

    /** "14:00". */
    public static String time(LocalDateTime value) {
        return value == null ? "" : TIME.format(value);
    }

    /** A stored UTC moment as people read it, in the partnership's zone: "29 Mar 2027, 01:30". */
    public static String moment(LocalDateTime utc) {
        return dateTime(PortalClock.local(utc));
    }

    /** The day (in the partnership's zone) of a stored UTC moment: "29 Mar 2027". */
    public static String momentDate(LocalDateTime utc) {
        return date(PortalClock.local(utc));
    }

    /** A stored UTC moment to the second, in the partnership's zone (the audit log): "29 Mar 2027, 01:30:05". */
    public static String momentTimestamp(LocalDateTime utc) {
        return timestamp(PortalClock.local(utc));
    }

    /** A stored UTC moment for machines (CSV, JSON): ISO 8601 with its offset, to the second, "2027-03-29T00:30:05Z". */
    public static String isoMoment(LocalDateTime utc) {
        return utc == null ? "" : DateTimeFormatter.ISO_INSTANT.format(PortalClock.instantOf(utc).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** "1 Mar 2027, 14:05:09", for records where the second matters (the audit log). */
    public static String timestamp(LocalDateTime value) {
        return value == null ? "" : DATE.format(value) + ", " + SECONDS.format(value);
    }
}
