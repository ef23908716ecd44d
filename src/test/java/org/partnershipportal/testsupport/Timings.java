package org.partnershipportal.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

/** What the benchmarks share: timing a query, its percentiles, and publishing the report. */
public final class Timings {

    private Timings() {
    }

    /** Milliseconds of each of {@code runs} calls, after three warm-up calls. */
    public static double[] time(Supplier<Object> query, int runs) {
        for (int warm = 0; warm < 3; warm++) {
            query.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        return millis;
    }

    public static double percentile(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Prints to the server's console and writes {@code fileName} under BENCHMARK_REPORT_DIR, when set. */
    public static void publish(String title, String fileName, String report) throws IOException {
        System.out.println("\n=== " + title + " ===\n" + report);
        String dir = System.getenv("BENCHMARK_REPORT_DIR");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.writeString(Path.of(dir, fileName), report);
        }
    }
}
