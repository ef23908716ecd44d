package org.partnershipportal.platform;

import com.sun.management.HotSpotDiagnosticMXBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.management.ObjectName;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives back, once, the heap that start-up needed and a server at rest does not (issue 14, memory at rest).
 *
 * <p>Why: deployment, the schema check, the demo data and the duplicate finder's index make far more garbage than a
 * server at rest keeps alive, and the serial collector the units choose keeps the heap it grew for them. It gives back an
 * old generation's excess only beyond the unit's {@code -XX:MaxHeapFreeRatio} (40 %), and then in steps over several full
 * collections. Lowering that ratio for good was measured to cost signed-in pages up to a sixth of their requests per
 * second (more collections under load: docs/measurements.md), so it is lowered for these collections only: the heap
 * shrinks to about what is in use, the unit's ratios come back, and under load the heap grows again as they allow.
 * The same idea as G1's periodic collection at rest (JEP 346), done once, at the one moment known to leave garbage.
 *
 * <p>Only the JVM's own management interfaces are used; a JVM without them (or run with {@code -XX:+DisableExplicitGC})
 * simply keeps its heap. {@code portal.memory.give-back-after-start-up=false} turns it off, so the start-up benchmark
 * can compare both in one run.
 */
@ApplicationScoped
public class StartupMemory {

    private static final Logger LOG = Logger.getLogger(StartupMemory.class.getName());
    /** A step of the timeline: the start-up benchmark reads the server's memory at rest after it. */
    public static final String GIVEN_BACK = "start-up heap given back";
    /** The serial collector shrinks in steps over full collections (none at the first, then 10 %, 40 %, the rest). */
    private static final int FULL_COLLECTIONS = 4;
    /** System.gc() calls at most, should some not collect the old generation. */
    private static final int MOST_CALLS = 12;

    @Inject
    @ConfigProperty(name = "portal.memory.give-back-after-start-up", defaultValue = "true")
    boolean enabled;

    private final AtomicBoolean done = new AtomicBoolean();

    /** Called when the last start-up work in the background has finished; only the first call does anything. */
    public void startUpWorkFinished() {
        if (!enabled || !done.compareAndSet(false, true)) {
            return;
        }
        long started = System.nanoTime();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = memory.getHeapMemoryUsage().getCommitted();
        int collections = 0;
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            String minFree = hotSpot.getVMOption("MinHeapFreeRatio").getValue();
            String maxFree = hotSpot.getVMOption("MaxHeapFreeRatio").getValue();
            // Both are "manageable" flags, and the minimum may never exceed the maximum: lowered minimum first, restored maximum first.
            hotSpot.setVMOption("MinHeapFreeRatio", "5");
            hotSpot.setVMOption("MaxHeapFreeRatio", "10");
            try {
                // A System.gc() asked while a thread holds a JNI critical region (ONNX Runtime, compression) does not collect
                // the old generation, so the full collections are counted, not the calls; a short wait lets the region end.
                GarbageCollectorMXBean full = oldGenerationCollector();
                long fullBefore = full.getCollectionCount();
                for (int call = 0; call < MOST_CALLS && full.getCollectionCount() - fullBefore < FULL_COLLECTIONS; call++) {
                    System.gc();
                    if (full.getCollectionCount() - fullBefore <= call) {
                        Thread.sleep(50);
                    }
                }
                collections = (int) (full.getCollectionCount() - fullBefore);
            } finally {
                hotSpot.setVMOption("MaxHeapFreeRatio", maxFree);
                hotSpot.setVMOption("MinHeapFreeRatio", minFree);
            }
            // jcmd's System.trim_native_heap: the C library hands back what start-up freed at once, not at the unit's next trim
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "systemTrimNativeHeap", new Object[]{new String[0]}, new String[]{String[].class.getName()});
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt(); // the server is stopping: nothing to give back for
        } catch (Exception | InternalError notThisJvm) {
            LOG.log(Level.INFO, "Start-up memory not given back (this JVM lacks a flag or command); the server runs the same", notThisJvm);
        }
        long after = memory.getHeapMemoryUsage().getCommitted();
        int fullCollections = collections;
        LOG.info(() -> String.format("Start-up memory given back: heap committed %d MB -> %d MB (%d full collections, %d ms)",
                before >> 20, after >> 20, fullCollections, (System.nanoTime() - started) / 1_000_000));
        StartupTimeline.mark(GIVEN_BACK);
    }

    /**
     * The collector that collects the old generation: by its name where the JVM's collectors name it (serial
     * "MarkSweepCompact", parallel "PS MarkSweep", G1 "G1 Old Generation"), else the one managing the most memory pools.
     */
    static GarbageCollectorMXBean oldGenerationCollector() {
        java.util.List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        return collectors.stream().filter(collector -> collector.getName().matches("(?i).*(old|marksweep|compact).*")).findFirst()
                .orElseGet(() -> collectors.stream().max(Comparator.comparingInt(collector -> collector.getMemoryPoolNames().length)).orElseThrow());
    }
}
