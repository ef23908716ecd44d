package org.partnershipportal.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * The README's run command: an embedded MariaDB keeping its data in ./data, and Payara Micro with
 * the portal in the demo profile on http://localhost:8080 (loopback only). Ctrl-C stops both.
 */
public final class DemoServer {

    public static void main(String[] args) throws Exception {
        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        Path data = project.resolve("data");
        int dbPort = Integer.getInteger("demo.db.port", 3307);
        int httpPort = Integer.getInteger("demo.http.port", 8080);
        Properties credentials = credentials(data.resolve("demo-database.properties"));

        long started = System.nanoTime();
        // The demo partnership's tables are a few megabytes: a 64 MB buffer pool holds them (the tests' 256 MB is for the
        // benchmarks' 200,000 actions), and MariaDB's caches for MyISAM and Aria tables (128 MB each by default) serve only
        // its own system tables and temporary tables here; a 4 MB log buffer (16 MB by default) holds any one of the demo's
        // transactions. A later option wins over the same option given earlier.
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dbPort, data.resolve("mariadb-server"), data.resolve("mariadb"),
                credentials.getProperty("owner"), credentials.getProperty("app"), "--innodb-buffer-pool-size=64M",
                "--key-buffer-size=8M", "--aria-pagecache-buffer-size=16M", "--innodb-log-buffer-size=4M");
        System.out.printf("MariaDB ready on 127.0.0.1:%d (data in %s)%n", dbPort, data.resolve("mariadb"));

        List<String> command = new java.util.ArrayList<>(List.of(PayaraNode.java().toString()));
        command.addAll(NodeUnit.productionJvmOptions()); // the server's heap and collector, as production's unit
        command.addAll(List.of("-jar", project.resolve("target/payara-micro.jar").toString(),
                "--deploy", project.resolve("target/partnership-portal.war").toString(),
                "--addlibs", project.resolve("target/portal-lib").toString(),
                "--contextroot", "/", "--port", String.valueOf(httpPort), "--nohazelcast",
                "--prebootcommandfile", project.resolve("config/boot-commands.asadmin").toString()));
        ProcessBuilder micro = new ProcessBuilder(command).inheritIO();
        micro.environment().put("DB_URL", db.jdbcUrl());
        micro.environment().put("DB_USER", EmbeddedMariaDb.APP);
        micro.environment().put("DB_PASSWORD", credentials.getProperty("app"));
        micro.environment().put("DB_MIGRATION_USER", EmbeddedMariaDb.OWNER);
        micro.environment().put("DB_MIGRATION_PASSWORD", credentials.getProperty("owner"));
        micro.environment().put("PORTAL_PROFILE", "demo");
        Process server = micro.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.destroy();
            try {
                server.waitFor();
                db.close();
            } catch (Exception e) {
                Thread.currentThread().interrupt();
            }
        }));
        waitUntilReady(httpPort, server);
        System.out.printf("%n  Partnership Portal is ready at http://localhost:%d/  (%.1f s)%n"
                + "  Sign in as avery.admin, casey.chair, blake.boardmember, parker.practitioner, dana.datalead or ellis.editor (README)%n"
                + "  with the demo password kestrel-vale-demo. Press Ctrl-C to stop.%n%n", httpPort, (System.nanoTime() - started) / 1e9);
        LauncherMemory.giveBack();
        reportMemoryAtRest(server);
        server.waitFor();
    }

    /**
     * Once the portal has settled (its background index built, the JVM's periodic native-heap trim run), prints what the
     * demo holds in memory: the server, MariaDB and this launcher, Maven's own JVM (issue 14: the whole demo in 900 MB).
     */
    private static void reportMemoryAtRest(Process server) {
        Thread report = new Thread(() -> {
            try {
                Thread.sleep(AT_REST_AFTER.toMillis());
                if (!server.isAlive()) {
                    return;
                }
                long serverKb = ResidentMemory.kbIfRunning(server.pid());
                long launcherKb = ResidentMemory.kbIfRunning(ProcessHandle.current().pid());
                long databaseKb = ProcessHandle.current().children().filter(p -> p.pid() != server.pid())
                        .mapToLong(p -> ResidentMemory.kbIfRunning(p.pid())).sum();
                System.out.printf("  Memory at rest: server %d MB, MariaDB %d MB, this launcher (Maven) %d MB: %d MB in all%n%n",
                        serverKb / 1024, databaseKb / 1024, launcherKb / 1024, (serverKb + databaseKb + launcherKb) / 1024);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        }, "demo-memory-report");
        report.setDaemon(true);
        report.start();
    }

    /** Long enough for the background index and a native-heap trim (-XX:TrimNativeHeapInterval in the unit) after ready. */
    private static final java.time.Duration AT_REST_AFTER = java.time.Duration.ofSeconds(30);

    private static void waitUntilReady(int port, Process server) throws InterruptedException {
        URI ready = URI.create("http://127.0.0.1:" + port + "/login.xhtml");
        while (server.isAlive()) {
            try {
                HttpURLConnection connection = (HttpURLConnection) ready.toURL().openConnection();
                connection.setConnectTimeout(1000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara Micro stopped before the portal was ready; see its output above");
    }

    /** Random database passwords, made on the first run and kept beside the data they protect. */
    static Properties credentials(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
            return properties;
        }
        Files.createDirectories(file.getParent());
        SecureRandom random = new SecureRandom();
        for (String key : List.of("owner", "app")) {
            byte[] bytes = new byte[18];
            random.nextBytes(bytes);
            properties.setProperty(key, HexFormat.of().formatHex(bytes));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "Passwords of the demo's embedded MariaDB accounts");
        }
        return properties;
    }

    private DemoServer() {
    }
}
