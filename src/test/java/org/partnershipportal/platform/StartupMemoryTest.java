package org.partnershipportal.platform;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heap start-up grew is given back once start-up work is done, in a JVM started with the units' collector and heap
 * ratios (a JVM of its own: this one runs another collector and its heap belongs to the test run). Its old generation
 * is first left as the units' ratios leave it after start-up, up to 40 % free; the give-back must bring it near to what
 * is in use, and put the units' ratios back for the load that follows.
 */
class StartupMemoryTest {

    @Test
    void afterStartUpTheOldGenerationShrinksToAboutWhatIsInUseAndTheUnitsRatiosComeBack() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process server = new ProcessBuilder(java.toString(), "-XX:+UseSerialGC", "-Xms16m", "-Xmx256m",
                "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-cp", System.getProperty("java.class.path"),
                ServerAtRest.class.getName()).redirectErrorStream(true).start();
        String output = new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(server.exitValue()).as(output).isZero();
        Properties figures = new Properties();
        figures.load(new java.io.StringReader(output.lines().filter(line -> line.startsWith("figure.")).reduce("", (a, b) -> a + b + "\n")));

        long inUse = Long.parseLong(figures.getProperty("figure.oldInUseAfter"));
        long committedBefore = Long.parseLong(figures.getProperty("figure.oldCommittedBefore"));
        long committedAfter = Long.parseLong(figures.getProperty("figure.oldCommittedAfter"));
        // the units' ratios alone leave it with up to 40 % free: the starting point is what a server at rest had
        assertThat(committedBefore).as(output).isGreaterThan(inUse * 5 / 4);
        // given back: about a tenth free (the lowered ratio), a little more for the generation's alignment
        assertThat(committedAfter).as(output).isLessThanOrEqualTo(inUse * 100 / 85);
        assertThat(figures.getProperty("figure.ratiosAfter")).as("the units' ratios restored for the load that follows").isEqualTo("20/40");
        assertThat(output).contains("(4 full collections").contains("Start-up timeline: " + StartupMemory.GIVEN_BACK);
    }

    /** A JVM with live data and start-up's garbage behind it, at rest as the units' ratios leave it. */
    public static final class ServerAtRest {
        public static void main(String[] args) throws Exception {
            List<byte[]> live = new ArrayList<>();
            for (int mb = 0; mb < 60; mb++) {
                live.add(new byte[1 << 20]);
            }
            List<byte[]> startUp = new ArrayList<>();
            for (int mb = 0; mb < 120; mb++) {
                startUp.add(new byte[1 << 20]);
            }
            startUp.clear();
            for (int collection = 0; collection < 4; collection++) {
                System.gc(); // as far as the units' 40 % allows
            }
            MemoryPoolMXBean old = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getName().equals("Tenured Gen")).findFirst().orElseThrow();
            long before = old.getUsage().getCommitted();
            long inUseBefore = old.getUsage().getUsed();

            StartupMemory memory = new StartupMemory();
            memory.enabled = true;
            memory.startUpWorkFinished();
            memory.startUpWorkFinished(); // only the first call does anything

            com.sun.management.HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            System.out.println("figure.inUseBefore=" + inUseBefore);
            System.out.println("figure.oldCommittedBefore=" + before);
            System.out.println("figure.oldCommittedAfter=" + old.getUsage().getCommitted());
            System.out.println("figure.oldInUseAfter=" + old.getUsage().getUsed());
            System.out.println("figure.ratiosAfter=" + hotSpot.getVMOption("MinHeapFreeRatio").getValue() + "/"
                    + hotSpot.getVMOption("MaxHeapFreeRatio").getValue());
            System.out.println("figure.live=" + live.size());
        }
    }
}
