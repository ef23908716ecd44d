package org.partnershipportal.meetings;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.partnershipportal.testsupport.BesideTheRest;
import org.partnershipportal.platform.SchemaMigrator;
import org.partnershipportal.testsupport.EmbeddedMariaDb;
import org.partnershipportal.testsupport.FreePort;
import org.partnershipportal.testsupport.SyntheticRegister;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boards' action tally (V21; its trigger for updated actions since V22) against the actions themselves, on a real
 * MariaDB: filled from the actions already there when the migration runs, then kept exact by its triggers through every
 * kind of write the portal, an import or an administrator makes (new actions, a status, a due date or a board changed,
 * a description changed, actions deleted, a write rolled back), and by two people's opposite changes at once. The
 * workspace's open and overdue figures and the action log's "of N" are read from it, so a tally one action out is a
 * wrong figure on a page.
 */
// Issue 14: it uses a MariaDB of its own and nothing of the shared portal's, so it runs beside the one-at-a-time classes.
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(BesideTheRest.ONE_AT_A_TIME)
class ActionTallyIT {

    static final String OWNER_PASSWORD = "tally-owner-test";

    @Test
    void theTallyCountsExactlyTheActionsThereAreThroughEveryKindOfWrite() throws Exception {
        try (EmbeddedMariaDb db = emptyMariaDbIn("tally-mariadb")) {
            MariaDbDataSource owner = schemaOwnerOf(db);
            Flyway flyway = SchemaMigrator.flyway(owner, java.time.ZoneId.of("UTC"));
            Flyway.configure().configuration(flyway.getConfiguration()).target("20").load().migrate();
            anAgencyAndAnOwner(owner);
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

    /**
     * Two people at once, each changing an action of the same board due the same day in the opposite direction (one
     * closes an action, the other reopens another), move the tally between the same two rows from opposite ends. If
     * each took its two rows in its own order (old row, then new), they could wait for each other and MariaDB would
     * refuse one change as a deadlock (error 1213): a person's save failing for no reason of theirs. The tally takes
     * the rows of one change in one order (V22), so such changes wait their turn and both are saved.
     */
    @Test
    void changesMovingActionsBetweenTheSameTallyRowsInOppositeDirectionsAreAllSaved() throws Exception {
        try (EmbeddedMariaDb db = emptyMariaDbIn("tally-race-mariadb")) {
            MariaDbDataSource owner = schemaOwnerOf(db);
            SchemaMigrator.flyway(owner, java.time.ZoneId.of("UTC")).migrate();
            anAgencyAndAnOwner(owner);
            SyntheticRegister.seed(owner, 1, 1, 5, 2);
            long closing, reopening;
            try (Connection connection = owner.getConnection(); Statement sql = connection.createStatement()) {
                sql.executeUpdate("UPDATE action SET due_on = '2026-12-01', status = 'OPEN'");
                try (ResultSet ids = sql.executeQuery("SELECT MIN(id), MAX(id) FROM action")) {
                    ids.next();
                    closing = ids.getLong(1);
                    reopening = ids.getLong(2);
                }
                assertThat(reopening).as("two actions").isGreaterThan(closing);
                sql.executeUpdate("UPDATE action SET status = 'DONE' WHERE id = " + reopening);
            }

            int rounds = 1_500;
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService people = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var first = people.submit(() -> flip(owner, closing, "DONE", "OPEN", rounds, together));
                var second = people.submit(() -> flip(owner, reopening, "OPEN", "DONE", rounds, together));
                java.util.List<String> refused = new java.util.ArrayList<>(first.get());
                refused.addAll(second.get());
                assertThat(refused).as("changes MariaDB refused out of " + 2 * rounds + " made two at a time").isEmpty();
            } finally {
                people.shutdownNow();
            }
            try (Connection connection = owner.getConnection(); Statement sql = connection.createStatement()) {
                assertTallyMatches(sql, rounds + " rounds of two opposite changes at once");
            }
        }
    }

    /**
     * Sets one action's status to one value in even rounds and the other in odd ones, each change meeting the other
     * person's at a barrier so both are made at the same moment; returns the changes MariaDB refused. The status set
     * depends on the round alone, so after a refused change the two people still move in opposite directions.
     */
    private static java.util.List<String> flip(MariaDbDataSource pool, long action, String evenRounds, String oddRounds,
                                               int rounds, java.util.concurrent.CyclicBarrier together) throws Exception {
        java.util.List<String> refused = new java.util.ArrayList<>();
        try (Connection connection = pool.getConnection();
             java.sql.PreparedStatement change = connection.prepareStatement(
                     "UPDATE action SET status = ? WHERE id = ?")) {
            change.setLong(2, action);
            for (int round = 0; round < rounds; round++) {
                change.setString(1, round % 2 == 0 ? evenRounds : oddRounds);
                together.await(30, java.util.concurrent.TimeUnit.SECONDS);
                try {
                    change.executeUpdate();
                } catch (SQLException e) {
                    refused.add("round " + round + ", action " + action + ": " + e.getErrorCode() + " " + e.getMessage());
                }
            }
        }
        return refused;
    }

    /** A MariaDB of this test's own, started on an empty data folder under target/. */
    private static EmbeddedMariaDb emptyMariaDbIn(String folder) throws Exception {
        Path data = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath().resolve("target").resolve(folder);
        org.partnershipportal.testsupport.Folders.deleteRecursively(data);
        return EmbeddedMariaDb.start(FreePort.onLoopback(), EmbeddedMariaDb.defaultBaseDir(), data, OWNER_PASSWORD, "tally-app-test");
    }

    private static MariaDbDataSource schemaOwnerOf(EmbeddedMariaDb db) throws SQLException {
        MariaDbDataSource owner = new MariaDbDataSource(db.jdbcUrl());
        owner.setUser(EmbeddedMariaDb.OWNER);
        owner.setPassword(OWNER_PASSWORD);
        return owner;
    }

    /** What {@link SyntheticRegister} needs before it seeds: an agency, and a person to own actions. */
    private static void anAgencyAndAnOwner(MariaDbDataSource owner) throws SQLException {
        try (Connection connection = owner.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO agency (name, short_name, kind) VALUES ('Tally Council', 'TC', 'COUNCIL')");
            sql.executeUpdate("INSERT INTO user_account (username, full_name, email, agency_id, password_hash, created_at) "
                    + "SELECT 'tally.owner', 'Tally Owner', 'tally.owner@example.org', id, 'x', UTC_TIMESTAMP(3) FROM agency");
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
