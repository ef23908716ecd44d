package org.partnershipportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The portal's one source of "now", and its time policy. Two kinds of time, never mixed:
 * <ul>
 * <li><b>Moments</b> (recorded, decided, sent, published at) are stored as UTC ({@link #utcNow()} into
 * {@code DATETIME}/{@code DATETIME(3)} columns, never {@code LocalDateTime.now()}, which is the JVM's
 * zone) and shown to people in {@link #ZONE} by {@link Wording}'s {@code moment…} methods, the one place
 * that converts; machine formats write them with their offset ({@link Wording#isoMoment}).</li>
 * <li><b>Civil times people schedule</b> (a meeting starts at 10:00) are wall-clock times in {@link #ZONE},
 * stored as such ({@code meeting.starts_at}) so 10:00 stays 10:00 across a clock change; compare them with
 * {@link #localNow()}, and turn them into instants only for calendars. Days (due dates) are
 * {@link #today()} in the same zone.</li>
 * </ul>
 * Reminders and service levels ask this clock, so a test can move it forward instead of waiting: only
 * where {@code portal.clock.adjustable} is true (the test run), never in production.
 */
@ApplicationScoped
// Pages ask it for today's date (#{portalClock.today()}) where an entity's rule takes the day, e.g. an overdue tag.
@Named("portalClock")
public class PortalClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Inject
    @ConfigProperty(name = "portal.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    private volatile Duration offset = Duration.ZERO;

    public Instant instant() {
        return Clock.systemUTC().instant().plus(offset);
    }

    /** Now as stored: UTC, to the millisecond as DATETIME(3) keeps it. */
    public LocalDateTime utcNow() {
        return LocalDateTime.ofInstant(instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Now as a wall-clock time in the partnership's zone, to compare with civil times such as a meeting's start. */
    public LocalDateTime localNow() {
        return LocalDateTime.ofInstant(instant(), ZONE);
    }

    /** Today in the partnership's zone (after midnight in London it is tomorrow, whatever UTC says). */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), ZONE);
    }

    /** A stored UTC moment as the partnership's local time, for pages, mails and calendars. */
    public static LocalDateTime local(LocalDateTime utc) {
        return utc == null ? null : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZONE).toLocalDateTime();
    }

    /**
     * A wall-clock time in the partnership's zone as the UTC moment it names (for calendars and for a moment
     * computed from a civil time). A time the spring change skips (01:30 on the last Sunday of March) is
     * read as if the clocks had not yet gone forward; one the autumn change repeats, as its first (BST) pass.
     */
    public static LocalDateTime utc(LocalDateTime local) {
        return local == null ? null : LocalDateTime.ofInstant(local.atZone(ZONE).toInstant(), ZoneOffset.UTC);
    }

    /** The day in the partnership's zone on which a stored UTC moment fell (23:30 UTC on a summer evening is already the next day in London). */
    public static LocalDate localDate(LocalDateTime utc) {
        return utc == null ? null : local(utc).toLocalDate();
    }

    /** A stored UTC moment as an instant. */
    public static Instant instantOf(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    /** Moves the clock by {@code offsetFromRealTime} (tests only; refused unless the deployment allows it). */
    public void adjust(Duration offsetFromRealTime) {
        if (!adjustable) {
            throw new IllegalStateException("This portal's clock cannot be moved (portal.clock.adjustable is false)");
        }
        this.offset = offsetFromRealTime;
    }

    public Duration offset() {
        return offset;
    }
}
