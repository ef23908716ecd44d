package org.partnershipportal.platform;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** V20's periods read a wall-clock reading exactly as java.time does, in London and in zones with other rules. */
class LegacyZoneTest {

    @Test
    void londonPeriodsChangeAtTwoOClockLocalOnTheLastSundaysOfMarchAndOctober() {
        List<LegacyZone.Period> periods = LegacyZone.periods(ZoneId.of("Europe/London"));
        assertThat(periods).contains(
                new LegacyZone.Period(LocalDateTime.parse("2025-10-26T02:00"), LocalDateTime.parse("2026-03-29T02:00"), 0),
                new LegacyZone.Period(LocalDateTime.parse("2026-03-29T02:00"), LocalDateTime.parse("2026-10-25T02:00"), 3600),
                new LegacyZone.Period(LocalDateTime.parse("2026-10-25T02:00"), LocalDateTime.parse("2027-03-28T02:00"), 0));
        assertThat(LegacyZone.sqlValues(periods)).contains("('2026-03-29 02:00:00','2026-10-25 02:00:00',3600)");
    }

    @Test
    void everyQuarterHourOfTwoYearsConvertsAsJavaTimeDoesIncludingTheSkippedAndRepeatedHours() {
        for (String id : List.of("Europe/London", "UTC", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Europe/Dublin")) {
            ZoneId zone = ZoneId.of(id);
            List<LegacyZone.Period> periods = LegacyZone.periods(zone);
            for (LocalDateTime local = LocalDateTime.parse("2026-01-01T00:00"); local.getYear() < 2028; local = local.plusMinutes(15)) {
                LocalDateTime expected = LocalDateTime.ofInstant(local.atZone(zone).toInstant(), ZoneOffset.UTC);
                assertThat(LegacyZone.toUtc(periods, local)).as("%s in %s", local, id).isEqualTo(expected);
            }
        }
    }

    @Test
    void aUtcJvmHasOnePeriodWithNoOffsetSoV20ChangesNothing() {
        assertThat(LegacyZone.periods(ZoneId.of("Etc/UTC"))).containsExactly(
                new LegacyZone.Period(LegacyZone.EARLIEST, LegacyZone.LATEST, 0));
    }

    @Test
    void periodsCoverEveryTimeADatabaseCanHoldWithoutOverlap() {
        List<LegacyZone.Period> periods = LegacyZone.periods(ZoneId.of("Europe/London"));
        assertThat(periods.get(0).localFrom()).isEqualTo(LegacyZone.EARLIEST);
        assertThat(periods.get(periods.size() - 1).localUntil()).isEqualTo(LegacyZone.LATEST);
        for (int i = 1; i < periods.size(); i++) {
            assertThat(periods.get(i).localFrom()).isEqualTo(periods.get(i - 1).localUntil());
        }
    }
}
