package org.partnershipportal.testsupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The cluster tests' nodes run the production unit's own command, with only this machine's paths and heap changed. */
class NodeUnitTest {

    @TempDir
    Path tmp;

    @Test
    void theUnitsCommandRunsHereWithItsOwnOptions() throws Exception {
        List<String> command = NodeUnit.command(2, Map.of("PORTAL_HTTP_PORT", "18082", "DATA_GRID_NAME", "grid-x",
                "DATA_GRID_MEMBERS", "127.0.0.1:15900,127.0.0.1:15901", "DATA_GRID_INTERFACE", "127.0.0.1", "DATA_GRID_PORT", "15901"),
                "384m", tmp, tmp.resolveSibling("shared-wordnet"));
        assertThat(command.get(0)).isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        assertThat(command).contains("-Xmx384m", "-Dhazelcast.socket.bind.any=false", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=" + tmp,
                        "-Dportal.wordnet.directory=" + tmp.resolveSibling("shared-wordnet"))
                .containsSequence("--port", "18082").containsSequence("--name", "node-2").containsSequence("--clustername", "grid-x")
                .containsSequence("--clustermode", "tcpip:127.0.0.1:15900,127.0.0.1:15901").containsSequence("--interfaces", "127.0.0.1")
                .containsSequence("--startport", "15901").contains("--nohostaware")
                .noneMatch(part -> part.contains("/opt/") || part.contains("/var/lib/") || part.contains("${") || part.contains("%i") || part.equals("-Xmx1g"));
        assertThat(command.get(command.indexOf("--postbootcommandfile") + 1)).endsWith("config/cluster-node.asadmin");
        assertThat(NodeUnit.environment()).as("the unit's own Environment= lines").containsEntry("LANG", "C.UTF-8");
        assertThat(command.get(command.indexOf("--deploy") + 1)).endsWith("target/partnership-portal.war");
        assertThat(command.get(command.indexOf("--addlibs") + 1)).endsWith("target/portal-lib");
    }

    @Test
    void theDemoAndTheStartUpBenchmarkTakeTheSingleNodeUnitsHeapCollectorAndModules() throws Exception {
        List<String> options = NodeUnit.productionJvmOptions();
        assertThat(options).as("the JVM options in deploy/partnership-portal.service's ExecStart")
                .anyMatch(o -> o.startsWith("-Xmx")).anyMatch(o -> o.startsWith("-Xms")).contains("-XX:+ExitOnOutOfMemoryError")
                .contains("--add-modules=jdk.incubator.vector").contains("-XX:TieredStopAtLevel=1")
                .allMatch(o -> o.startsWith("-X") || o.startsWith("--add-modules="));
    }
}
