package org.partnershipportal.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two portal nodes in one Data Grid on loopback, started as deploy/partnership-portal@.service starts a
 * node (Data Grid bound to its interface, sessions replicated by config/cluster-node.asadmin), on a
 * MariaDB of their own, behind Debian's nginx with the deployed configuration. Node A starts first
 * (it runs the migrations and, in the demo profile, loads the demo partnership); node B joins it.
 * Used by the cluster test, the cluster load benchmark and {@code mvn -Pcluster package}.
 */
public final class TwoNodeCluster implements AutoCloseable {

    private final EmbeddedMariaDb database;
    private final List<PayaraNode> nodes;
    private final EdgeProxy edge;
    private final int gridPort;

    private TwoNodeCluster(EmbeddedMariaDb database, List<PayaraNode> nodes, EdgeProxy edge, int gridPort) {
        this.database = database;
        this.nodes = nodes;
        this.edge = edge;
        this.gridPort = gridPort;
    }

    /**
     * @param name         prefix of the nodes' names and log files (target/NAME-a.log, target/NAME-b.log)
     * @param dataDir      MariaDB's files; emptied first when {@code fresh}
     * @param passwords    the owner's and the runtime account's passwords, in that order
     * @param environment  added to each node's environment (the database settings are set here)
     */
    public static TwoNodeCluster start(String name, Path dataDir, boolean fresh, String[] passwords, String heap,
                                       Map<String, String> environment) throws Exception {
        if (fresh) {
            deleteRecursively(dataDir);
        }
        EmbeddedMariaDb database = EmbeddedMariaDb.start(FreePort.onLoopback(), EmbeddedMariaDb.defaultBaseDir(), dataDir,
                passwords[0], passwords[1]);
        List<PayaraNode> nodes = new ArrayList<>();
        EdgeProxy edge = null;
        int gridPort = FreePort.onLoopback();
        try {
            Map<String, String> nodeEnvironment = new HashMap<>(environment);
            nodeEnvironment.put("DB_URL", database.jdbcUrl());
            nodeEnvironment.put("DB_USER", EmbeddedMariaDb.APP);
            nodeEnvironment.put("DB_PASSWORD", passwords[1]);
            nodeEnvironment.put("DB_MIGRATION_USER", EmbeddedMariaDb.OWNER);
            nodeEnvironment.put("DB_MIGRATION_PASSWORD", passwords[0]);
            Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
            for (String letter : List.of("a", "b")) {
                String nodeName = name + "-" + letter;
                nodes.add(PayaraNode.start(nodeName,
                        List.of("-Xmx" + heap, "-XX:+UseSerialGC", "-Dhazelcast.socket.bind.any=false"),
                        List.of("--name", nodeName, "--clustermode", "tcpip:127.0.0.1:" + gridPort, "--interfaces", "127.0.0.1",
                                "--startport", String.valueOf(gridPort), "--nohostaware",
                                "--postbootcommandfile", project.resolve("config/cluster-node.asadmin").toString()),
                        nodeEnvironment));
            }
            edge = EdgeProxy.inFrontOf(nodes.stream().map(PayaraNode::base).toList());
            return new TwoNodeCluster(database, nodes, edge, gridPort);
        } catch (Exception | Error e) {
            new TwoNodeCluster(database, nodes, edge, gridPort).close();
            throw e;
        }
    }

    public EmbeddedMariaDb database() {
        return database;
    }

    public PayaraNode nodeA() {
        return nodes.get(0);
    }

    public PayaraNode nodeB() {
        return nodes.get(1);
    }

    public EdgeProxy edge() {
        return edge;
    }

    /** The first port of the Data Grid; the nodes listen on it and the ports above it. */
    public int gridPort() {
        return gridPort;
    }

    public static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Override
    public void close() throws Exception {
        if (edge != null) {
            edge.close();
        }
        for (PayaraNode node : nodes) {
            node.close();
        }
        database.close();
    }
}
