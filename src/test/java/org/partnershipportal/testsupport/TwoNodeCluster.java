package org.partnershipportal.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two portal nodes in one Data Grid on loopback, each started with deploy/partnership-portal@.service's own
 * command ({@code NodeUnit}: Data Grid bound to its interface, sessions replicated by config/cluster-node.asadmin), on a
 * MariaDB of their own, behind Debian's nginx with the deployed configuration. Node A starts first
 * (it runs the migrations and, in the demo profile, loads the demo partnership); node B joins it.
 * Used by the cluster test, the cluster load benchmark and {@code mvn -Pcluster package}.
 */
public final class TwoNodeCluster implements AutoCloseable {

    private final EmbeddedMariaDb database;
    private final List<PayaraNode> nodes;
    private final EdgeProxy edge;
    private final List<Integer> gridPorts;

    private TwoNodeCluster(EmbeddedMariaDb database, List<PayaraNode> nodes, EdgeProxy edge, List<Integer> gridPorts) {
        this.database = database;
        this.nodes = nodes;
        this.edge = edge;
        this.gridPorts = gridPorts;
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
            Folders.deleteRecursively(dataDir);
        }
        EmbeddedMariaDb database = EmbeddedMariaDb.start(FreePort.onLoopback(), EmbeddedMariaDb.defaultBaseDir(), dataDir,
                passwords[0], passwords[1]);
        List<PayaraNode> nodes = new ArrayList<>();
        EdgeProxy edge = null;
        // As config/cluster-node.env.example: each node its own Data Grid port, every node listing both, and a grid
        // name of this run's own (two runs on one machine never merge).
        List<Integer> gridPorts = List.of(FreePort.onLoopback(), FreePort.onLoopback());
        String members = "127.0.0.1:" + gridPorts.get(0) + ",127.0.0.1:" + gridPorts.get(1);
        String gridName = name + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        try {
            Map<String, String> nodeEnvironment = new HashMap<>(environment);
            nodeEnvironment.put("DB_URL", database.jdbcUrl());
            nodeEnvironment.put("DB_USER", EmbeddedMariaDb.APP);
            nodeEnvironment.put("DB_PASSWORD", passwords[1]);
            nodeEnvironment.put("DB_MIGRATION_USER", EmbeddedMariaDb.OWNER);
            nodeEnvironment.put("DB_MIGRATION_PASSWORD", passwords[0]);
            Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
            for (int n = 0; n < 2; n++) {
                String nodeName = name + "-" + (n == 0 ? "a" : "b");
                int port = FreePort.onLoopback();
                // What portal.env and node-N.env give the unit (config/cluster-node.env.example).
                Map<String, String> unitEnvironment = new HashMap<>(nodeEnvironment);
                unitEnvironment.putAll(NodeUnit.environment());
                unitEnvironment.put("PORTAL_HTTP_PORT", String.valueOf(port));
                unitEnvironment.put("DATA_GRID_NAME", gridName);
                unitEnvironment.put("DATA_GRID_MEMBERS", members);
                unitEnvironment.put("DATA_GRID_INTERFACE", "127.0.0.1");
                unitEnvironment.put("DATA_GRID_PORT", String.valueOf(gridPorts.get(n)));
                List<String> command = NodeUnit.command(n + 1, unitEnvironment, heap, project.resolve("target/" + nodeName + "-tmp"),
                        project.resolve("target/cluster-wordnet"));
                nodes.add(PayaraNode.run(nodeName, port, command, unitEnvironment));
            }
            edge = EdgeProxy.inFrontOf(nodes.stream().map(PayaraNode::base).toList());
            return new TwoNodeCluster(database, nodes, edge, gridPorts);
        } catch (Exception | Error e) {
            new TwoNodeCluster(database, nodes, edge, gridPorts).close();
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

    /** Each node's Data Grid port (node A's, node B's). */
    public List<Integer> gridPorts() {
        return gridPorts;
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
