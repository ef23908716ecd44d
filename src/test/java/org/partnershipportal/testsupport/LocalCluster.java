package org.partnershipportal.testsupport;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * {@code mvn -Pcluster package}: the portal as a two-node cluster on this machine, to try what
 * deploy/README.md describes: an embedded MariaDB (data in ./data/cluster-mariadb, apart from the
 * demo's), two Payara Micro nodes in one Data Grid on loopback, and Debian's nginx (installed if
 * missing) with deploy/nginx-partnership-portal.conf in front of both. Ctrl-C stops everything.
 */
public final class LocalCluster {

    private LocalCluster() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        Path data = project.resolve("data");
        Properties credentials = DemoServer.credentials(data.resolve("demo-database.properties"));
        long started = System.nanoTime();
        TwoNodeCluster cluster = TwoNodeCluster.start("local-cluster-node", data.resolve("cluster-mariadb"), false,
                new String[]{credentials.getProperty("owner"), credentials.getProperty("app")}, "512m", Map.of("PORTAL_PROFILE", "demo"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                cluster.close();
            } catch (Exception e) {
                Thread.currentThread().interrupt();
            }
        }));
        EdgeProxy edge = cluster.edge();
        System.out.printf("%n  Two portal nodes behind nginx are ready (%.0f s).%n"
                        + "  Through nginx: https://%s:%d/ (a throwaway certificate), e.g.%n"
                        + "    curl -k --resolve %2$s:%3$d:127.0.0.1 https://%2$s:%3$d/login.xhtml%n"
                        + "  Which node answered each request: %s (upstream=...)%n"
                        + "  Each node directly: %s and %s; its Data Grid: curl %shealth/ready%n"
                        + "  Stop one node to see the other carry on: kill %d (node A) or kill %d (node B).%n"
                        + "  Demo accounts as in the README (password kestrel-vale-demo). Press Ctrl-C to stop.%n%n",
                (System.nanoTime() - started) / 1e9, EdgeProxy.HOST, edge.httpsPort(), edge.accessLog(),
                cluster.nodeA().base(), cluster.nodeB().base(), cluster.nodeA().base(), cluster.nodeA().pid(), cluster.nodeB().pid());
        Thread.currentThread().join();
    }
}
