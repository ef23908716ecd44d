package org.partnershipportal.platform;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * When each part of start-up finished, counted from the JVM's start: one log line per step
 * ("Start-up timeline: schema migrated at 8,312 ms"), so an operator sees where start-up goes, and
 * the start-up benchmark (StartupBenchmark, mvn verify -Pbenchmark) reads the same lines.
 */
public final class StartupTimeline {

    private static final Logger LOG = Logger.getLogger(StartupTimeline.class.getName());
    private static final long JVM_START = ManagementFactory.getRuntimeMXBean().getStartTime();
    private static final Map<String, Long> MARKS = new LinkedHashMap<>();

    private StartupTimeline() {
    }

    /** Records that {@code step} has just finished; only its first time counts. */
    public static void mark(String step) {
        long at = System.currentTimeMillis() - JVM_START;
        synchronized (MARKS) {
            if (MARKS.putIfAbsent(step, at) != null) {
                return;
            }
        }
        LOG.info(() -> String.format("Start-up timeline: %s at %d ms", step, at));
    }

    /** The steps recorded so far, in order, with their times in ms since the JVM started. */
    public static Map<String, Long> marks() {
        synchronized (MARKS) {
            return new LinkedHashMap<>(MARKS);
        }
    }
}
