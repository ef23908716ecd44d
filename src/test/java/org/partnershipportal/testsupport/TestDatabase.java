package org.partnershipportal.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

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

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("it.db.port");
        if (port == null || port.isBlank() || !Boolean.getBoolean("portal.integrationTests")) {
            return;
        }
        try {
            Path dataDir = Path.of(System.getProperty("it.db.dir", "target/it-mariadb"));
            deleteRecursively(dataDir);
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

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
