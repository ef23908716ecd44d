package org.partnershipportal.testsupport;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Micro process running the built WAR at the root of 127.0.0.1:port, as the production unit
 * starts it (boot commands included), inheriting Failsafe's environment (database, demo profile, mail)
 * plus any variables given. Ready when the sign-in page answers 200: the portal is deployed, not only
 * the listener open. The shared test portal is one; the cluster test starts two with the Data Grid.
 */
public final class PayaraNode implements AutoCloseable {

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private PayaraNode(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts a node and waits until it is ready.
     *
     * @param jvmOptions   before -jar (heap, system properties)
     * @param microOptions Payara Micro's own options after the deployment and port (e.g. --nohazelcast)
     * @param environment  added to the inherited environment (MicroProfile Config reads it)
     */
    public static PayaraNode start(String name, List<String> jvmOptions, List<String> microOptions, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        String microJar = microJar().toString();
        int port = FreePort.onLoopback();
        List<String> command = new ArrayList<>();
        command.add(java().toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", microJar,
                "--deploy", project.resolve("target/partnership-portal.war").toString(),
                "--addlibs", project.resolve("target/portal-lib").toString(),
                "--contextroot", "/", "--port", String.valueOf(port),
                "--prebootcommandfile", project.resolve("config/boot-commands.asadmin").toString()));
        command.addAll(microOptions);
        return run(name, port, command, environment);
    }

    /**
     * Starts the portal as the single-node unit does, through deploy/run-portal, on an installed layout staged in
     * {@code installed} ({@link #stageInstalledLayout}) with its state (runtime, class archive) in {@code state}.
     */
    public static PayaraNode runPortal(String name, Path installed, Path state, List<String> jvmOptions, Map<String, String> environment)
            throws IOException, InterruptedException {
        int port = FreePort.onLoopback();
        Map<String, String> variables = new java.util.HashMap<>(runPortalEnvironment(installed, state, port));
        variables.putAll(environment);
        return run(name, port, runPortalCommand(jvmOptions), variables);
    }

    /** deploy/run-portal with these JVM options, as the unit's ExecStart. */
    public static List<String> runPortalCommand(List<String> jvmOptions) {
        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(project.resolve("deploy/run-portal").toString()));
        command.addAll(jvmOptions);
        return command;
    }

    /** What deploy/run-portal reads: the installed program files, the writable state, the port and this build's Java. */
    public static Map<String, String> runPortalEnvironment(Path installed, Path state, int port) {
        return Map.of("PORTAL_APP_DIR", installed.toString(), "PORTAL_STATE_DIR", state.toString(),
                "PORTAL_PORT", String.valueOf(port), "JAVA", java().toString());
    }

    /**
     * The program files as deploy/install.sh lays them out in /opt/partnership-portal (payara-micro.jar, the WAR, lib/,
     * config/boot-commands.asadmin), linked from this build into {@code dir}.
     */
    public static Path stageInstalledLayout(Path dir) throws IOException {
        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        if (!Files.exists(dir.resolve("config/boot-commands.asadmin"))) {
            Files.createDirectories(dir.resolve("config"));
            Files.createSymbolicLink(dir.resolve("payara-micro.jar"), microJar());
            Files.createSymbolicLink(dir.resolve("partnership-portal.war"), project.resolve("target/partnership-portal.war"));
            Files.createSymbolicLink(dir.resolve("lib"), project.resolve("target/portal-lib"));
            Files.createSymbolicLink(dir.resolve("config/boot-commands.asadmin"), project.resolve("config/boot-commands.asadmin"));
        }
        return dir;
    }

    /** The Java that runs the tests, which runs the servers they start too. */
    public static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The Payara Micro jar the tests run: $MICRO_JAR, or the build's target/payara-micro.jar. */
    public static Path microJar() {
        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        return Path.of(System.getenv().getOrDefault("MICRO_JAR", project.resolve("target/payara-micro.jar").toString())).toAbsolutePath();
    }

    /** Starts a node from a whole command line (as the production unit runs it: {@code NodeUnit}) that listens on {@code port}. */
    static PayaraNode run(String name, int port, List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        Path log = project.resolve("target/" + name + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        PayaraNode node = new PayaraNode(name, builder.start(), port, log);
        try {
            node.waitUntilReady();
        } catch (IOException | InterruptedException | RuntimeException e) {
            node.close();
            throw e;
        }
        return node;
    }

    public URL base() {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    private void waitUntilReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        URL signIn = URI.create(base() + "login.xhtml").toURL();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro (" + name + ") stopped while starting; see " + log);
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) signIn.openConnection();
                connection.setConnectTimeout(1000);
                connection.setReadTimeout(30_000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Payara Micro (" + name + ") was not ready after 5 minutes; see " + log);
    }

    /** SIGKILL: the node dies as a crashed machine's would, with no chance to hand anything over. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** A normal stop (SIGTERM), forced after a minute. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
