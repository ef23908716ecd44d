package org.partnershipportal.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.nio.file.Path;

/**
 * Starts one real MariaDB for the whole integration-test run (Failsafe passes it.db.port and the
 * matching DB_* variables that every Payara Micro started by Arquillian inherits) and stops it at the
 * end. Unit tests (Surefire) have no it.db.port and start nothing; neither does an integration-test run
 * with an empty one ({@code -Dit.db.port=}), for tests that need no database.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String OWNER_PASSWORD = "portal-owner-test";
    public static final String APP_PASSWORD = "portal-app-test";

    private EmbeddedMariaDb db;

    /** The test MariaDB as its schema owner, for tests that read the audit log or prepare rows directly. */
    public static java.sql.Connection connectAsOwner() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("it.db.port") + "/portal",
                EmbeddedMariaDb.OWNER, OWNER_PASSWORD);
    }

    /** The newest audit row's id, to read only what a test's own steps wrote after it. */
    public static long lastAuditId() throws java.sql.SQLException {
        try (java.sql.Connection db = connectAsOwner(); java.sql.Statement query = db.createStatement();
             java.sql.ResultSet row = query.executeQuery("SELECT COALESCE(MAX(id), 0) FROM audit_event")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Runs one insert, update or delete as the schema's owner, with its parameters in order; returns the rows changed. */
    public static int update(String sql, Object... parameters) throws java.sql.SQLException {
        try (java.sql.Connection db = connectAsOwner(); java.sql.PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /**
     * The details audited for one actor, action and target, oldest first: read from the table, since the log's page may be
     * filled by other test classes signed in as the same person.
     */
    public static java.util.List<String> auditedDetails(String actor, String action, String targetType, Object targetId) throws java.sql.SQLException {
        java.util.List<String> details = new java.util.ArrayList<>();
        try (java.sql.Connection db = connectAsOwner(); java.sql.PreparedStatement query = db.prepareStatement(
                "SELECT detail FROM audit_event WHERE actor = ? AND action = ? AND target_type = ? AND target_id = ? ORDER BY id")) {
            query.setString(1, actor);
            query.setString(2, action);
            query.setString(3, targetType);
            query.setString(4, targetId.toString());
            try (java.sql.ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    details.add(rows.getString(1));
                }
            }
        }
        return details;
    }

    /** The actions audited for one actor after a given row, oldest first (e.g. [SIGN_OUT]). */
    public static java.util.List<String> auditedActions(String actor, long afterId) throws java.sql.SQLException {
        java.util.List<String> actions = new java.util.ArrayList<>();
        try (java.sql.Connection db = connectAsOwner(); java.sql.PreparedStatement query = db.prepareStatement(
                "SELECT action FROM audit_event WHERE actor = ? AND id > ? ORDER BY id")) {
            query.setString(1, actor);
            query.setLong(2, afterId);
            try (java.sql.ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
        }
        return actions;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("it.db.port");
        if (port == null || port.isBlank() || !Boolean.getBoolean("portal.integrationTests")) {
            return;
        }
        try {
            Path dataDir = Path.of(System.getProperty("it.db.dir", "target/it-mariadb"));
            Folders.deleteRecursively(dataDir);
            db = EmbeddedMariaDb.start(Integer.parseInt(port), EmbeddedMariaDb.defaultBaseDir(), dataDir,
                    OWNER_PASSWORD, APP_PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test MariaDB", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (db != null) {
            try {
                db.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not stop the test MariaDB", e);
            }
        }
    }
}
