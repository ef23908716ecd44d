package org.partnershipportal.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time policy (PortalClock): moments are stored as UTC and people read them in London time, with
 * London's date, on both sides of each clock change; machine formats carry the offset.
 */
class TimePolicyTest {

    @Test
    void aMomentAfterTheSpringChangeReadsAnHourAheadOfUtc() {
        // 00:30 UTC on the Monday after the clocks went forward (Sunday 28 March 2027) is 01:30 BST.
        LocalDateTime recorded = LocalDateTime.parse("2027-03-29T00:30:05");
        assertThat(Wording.moment(recorded)).isEqualTo("29 Mar 2027, 01:30");
        assertThat(Wording.momentTimestamp(recorded)).isEqualTo("29 Mar 2027, 01:30:05");
        // 23:30 UTC that evening is already Tuesday in London.
        assertThat(Wording.momentDate(LocalDateTime.parse("2027-03-29T23:30"))).isEqualTo("30 Mar 2027");
        assertThat(PortalClock.localDate(LocalDateTime.parse("2027-03-29T23:30"))).hasToString("2027-03-30");
    }

    @Test
    void aMomentAfterTheAutumnChangeReadsAsUtc() {
        // Sunday 31 October 2027: BST until 01:00 UTC, GMT after; the Monday after is GMT.
        assertThat(Wording.moment(LocalDateTime.parse("2027-10-31T00:30"))).isEqualTo("31 Oct 2027, 01:30");
        assertThat(Wording.moment(LocalDateTime.parse("2027-10-31T01:30"))).isEqualTo("31 Oct 2027, 01:30");
        assertThat(Wording.moment(LocalDateTime.parse("2027-11-01T00:30"))).isEqualTo("1 Nov 2027, 00:30");
        assertThat(Wording.momentDate(LocalDateTime.parse("2027-11-01T23:30"))).isEqualTo("1 Nov 2027");
    }

    @Test
    void machineFormatsWriteMomentsWithTheirOffset() {
        assertThat(Wording.isoMoment(LocalDateTime.parse("2027-03-29T00:30:05.123"))).isEqualTo("2027-03-29T00:30:05Z");
        assertThat(Wording.isoMoment(null)).isEmpty();
    }

    @Test
    void theClockRecordsUtcAndComparesCivilTimesInLondon() {
        PortalClock clock = new PortalClock();
        clock.adjustable = true;
        clock.adjust(Duration.between(Instant.now(), Instant.parse("2027-03-29T00:30:00Z")));
        LocalDateTime utc = clock.utcNow();
        LocalDateTime london = clock.localNow();
        assertThat(Duration.between(utc, london).minusHours(1).abs()).as("BST is UTC + 1").isLessThan(Duration.ofSeconds(1));
        assertThat(utc.toLocalDate()).hasToString("2027-03-29");
        assertThat(Duration.between(PortalClock.utc(london), utc).abs()).isLessThan(Duration.ofSeconds(1));
        assertThat(PortalClock.utc(LocalDateTime.parse("2027-03-29T10:00"))).isEqualTo(LocalDateTime.parse("2027-03-29T09:00"));
        assertThat(PortalClock.utc(LocalDateTime.parse("2027-11-01T10:00"))).isEqualTo(LocalDateTime.parse("2027-11-01T10:00"));
    }

    /** LocalDateTime.now() reads the JVM's zone, which on a server set to UK time is not UTC half the year. */
    @Test
    void noCodeStoresTheJvmsWallClock() throws IOException {
        Pattern wallClock = Pattern.compile("LocalDateTime\\.now\\(\\s*\\)");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            offenders = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    List<String> lines = Files.readAllLines(f);
                    return java.util.stream.IntStream.range(0, lines.size())
                            .filter(i -> wallClock.matcher(lines.get(i)).find() && !lines.get(i).trim().startsWith("*"))
                            .mapToObj(i -> f + ":" + (i + 1));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(offenders).as("take moments from PortalClock.utcNow() and civil 'now' from PortalClock.localNow()").isEmpty();
    }
}
