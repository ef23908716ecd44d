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
        String microJar = System.getenv().getOrDefault("MICRO_JAR", project.resolve("target/payara-micro.jar").toString());
        int port = FreePort.onLoopback();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", microJar,
                "--deploy", project.resolve("target/partnership-portal.war").toString(),
                "--addlibs", project.resolve("target/portal-lib").toString(),
                "--contextroot", "/", "--port", String.valueOf(port),
                "--prebootcommandfile", project.resolve("config/boot-commands.asadmin").toString()));
        command.addAll(microOptions);
        return run(name, port, command, environment);
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
