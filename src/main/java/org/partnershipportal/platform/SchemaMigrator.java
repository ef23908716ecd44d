package org.partnershipportal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before anything else starts (other start-up beans depend on it).
 *
 * <p>Flyway gets its own plain connection as the schema owner: the application pool is XA and
 * Flyway's DDL fails inside a global transaction. When the runtime account differs from the owner,
 * it is granted exactly what the portal needs: no UPDATE or DELETE on the audit table, so audit rows
 * stay append-only whatever the application does, and only SELECT on the action tally, which only
 * triggers write. (The account is created with SELECT on the schema, so the pool can connect before
 * the first migration: see deploy/create-database.sql.)
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
    static final String APPEND_ONLY_TABLE = "audit_event";
    /** Kept by the database's own triggers on {@code action} (V21), which run with the owner's rights: the portal only reads it. */
    static final String TRIGGER_KEPT_TABLE = "action_tally";

    @Inject
    PortalSettings settings;

    @PostConstruct
    void migrate() {
        StartupTimeline.mark("schema migration starting");
        try {
            MariaDbDataSource owner = new MariaDbDataSource(settings.databaseUrl());
            owner.setUser(settings.migrationUser());
            owner.setPassword(settings.migrationPassword());
            var result = flyway(owner, settings.legacyZone()).migrate();
            LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations run)");
            if (settings.hasSeparateMigrationAccount()) {
                grantRuntimeAccount(owner);
            }
            StartupTimeline.mark("schema migrated");
        } catch (SQLException e) {
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        }
    }

    /**
     * The portal's migrations on a data source. {@code legacyZone} is the zone the JVM ran in while some
     * tables took their moments from {@code LocalDateTime.now()}: V20 converts those to UTC (see {@link LegacyZone}).
     */
    public static Flyway flyway(DataSource dataSource, ZoneId legacyZone) {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(LegacyZone.placeholders(legacyZone))
                .load();
    }

    private void grantRuntimeAccount(MariaDbDataSource owner) throws SQLException {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            String schema = connection.getCatalog();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            String grantee = quoteAccount(settings.runtimeUser(), settings.runtimeUserHost());
            for (String table : tables) {
                String privileges = switch (table) {
                    case APPEND_ONLY_TABLE -> "SELECT, INSERT";
                    case TRIGGER_KEPT_TABLE -> "SELECT";
                    case "flyway_schema_history" -> null;
                    default -> "SELECT, INSERT, UPDATE, DELETE";
                };
                if (privileges != null) {
                    statement.execute("GRANT " + privileges + " ON `" + schema + "`.`" + table + "` TO " + grantee);
                }
            }
            LOG.info(() -> "Runtime account granted on " + tables.size() + " tables; " + APPEND_ONLY_TABLE + " is append-only; "
                    + TRIGGER_KEPT_TABLE + " is read-only");
        }
    }

    /** Account names come from the operator's configuration, never from users; quoting still guards typos. */
    private static String quoteAccount(String user, String host) {
        if (!user.matches("[A-Za-z0-9_.-]{1,80}") || !host.matches("[A-Za-z0-9_.%:-]{1,255}")) {
            throw new IllegalStateException("Unexpected characters in db.user or db.user.host");
        }
        return "'" + user + "'@'" + host + "'";
    }
}
