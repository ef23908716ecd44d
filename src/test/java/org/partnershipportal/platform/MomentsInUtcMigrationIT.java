package org.partnershipportal.platform;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.partnershipportal.testsupport.BesideTheRest;
import org.partnershipportal.testsupport.EmbeddedMariaDb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V20 on a real MariaDB: a database written by a portal whose JVM ran in Europe/London (a server set to
 * UK time) is migrated, and every moment comes out as UTC, around both clock changes of 2026, while a
 * meeting's start, a civil London time, keeps its 10:00. Then the same readings from a UTC JVM stay as they are.
 */
// Issue 14: it uses a MariaDB of its own and nothing of the shared portal's, so it runs beside the one-at-a-time classes.
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(BesideTheRest.ONE_AT_A_TIME)
class MomentsInUtcMigrationIT {

    static final String OWNER_PASSWORD = "v20-owner-test";
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Wall-clock readings LocalDateTime.now() took in London, and the UTC moment each was. */
    static final Map<String, String> LONDON_READING_TO_UTC = new LinkedHashMap<>();

    static {
        LONDON_READING_TO_UTC.put("2026-03-28 23:30:00", "2026-03-28 23:30:00"); // Saturday night, GMT
        LONDON_READING_TO_UTC.put("2026-03-29 00:59:59", "2026-03-29 00:59:59"); // just before the clocks go forward
        LONDON_READING_TO_UTC.put("2026-03-29 02:00:00", "2026-03-29 01:00:00"); // the first BST reading
        LONDON_READING_TO_UTC.put("2026-03-30 01:30:00", "2026-03-30 00:30:00"); // Monday after the change, 00:30 UTC
        LONDON_READING_TO_UTC.put("2026-07-01 10:00:00", "2026-07-01 09:00:00"); // summer
        LONDON_READING_TO_UTC.put("2026-10-25 00:30:00", "2026-10-24 23:30:00"); // BST, the night the clocks go back
        LONDON_READING_TO_UTC.put("2026-10-25 01:30:00", "2026-10-25 00:30:00"); // repeated hour: its first (BST) pass
        LONDON_READING_TO_UTC.put("2026-10-25 02:00:00", "2026-10-25 02:00:00"); // GMT again
        LONDON_READING_TO_UTC.put("2026-10-26 00:30:00", "2026-10-26 00:30:00"); // Monday after the change
        LONDON_READING_TO_UTC.put("2026-12-02 09:15:00", "2026-12-02 09:15:00"); // winter: London is UTC
    }

    static EmbeddedMariaDb db;
    static MariaDbDataSource owner;

    @BeforeAll
    static void startDatabase() throws Exception {
        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        Path data = project.resolve("target/v20-mariadb");
        org.partnershipportal.testsupport.Folders.deleteRecursively(data);
        db = EmbeddedMariaDb.start(Integer.getInteger("it.v20.db.port", 33113), EmbeddedMariaDb.defaultBaseDir(), data,
                OWNER_PASSWORD, "v20-app-test");
        owner = new MariaDbDataSource(db.jdbcUrl());
        owner.setUser(EmbeddedMariaDb.OWNER);
        owner.setPassword(OWNER_PASSWORD);
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void momentsWrittenInLondonTimeBecomeUtcAndAMeetingKeepsItsTenOClock() throws Exception {
        Map<String, String> converted = migrateReadingsTakenIn(LONDON);
        assertThat(converted).as("each London reading as the UTC moment it was").isEqualTo(LONDON_READING_TO_UTC);
        try (Connection c = owner.getConnection(); Statement s = c.createStatement();
             ResultSet meeting = s.executeQuery("SELECT starts_at, ends_at FROM meeting WHERE title = 'After the spring change'")) {
            meeting.next();
            assertThat(meeting.getString(1)).as("a civil time is not a moment: 10:00 London stays 10:00").isEqualTo("2026-03-30 10:00:00");
            assertThat(meeting.getString(2)).isEqualTo("2026-03-30 12:00:00");
        }
        try (Connection c = owner.getConnection(); Statement s = c.createStatement();
             ResultSet left = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                     + "AND table_name = 'v20_legacy_zone_period'")) {
            left.next();
            assertThat(left.getInt(1)).as("the migration's working table is gone").isZero();
        }
    }

    @Test
    void aPortalThatRanInUtcKeepsEveryMoment() throws Exception {
        Map<String, String> unchanged = new LinkedHashMap<>();
        LONDON_READING_TO_UTC.keySet().forEach(reading -> unchanged.put(reading, reading));
        assertThat(migrateReadingsTakenIn(ZoneId.of("UTC"))).isEqualTo(unchanged);
    }

    /** A fresh schema at V19, one action update and one abbreviation per reading, then V20 as a JVM in {@code zone} runs it. */
    private static Map<String, String> migrateReadingsTakenIn(ZoneId zone) throws Exception {
        Flyway flyway = SchemaMigrator.flyway(owner, zone);
        Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).load().clean();
        Flyway.configure().configuration(flyway.getConfiguration()).target("19").load().migrate();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO board (id, name, short_name, meeting_frequency) VALUES (1, 'Test board', 'TB', 'MONTHLY')");
            s.executeUpdate("INSERT INTO meeting (id, board_id, title, starts_at, ends_at, status) "
                    + "VALUES (1, 1, 'After the spring change', '2026-03-30 10:00:00', '2026-03-30 12:00:00', 'PLANNED')");
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO abbreviation (abbreviation, expansion, added_by, added_at) VALUES (?, 'reading', 'test', ?)")) {
                int n = 0;
                for (String reading : LONDON_READING_TO_UTC.keySet()) {
                    insert.setString(1, "R" + n++);
                    insert.setObject(2, LocalDateTime.parse(reading.replace(' ', 'T')));
                    insert.executeUpdate();
                }
            }
        }
        assertThat(flyway.migrate().migrationsExecuted).as("V20 and any later migration").isPositive();
        Map<String, String> after = new LinkedHashMap<>();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT added_at FROM abbreviation ORDER BY id")) {
            for (String reading : LONDON_READING_TO_UTC.keySet()) {
                rows.next();
                after.put(reading, rows.getString(1));
            }
        }
        return after;
    }
}
