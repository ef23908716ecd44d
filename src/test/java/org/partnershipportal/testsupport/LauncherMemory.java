package org.partnershipportal.testsupport;

import com.sun.management.HotSpotDiagnosticMXBean;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;

/**
 * The demo's launcher runs inside Maven's JVM, which stays until Ctrl-C. After the build most of its heap is garbage
 * the collector would otherwise keep, with the C library's freed memory beside it; the steps below give both back
 * (the demo prints the launcher's memory at rest). They use the JVM's own management interfaces only.
 */
final class LauncherMemory {

    /** Collects with the heap allowed to shrink to what is in use, then hands freed native memory back. */
    static void giveBack() {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            // both are "manageable" flags; the minimum first, as it may never exceed the maximum
            hotSpot.setVMOption("MinHeapFreeRatio", "5");
            hotSpot.setVMOption("MaxHeapFreeRatio", "10");
            // The serial collector gives back an old generation's excess in steps over successive full collections
            // (none at the first, then 10 %, 40 %, all), so that a heap does not shrink and grow again at once.
            for (int collection = 0; collection < 4; collection++) {
                System.gc();
            }
            // jcmd's System.trim_native_heap: the C library keeps memory freed by the build (javac, plugins) otherwise
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "systemTrimNativeHeap", new Object[]{new String[0]}, new String[]{String[].class.getName()});
        } catch (Exception | InternalError notThisJvm) {
            // Another JVM may lack a flag or the command: the demo runs the same, only larger.
            System.out.println("  (could not shrink the launcher's memory: " + notThisJvm + ")");
        }
    }

    private LauncherMemory() {
    }
}
