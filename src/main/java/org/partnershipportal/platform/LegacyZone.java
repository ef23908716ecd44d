package org.partnershipportal.platform;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The zone the portal's JVM ran in before V20, when some tables took their moments from
 * {@code LocalDateTime.now()}: V20 turns those wall-clock readings into UTC. MariaDB's own
 * {@code CONVERT_TZ} needs time-zone tables most servers never load, so the zone's rules come from
 * Java instead, as a table of local-time periods and their offsets that the migration joins against.
 *
 * <p>A period's boundary is the later of the two local readings of a transition: a reading the spring
 * change skips (01:30 on the last Sunday of March in London) counts as before it, and one the autumn
 * change repeats counts as its first (summer) pass, exactly as {@code LocalDateTime.atZone} reads them.
 */
public final class LegacyZone {

    /** Flyway placeholder V20 reads its periods from. */
    public static final String PERIODS_PLACEHOLDER = "legacy_zone_periods";
    public static final String ZONE_PLACEHOLDER = "legacy_zone";

    private static final DateTimeFormatter SQL_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final LocalDateTime EARLIEST = LocalDateTime.of(1000, 1, 1, 0, 0);
    static final LocalDateTime LATEST = LocalDateTime.of(9999, 12, 31, 0, 0);
    /** Transitions are listed from here to {@link #UNTIL}; the periods before and after run to DATETIME's limits. */
    static final Instant FROM = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant UNTIL = Instant.parse("2100-01-01T00:00:00Z");

    /** Local times from {@code localFrom} (inclusive) to {@code localUntil} (exclusive) were {@code offsetSeconds} ahead of UTC. */
    public record Period(LocalDateTime localFrom, LocalDateTime localUntil, int offsetSeconds) {

        public LocalDateTime toUtc(LocalDateTime local) {
            return local.minusSeconds(offsetSeconds);
        }
    }

    private LegacyZone() {
    }

    public static List<Period> periods(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        List<Period> periods = new ArrayList<>();
        LocalDateTime from = EARLIEST;
        int offset = rules.getOffset(FROM).getTotalSeconds();
        ZoneOffsetTransition transition = rules.nextTransition(FROM);
        while (transition != null && transition.getInstant().isBefore(UNTIL)) {
            LocalDateTime boundary = transition.isGap() ? transition.getDateTimeAfter() : transition.getDateTimeBefore();
            periods.add(new Period(from, boundary, offset));
            from = boundary;
            offset = transition.getOffsetAfter().getTotalSeconds();
            transition = rules.nextTransition(transition.getInstant());
        }
        periods.add(new Period(from, LATEST, offset));
        return periods;
    }

    /** A wall-clock reading in {@code zone} as UTC, by the periods (what the migration does in SQL). */
    public static LocalDateTime toUtc(List<Period> periods, LocalDateTime local) {
        for (Period p : periods) {
            if (!local.isBefore(p.localFrom()) && local.isBefore(p.localUntil())) {
                return p.toUtc(local);
            }
        }
        throw new IllegalArgumentException("Outside every period: " + local);
    }

    /** The periods as rows of an SQL VALUES list: ('2026-03-29 02:00:00','2026-10-25 02:00:00',3600),… */
    static String sqlValues(List<Period> periods) {
        return periods.stream()
                .map(p -> "('" + sql(p.localFrom()) + "','" + sql(p.localUntil()) + "'," + p.offsetSeconds() + ")")
                .collect(Collectors.joining(","));
    }

    /** Flyway placeholders for V20. */
    public static Map<String, String> placeholders(ZoneId zone) {
        return Map.of(PERIODS_PLACEHOLDER, sqlValues(periods(zone)), ZONE_PLACEHOLDER, zone.getId().replaceAll("[^A-Za-z0-9_/+:-]", ""));
    }

    private static String sql(LocalDateTime t) {
        return SQL_DATETIME.format(t);
    }
}
