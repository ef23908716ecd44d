package org.partnershipportal.testsupport;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
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
        EmbeddedMariaDb db = EmbeddedMariaDb.start(Integer.getInteger("cluster.db.port", 3308), data.resolve("mariadb-server"),
                data.resolve("cluster-mariadb"), credentials.getProperty("owner"), credentials.getProperty("app"));
        Map<String, String> environment = Map.of(
                "DB_URL", db.jdbcUrl(), "DB_USER", EmbeddedMariaDb.APP, "DB_PASSWORD", credentials.getProperty("app"),
                "DB_MIGRATION_USER", EmbeddedMariaDb.OWNER, "DB_MIGRATION_PASSWORD", credentials.getProperty("owner"),
                "PORTAL_PROFILE", "demo");
        int gridPort = FreePort.onLoopback();
        List<String> jvm = List.of("-Xmx512m", "-XX:+UseSerialGC", "-Dhazelcast.socket.bind.any=false");
        PayaraNode[] nodes = new PayaraNode[2];
        EdgeProxy[] edge = new EdgeProxy[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (edge[0] != null) {
                    edge[0].close();
                }
                for (PayaraNode node : nodes) {
                    if (node != null) {
                        node.close();
                    }
                }
                db.close();
            } catch (Exception e) {
                Thread.currentThread().interrupt();
            }
        }));
        for (int n = 0; n < nodes.length; n++) {
            String name = "cluster-node-" + (n + 1);
            nodes[n] = PayaraNode.start(name, jvm, List.of("--name", name, "--clustermode", "tcpip:127.0.0.1:" + gridPort,
                    "--interfaces", "127.0.0.1", "--startport", String.valueOf(gridPort), "--nohostaware",
                    "--postbootcommandfile", project.resolve("config/cluster-node.asadmin").toString()), environment);
            System.out.printf("Node %d ready at %s (log: %s)%n", n + 1, nodes[n].base(), nodes[n].log());
        }
        edge[0] = EdgeProxy.inFrontOf(List.of(nodes[0].base(), nodes[1].base()));
        URL any = nodes[0].base();
        System.out.printf("%n  Two portal nodes behind nginx are ready (%.0f s).%n"
                        + "  Through nginx: https://%s:%d/ (a throwaway certificate), e.g.%n"
                        + "    curl -k --resolve %2$s:%3$d:127.0.0.1 https://%2$s:%3$d/login.xhtml%n"
                        + "  Which node answered each request: %s (upstream=...)%n"
                        + "  Each node directly: %s and %s; its Data Grid: curl %shealth/ready%n"
                        + "  Stop one node to see the other carry on: kill %d (node 1) or kill %d (node 2).%n"
                        + "  Demo accounts as in the README (password kestrel-vale-demo). Press Ctrl-C to stop.%n%n",
                (System.nanoTime() - started) / 1e9, EdgeProxy.HOST, edge[0].httpsPort(), edge[0].accessLog(),
                nodes[0].base(), nodes[1].base(), any, nodes[0].pid(), nodes[1].pid());
        Thread.currentThread().join();
    }
}
