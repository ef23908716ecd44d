package org.partnershipportal.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
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

    @Test
    void theClocksDayIsLondonsDay() {
        PortalClock clock = new PortalClock();
        clock.adjustable = true;
        // 23:30 UTC on a summer evening is 00:30 BST: already the next day in London.
        clock.adjust(Duration.between(Instant.now(), Instant.parse("2027-06-14T23:30:00Z")));
        assertThat(clock.today()).hasToString("2027-06-15");
        // In winter London keeps UTC's date.
        clock.adjust(Duration.between(Instant.now(), Instant.parse("2027-12-14T23:30:00Z")));
        assertThat(clock.today()).hasToString("2027-12-14");
    }

    /** LocalDateTime.now() reads the JVM's zone, which on a server set to UK time is not UTC half the year. */
    @Test
    void noCodeStoresTheJvmsWallClock() throws IOException {
        assertThat(callsOutsideThePortalClock("LocalDateTime\\.now\\(\\s*\\)"))
                .as("take moments from PortalClock.utcNow() and civil 'now' from PortalClock.localNow()").isEmpty();
    }

    /**
     * On a UTC JVM the JVM's date is yesterday in London between 23:00 and midnight UTC all summer, and
     * none of these follow the clock a test moves, so an action due "yesterday" in London would not yet
     * be overdue.
     */
    @Test
    void noCodeTakesTheDayOrTimeOfDayFromTheJvm() throws IOException {
        assertThat(callsOutsideThePortalClock("\\b(LocalDate|LocalTime|ZonedDateTime|OffsetDateTime)\\.now\\("))
                .as("take days from PortalClock.today() and civil times from PortalClock.localNow()").isEmpty();
    }

    /** An instant or a system Clock read beside PortalClock would ignore a moved clock; nothing needs one (durations use System.nanoTime()). */
    @Test
    void noCodeReadsTheMachineClockButThePortalClock() throws IOException {
        assertThat(callsOutsideThePortalClock("\\bInstant\\.now\\(|\\bClock\\.system(DefaultZone|UTC)\\("))
                .as("take instants from PortalClock.instant()").isEmpty();
    }

    /** Lines of src/main/java, outside PortalClock and comments, that match {@code call}, as file:line. */
    private static List<String> callsOutsideThePortalClock(String call) throws IOException {
        Pattern pattern = Pattern.compile(call);
        Path portalClock = Path.of("src/main/java/org/partnershipportal/platform/PortalClock.java");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java") && !f.equals(portalClock)).flatMap(f -> {
                try {
                    List<String> lines = Files.readAllLines(f);
                    return IntStream.range(0, lines.size())
                            .filter(i -> pattern.matcher(lines.get(i)).find() && !isComment(lines.get(i)))
                            .mapToObj(i -> f + ":" + (i + 1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static boolean isComment(String line) {
        String code = line.trim();
        return code.startsWith("*") || code.startsWith("/*") || code.startsWith("//");
    }
}
