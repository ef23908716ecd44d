package org.partnershipportal.platform;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.partnershipportal.testsupport.BesideTheRest;
import org.partnershipportal.testsupport.EmbeddedMariaDb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Many production databases keep a binary log (replication, point-in-time recovery). MariaDB then lets
 * an account without SUPER create the audit table's append-only triggers only when
 * log_bin_trust_function_creators is on, as deploy/README.md tells operators. Both halves are checked
 * here with the schema owner's own grants, as the portal migrates at start-up.
 */
// Issue 14: it uses a MariaDB of its own and nothing of the shared portal's, so it runs beside the one-at-a-time classes.
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(BesideTheRest.ONE_AT_A_TIME)
class BinaryLoggingMigrationIT {

    static final String OWNER_PASSWORD = "binlog-owner-test";

    @Test
    void everyMigrationRunsOnABinaryLoggedServerThatTrustsFunctionCreators() throws Exception {
        try (EmbeddedMariaDb db = start("trusted", "--log-bin=portal-binlog", "--log-bin-trust-function-creators=1")) {
            MariaDbDataSource owner = owner(db);
            var result = migrate(owner);
            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isEqualTo(MigrationsAreNeverEditedTest.current().size());
            try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement();
                 ResultSet binlog = statement.executeQuery("SELECT @@log_bin")) {
                binlog.next();
                assertThat(binlog.getInt(1)).as("binary logging really on").isEqualTo(1);
                try (ResultSet triggers = statement.executeQuery("SELECT COUNT(*) FROM information_schema.triggers "
                        + "WHERE trigger_schema = DATABASE() AND event_object_table = 'audit_event'")) {
                    triggers.next();
                    assertThat(triggers.getInt(1)).as("the audit table's append-only triggers").isEqualTo(2);
                }
            }
        }
    }

    @Test
    void withoutThatSettingTheMigrationStopsWithMariaDbsOwnExplanation() throws Exception {
        try (EmbeddedMariaDb db = start("untrusted", "--log-bin=portal-binlog")) {
            assertThatThrownBy(() -> migrate(owner(db))).isInstanceOf(FlywayException.class)
                    .hasMessageContaining("log_bin_trust_function_creators");
        }
    }

    private static org.flywaydb.core.api.output.MigrateResult migrate(MariaDbDataSource owner) {
        return SchemaMigrator.flyway(owner, java.time.ZoneId.systemDefault()).migrate();
    }

    private static MariaDbDataSource owner(EmbeddedMariaDb db) throws java.sql.SQLException {
        MariaDbDataSource owner = new MariaDbDataSource(db.jdbcUrl());
        owner.setUser(EmbeddedMariaDb.OWNER);
        owner.setPassword(OWNER_PASSWORD);
        return owner;
    }

    private static EmbeddedMariaDb start(String name, String... options) throws Exception {
        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        Path data = project.resolve("target/binlog-mariadb-" + name);
        org.partnershipportal.testsupport.Folders.deleteRecursively(data);
        return EmbeddedMariaDb.start(org.partnershipportal.testsupport.FreePort.onLoopback(), EmbeddedMariaDb.defaultBaseDir(), data, OWNER_PASSWORD, "binlog-app-test", options);
    }
}
