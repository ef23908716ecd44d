package org.partnershipportal.catalogue;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.partnershipportal.testsupport.BesideTheRest;
import org.partnershipportal.platform.SchemaMigrator;
import org.partnershipportal.testsupport.EmbeddedMariaDb;
import org.partnershipportal.testsupport.Folders;
import org.partnershipportal.testsupport.FreePort;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V23 on a real MariaDB: requests raised to several agencies before it are split into one request per agency while
 * they are open. The agency it was transferred to, else the agency whose data lead moved it, else the first agency keeps it
 * as it stands; each other agency gets its own, submitted, on a clock started at the split, with its datasets and the
 * comments; requests already settled stay as recorded.
 */
// Issue 14: it uses a MariaDB of its own and nothing of the shared portal's, so it runs beside the one-at-a-time classes.
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(BesideTheRest.ONE_AT_A_TIME)
class OneRequestPerAgencyMigrationIT {

    static final String OWNER_PASSWORD = "v23-owner-test";

    static EmbeddedMariaDb db;
    static MariaDbDataSource owner;

    @BeforeAll
    static void migrateADatabaseWithRequestsToSeveralAgencies() throws Exception {
        Path data = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath().resolve("target/v23-mariadb");
        Folders.deleteRecursively(data);
        db = EmbeddedMariaDb.start(FreePort.onLoopback(), EmbeddedMariaDb.defaultBaseDir(), data, OWNER_PASSWORD, "v23-app-test");
        owner = new MariaDbDataSource(db.jdbcUrl());
        owner.setUser(EmbeddedMariaDb.OWNER);
        owner.setPassword(OWNER_PASSWORD);

        Flyway flyway = SchemaMigrator.flyway(owner, ZoneOffset.UTC);
        Flyway.configure().configuration(flyway.getConfiguration()).target("22").load().migrate();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO agency (id, name, short_name, kind) VALUES (1, 'Police', 'POL', 'POLICE'), (2, 'Health', 'HLT', 'HEALTH'),"
                    + " (3, 'Council', 'CNL', 'COUNCIL')");
            s.executeUpdate("INSERT INTO user_account (id, username, full_name, email, agency_id, password_hash, created_at) VALUES"
                    + " (1, 'requester', 'A Requester', 'r@example.org', 3, 'x', '2026-01-01'),"
                    + " (2, 'healthlead', 'A Health Lead', 'h@example.org', 2, 'x', '2026-01-01'),"
                    + " (3, 'policelead', 'A Police Lead', 'p@example.org', 1, 'x', '2026-01-01')");
            s.executeUpdate("INSERT INTO board (id, name, short_name, meeting_frequency) VALUES (1, 'Test board', 'TB', 'MONTHLY')");
            s.executeUpdate("INSERT INTO strategic_ask (id, board_id, question, why_it_matters, subject, priority, status, raised_by, raised_at, updated_at)"
                    + " VALUES (1, 1, 'How many?', 'To know', 'SERVICES', 'HIGH', 'OPEN', 'requester', '2026-01-01', '2026-01-01')");
            s.executeUpdate("INSERT INTO dataset (id, name, description, agency_id, system_name, granularity, update_frequency, classification,"
                    + " updated_at, updated_by) VALUES (1, 'Police data', 'd', 1, 's', 'AGGREGATE', 'MONTHLY', 'ANONYMISED', '2026-01-01', 'x'),"
                    + " (2, 'Health data', 'd', 2, 's', 'AGGREGATE', 'MONTHLY', 'ANONYMISED', '2026-01-01', 'x'),"
                    + " (3, 'Council data', 'd', 3, 's', 'AGGREGATE', 'MONTHLY', 'ANONYMISED', '2026-01-01', 'x')");
            // 1: open, nobody has acted; 2: accepted by health's data lead; 3: declined (settled); 4: to one agency only. Dataset n is agency n's.
            request(s, 1, "'SUBMITTED', NULL", List.of(1L, 2L));
            request(s, 2, "'ACCEPTED', 'healthlead'", List.of(1L, 2L));
            request(s, 3, "'SUBMITTED', NULL", List.of(1L, 2L));
            s.executeUpdate("UPDATE data_request SET status = 'DECLINED', handled_by = 'healthlead', decline_reason = 'NOT_HELD', closed_at = '2026-02-02' WHERE id = 3");
            request(s, 4, "'SUBMITTED', NULL", List.of(2L));
            // 5: raised to the police and health; the police passed their part to the council, so the police lead moved it last.
            request(s, 5, "'SUBMITTED', 'policelead'", List.of(2L, 3L));
            s.executeUpdate("INSERT INTO data_request_transfer (request_id, from_agency_id, to_agency_id, reason, transferred_by, transferred_at)"
                    + " VALUES (5, 1, 3, 'The council holds it', 'policelead', '2026-02-03 10:00:00')");
            s.executeUpdate("INSERT INTO data_request_entry (request_id, author, written_at, from_status, to_status, body, kind) VALUES"
                    + " (1, 'requester', '2026-02-01 10:00:00', NULL, 'SUBMITTED', NULL, 'CHANGE'),"
                    + " (1, 'requester', '2026-02-01 11:00:00', NULL, NULL, 'Ward level if you can', 'COMMENT'),"
                    + " (1, 'system', '2026-02-09 08:00:00', NULL, NULL, 'Reminder', 'REMINDER'),"
                    + " (2, 'requester', '2026-02-01 10:00:00', NULL, 'SUBMITTED', NULL, 'CHANGE'),"
                    + " (2, 'healthlead', '2026-02-02 10:00:00', 'SUBMITTED', 'ACCEPTED', NULL, 'CHANGE')");
        }
        assertThat(flyway.migrate().migrationsExecuted).as("V23 and any later migration").isPositive();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void anOpenRequestNobodyActedOnIsKeptByTheFirstAgencyAndTheOtherGetsItsOwn() throws Exception {
        assertThat(rows("SELECT r.id, r.status, r.raised_with, a.agency_id, (SELECT GROUP_CONCAT(d.dataset_id) FROM data_request_dataset d WHERE d.request_id = r.id)"
                + " FROM data_request r JOIN data_request_agency a ON a.request_id = r.id WHERE r.id = 1 OR r.raised_with = 1 ORDER BY r.id"))
                .containsExactly("1 SUBMITTED null 1 1", "6 SUBMITTED 1 2 2");
        assertThat(rows("SELECT author, to_status, body, kind FROM data_request_entry WHERE request_id = 6 ORDER BY written_at"))
                .as("its submission and the comment, not the original's reminder")
                .containsExactly("requester SUBMITTED null CHANGE", "requester null Ward level if you can COMMENT");
        assertThat(rows("SELECT submitted_at, needed_by, what_needed FROM data_request WHERE id = 6"))
                .isEqualTo(rows("SELECT submitted_at, needed_by, what_needed FROM data_request WHERE id = 1"));
        assertThat(rows("SELECT accept_due_on = UTC_DATE() + INTERVAL 7 DAY, DATE(clock_started_at) = UTC_DATE() FROM data_request WHERE id = 6"))
                .as("its clock starts at the split, so it is not late on its first morning").containsExactly("1 1");
    }

    @Test
    void theAgencyThatAcceptedKeepsItsAcceptanceAndTheOtherStartsAtSubmitted() throws Exception {
        assertThat(rows("SELECT r.id, r.status, r.handled_by, r.raised_with, a.agency_id FROM data_request r JOIN data_request_agency a ON a.request_id = r.id"
                + " WHERE r.id = 2 OR r.raised_with = 2 ORDER BY r.id"))
                .containsExactly("2 ACCEPTED healthlead null 2", "7 SUBMITTED null 2 1");
        assertThat(rows("SELECT dataset_id FROM data_request_dataset WHERE request_id = 7")).as("the police's dataset goes with their part").containsExactly("1");
    }

    @Test
    void aTransferredRequestStaysWithTheAgencyItWasPassedToAndItsTransfer() throws Exception {
        assertThat(rows("SELECT r.id, r.raised_with, a.agency_id FROM data_request r JOIN data_request_agency a ON a.request_id = r.id"
                + " WHERE r.id = 5 OR r.raised_with = 5 ORDER BY r.id"))
                .containsExactly("5 null 3", "8 5 2");
        assertThat(rows("SELECT request_id, to_agency_id FROM data_request_transfer")).containsExactly("5 3");
    }

    @Test
    void aSettledRequestAndOneToASingleAgencyStayAsRecorded() throws Exception {
        assertThat(rows("SELECT r.id, r.status, a.agency_id FROM data_request r JOIN data_request_agency a ON a.request_id = r.id"
                + " WHERE r.id IN (3, 4) ORDER BY r.id, a.agency_id"))
                .containsExactly("3 DECLINED 1", "3 DECLINED 2", "4 SUBMITTED 2");
        assertThat(rows("SELECT COUNT(*) FROM data_request")).containsExactly("8");
        assertThat(rows("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE() AND column_name LIKE 'v23%'"))
                .as("the migration's working column is gone").containsExactly("0");
        assertThat(rows("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name LIKE 'v23%'"))
                .as("and its working table").containsExactly("0");
    }

    private static void request(Statement s, long id, String statusAndHandler, List<Long> agencies) throws Exception {
        s.executeUpdate("INSERT INTO data_request (id, ask_id, board_id, requester_id, what_needed, why_needed, needed_by, status, handled_by, submitted_at,"
                + " clock_started_at, accept_due_on) VALUES (" + id + ", 1, 1, 1, 'Counts " + id + "', 'Why', '2026-03-01', " + statusAndHandler
                + ", '2026-02-01 10:00:00', '2026-02-01 10:00:00', '2026-02-08')");
        for (long agency : agencies) {
            s.executeUpdate("INSERT INTO data_request_agency (request_id, agency_id) VALUES (" + id + ", " + agency + ")");
            s.executeUpdate("INSERT INTO data_request_dataset (request_id, dataset_id) VALUES (" + id + ", " + agency + ")");
        }
    }

    /** Each row's columns joined by spaces. */
    private static List<String> rows(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " " : "").append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
