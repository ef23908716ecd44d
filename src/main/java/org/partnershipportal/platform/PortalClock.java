package org.partnershipportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * The portal's one source of "now", and its time policy: moments are stored as UTC
 * ({@link #utcNow()} into {@code DATETIME(3)} columns); days and times people read (due dates, meeting
 * dates, mails, calendars) are in {@link #ZONE}, the partnership's own zone with its clock changes.
 * Reminders and service levels ask this clock, so a test can move it forward instead of waiting: only
 * where {@code portal.clock.adjustable} is true (the test run), never in production.
 */
@ApplicationScoped
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

    /** Today in the partnership's zone (after midnight in London it is tomorrow, whatever UTC says). */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), ZONE);
    }

    /** A stored UTC moment as the partnership's local time, for pages, mails and calendars. */
    public static LocalDateTime local(LocalDateTime utc) {
        return utc == null ? null : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZONE).toLocalDateTime();
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
