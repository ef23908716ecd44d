package org.partnershipportal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's resident memory (VmRSS in /proc), as the benchmarks and the demo report it. */
public final class ResidentMemory {

    /** In KB; fails if the process has gone. */
    public static long kb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException gone) {
            throw new UncheckedIOException("no resident memory for process " + pid, gone);
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }

    /** In KB, or 0 once the process has gone. */
    public static long kbIfRunning(long pid) {
        try {
            return kb(pid);
        } catch (RuntimeException gone) {
            return 0;
        }
    }

    private ResidentMemory() {
    }
}
