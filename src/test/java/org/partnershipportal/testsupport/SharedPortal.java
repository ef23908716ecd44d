package org.partnershipportal.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One Payara Micro with the real WAR for every test that drives the portal from outside (browser and
 * HTTP tests), started on first use and stopped when the test run ends. An Arquillian deployment costs
 * a server start per test class; these tests need no code inside the server, so they share one.
 * Like Arquillian's servers it inherits Failsafe's environment (DB_URL, demo profile, mail) and listens
 * on 127.0.0.1 only. Tests that run inside the server keep their Arquillian deployment. The portal
 * sits at the server's root, as the demo and the production unit deploy it: nothing else answers
 * beside it (no default module to reach around the portal's filters).
 */
public class SharedPortal implements LauncherSessionListener {

    private static final String CONTEXT_ROOT = "/";
    private static Process server;
    private static URL base;

    /** The portal's address, starting it on first use. */
    public static synchronized URL base() {
        if (base == null) {
            try {
                base = start();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("Could not start the shared Payara Micro", e);
            }
        }
        return base;
    }

    private static URL start() throws IOException, InterruptedException {
        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        String microJar = System.getenv().getOrDefault("MICRO_JAR", project.resolve("target/payara-micro.jar").toString());
        int port = FreePort.onLoopback();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-XX:+UseSerialGC",
                "-jar", microJar,
                "--deploy", project.resolve("target/partnership-portal.war").toString(),
                "--contextroot", CONTEXT_ROOT, "--port", String.valueOf(port), "--nohazelcast",
                "--prebootcommandfile", project.resolve("config/boot-commands.asadmin").toString()));
        Path log = project.resolve("target/shared-portal.log");
        Files.createDirectories(log.getParent());
        server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        URL url = URI.create("http://127.0.0.1:" + port + "/").toURL();
        waitUntilReady(url, log);
        return url;
    }

    /** Ready when the sign-in page answers (the application is deployed, not only the listener open). */
    private static void waitUntilReady(URL url, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        URL signIn = URI.create(url + "login.xhtml").toURL();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped while starting; see " + log);
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
        throw new IllegalStateException("Payara Micro was not ready after 5 minutes; see " + log);
    }


    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (SharedPortal.class) {
            if (server != null) {
                server.destroy();
                try {
                    if (!server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                        server.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                server = null;
                base = null;
            }
        }
    }
}
