package org.partnershipportal.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;

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

    private static PayaraNode server;
    private static URL base;

    /** The portal's address, starting it on first use. */
    public static synchronized URL base() {
        if (base == null) {
            try {
                server = PayaraNode.start("shared-portal", List.of("-Xmx1g", "-XX:+UseSerialGC", "--add-modules=jdk.incubator.vector"), List.of("--nohazelcast"), Map.of());
                base = server.base();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("Could not start the shared Payara Micro", e);
            }
        }
        return base;
    }

    /** The shared server's log (its standard output and error), once it has started. */
    public static synchronized java.nio.file.Path log() {
        base();
        return server.log();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (SharedPortal.class) {
            if (server != null) {
                try {
                    server.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                server = null;
                base = null;
            }
        }
    }
}
