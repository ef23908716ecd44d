package org.partnershipportal.meetings;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.partnershipportal.platform.SchemaMigrator;
import org.partnershipportal.testsupport.EmbeddedMariaDb;
import org.partnershipportal.testsupport.FreePort;
import org.partnershipportal.testsupport.SyntheticRegister;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boards' action tally (V21) against the actions themselves, on a real MariaDB: filled from the actions already
 * there when the migration runs, then kept exact by its triggers through every kind of write the portal, an import or
 * an administrator makes (new actions, a status, a due date or a board changed, a description changed, actions
 * deleted, a write rolled back). The workspace's open and overdue figures and the action log's "of N" are read from
 * it, so a tally one action out is a wrong figure on a page.
 */
class ActionTallyIT {

    static final String OWNER_PASSWORD = "tally-owner-test";

    @Test
    void theTallyCountsExactlyTheActionsThereAreThroughEveryKindOfWrite() throws Exception {
        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        Path data = project.resolve("target/tally-mariadb");
        if (Files.exists(data)) {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(FreePort.onLoopback(), EmbeddedMariaDb.defaultBaseDir(), data, OWNER_PASSWORD,
                "tally-app-test")) {
            MariaDbDataSource owner = new MariaDbDataSource(db.jdbcUrl());
            owner.setUser(EmbeddedMariaDb.OWNER);
            owner.setPassword(OWNER_PASSWORD);
            Flyway flyway = SchemaMigrator.flyway(owner, java.time.ZoneId.of("UTC"));
            Flyway.configure().configuration(flyway.getConfiguration()).target("20").load().migrate();
            try (Connection connection = owner.getConnection(); Statement sql = connection.createStatement()) {
                sql.executeUpdate("INSERT INTO agency (name, short_name, kind) VALUES ('Tally Council', 'TC', 'COUNCIL')");
                sql.executeUpdate("INSERT INTO user_account (username, full_name, email, agency_id, password_hash, created_at) "
                        + "SELECT 'tally.owner', 'Tally Owner', 'tally.owner@example.org', id, 'x', UTC_TIMESTAMP(3) FROM agency");
            }
            SyntheticRegister.seed(owner, 3, 2, 300, 4_000);
            assertThat(flyway.migrate().migrationsExecuted).as("V21 and any later migration").isPositive();

            try (Connection connection = owner.getConnection(); Statement sql = connection.createStatement()) {
                assertThat(actionsAt(sql)).as("actions before any write").hasSizeGreaterThan(100);
                assertTallyMatches(sql, "filled from the 4,000 actions already there");

                sql.executeUpdate("INSERT INTO action (board_id, agenda_item_id, meeting_id, description, owner_user_id, owner_name, "
                        + "owner_agency_id, due_on, status, created_at, updated_at) SELECT board_id, agenda_item_id, meeting_id, "
                        + "CONCAT(description, ' (again)'), owner_user_id, owner_name, owner_agency_id, due_on + INTERVAL 400 DAY, 'OPEN', "
                        + "created_at, updated_at FROM action ORDER BY id LIMIT 25");
                assertTallyMatches(sql, "25 new actions, due 400 days after the ones they copy");

                sql.executeUpdate("UPDATE action SET status = CASE status WHEN 'OPEN' THEN 'DONE' WHEN 'DONE' THEN 'IN_PROGRESS' "
                        + "ELSE 'OPEN' END WHERE id % 7 = 0");
                assertTallyMatches(sql, "statuses changed");

                sql.executeUpdate("UPDATE action SET due_on = due_on + INTERVAL 3 DAY WHERE id % 11 = 0");
                assertTallyMatches(sql, "due dates moved");

                Map<String, Long> before = tally(sql);
                sql.executeUpdate("UPDATE action SET description = CONCAT(description, '.'), updated_at = UTC_TIMESTAMP() WHERE id % 5 = 0");
                assertThat(tally(sql)).as("a change to nothing the tally holds leaves it as it was").isEqualTo(before);
                assertTallyMatches(sql, "descriptions changed");

                sql.executeUpdate("UPDATE action SET board_id = (SELECT MAX(id) FROM board), status = 'IN_PROGRESS' "
                        + "WHERE board_id = (SELECT MIN(id) FROM board) AND id % 13 = 0");
                assertTallyMatches(sql, "actions moved to another board with a new status");

                sql.executeUpdate("DELETE FROM action WHERE id % 17 = 0 AND id NOT IN (SELECT action_id FROM action_update)");
                assertTallyMatches(sql, "actions deleted");

                connection.setAutoCommit(false);
                sql.executeUpdate("INSERT INTO action (board_id, agenda_item_id, meeting_id, description, owner_user_id, owner_name, "
                        + "owner_agency_id, due_on, status, created_at, updated_at) SELECT board_id, agenda_item_id, meeting_id, "
                        + "description, owner_user_id, owner_name, owner_agency_id, due_on, status, created_at, updated_at FROM action LIMIT 40");
                sql.executeUpdate("UPDATE action SET status = 'DROPPED' WHERE id % 3 = 0");
                connection.rollback();
                connection.setAutoCommit(true);
                assertTallyMatches(sql, "a transaction of new and changed actions rolled back");
            }
        }
    }

    private static void assertTallyMatches(Statement sql, String after) throws SQLException {
        assertThat(tally(sql)).as("the tally after " + after + " (board/status/due -> actions)").isEqualTo(actionsAt(sql));
    }

    /** The actions counted now, by board, status and due date. */
    private static Map<String, Long> actionsAt(Statement sql) throws SQLException {
        return counts(sql, "SELECT board_id, status, due_on, COUNT(*) FROM action GROUP BY board_id, status, due_on");
    }

    /** The tally's rows, leaving out those that fell to zero (they add nothing to a sum). */
    private static Map<String, Long> tally(Statement sql) throws SQLException {
        return counts(sql, "SELECT board_id, status, due_on, actions FROM action_tally WHERE actions <> 0");
    }

    private static Map<String, Long> counts(Statement sql, String query) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                counts.put(rows.getLong(1) + "/" + rows.getString(2) + "/" + rows.getDate(3), rows.getLong(4));
            }
        }
        return counts;
    }
}
