package org.partnershipportal.testsupport;

import com.sun.management.HotSpotDiagnosticMXBean;

import javax.management.ObjectName;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo's launcher runs inside Maven's JVM, which stays until Ctrl-C. After the build its heap is about 870 MB, of
 * which some 70 MB is still in use, and the collector keeps the rest: measured with jcmd on a running demo, Maven's JVM
 * went from 1,023 MB resident to 252 MB after the steps below. They use the JVM's own management interfaces only.
 */
final class LauncherMemory {

    /** Collects once with the heap allowed to shrink to what is in use, then hands freed native memory back. */
    static void giveBack() {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            // both are "manageable" flags; the minimum first, as it may never exceed the maximum
            hotSpot.setVMOption("MinHeapFreeRatio", "5");
            hotSpot.setVMOption("MaxHeapFreeRatio", "10");
            System.gc();
            // jcmd's System.trim_native_heap: the C library keeps memory freed by the build (javac, plugins) otherwise
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "systemTrimNativeHeap", new Object[]{new String[0]}, new String[]{String[].class.getName()});
        } catch (Exception | InternalError notThisJvm) {
            // Another JVM may lack a flag or the command: the demo runs the same, only larger.
            System.out.println("  (could not shrink the launcher's memory: " + notThisJvm + ")");
        }
    }

    /** A process's resident memory (VmRSS), in KB; 0 once it has gone. */
    static long residentKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // the process has ended (or this is not Linux)
        }
        return 0;
    }

    private LauncherMemory() {
    }
}
