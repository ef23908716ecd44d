package org.partnershipportal.testsupport;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the browser tests' time goes inside a test: Chromium starts, sign-ins, page loads, waits, axe
 * runs. {@link Browser} and {@link AxeCore} add to it; {@link RunTimings} prints it at the end of the
 * run, so a change to the suite's speed can be traced to the step it changed (issue 14).
 */
public final class StepTimings {

    private static final Map<String, AtomicLong[]> STEPS = new ConcurrentHashMap<>();

    private StepTimings() {
    }

    /** Adds one step of this kind that began at {@code startedNanos} (System.nanoTime()). */
    public static void add(String step, long startedNanos) {
        long took = System.nanoTime() - startedNanos;
        AtomicLong[] figures = STEPS.computeIfAbsent(step, s -> new AtomicLong[]{new AtomicLong(), new AtomicLong()});
        figures[0].incrementAndGet();
        figures[1].addAndGet(took);
    }

    /** One line per kind of step (count, total seconds, mean milliseconds); empty when no browser test ran. */
    static String report() {
        if (STEPS.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("  browser steps (count, total, mean):\n");
        new TreeMap<>(STEPS).forEach((step, figures) -> out.append(String.format("    %-28s %5d %8.1f s %7.0f ms%n", step,
                figures[0].get(), figures[1].get() / 1e9, figures[1].get() / 1e6 / Math.max(1, figures[0].get()))));
        return out.toString();
    }
}
