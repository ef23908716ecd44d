package org.partnershipportal.testsupport;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints, at the end of each test run (the unit tests' and the integration tests' JVMs each print
 * their own), where the time went: per phase (unit, inside the server, outside-in over HTTP, browser, and
 * the classes with servers of their own that run beside the rest) and the slowest classes, so a change to the suite's speed is measured the same way each time
 * (issue 14). A class's time includes whatever it started first, such as the shared portal.
 */
public class RunTimings implements TestExecutionListener {

    private static final int SLOWEST = 12;
    private static final String BESIDE = "beside the rest";
    private static final int SLOWEST_TESTS = 15;

    private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> tookMillis = new ConcurrentHashMap<>();
    private final Map<String, Long> testStartedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> testTookMillis = new ConcurrentHashMap<>();
    private long runStartedAt;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        runStartedAt = System.nanoTime();
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        className(identifier).ifPresent(name -> startedAt.put(name, System.nanoTime()));
        if (identifier.isTest()) {
            testStartedAt.put(identifier.getUniqueId(), System.nanoTime());
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        className(identifier).ifPresent(name -> {
            Long started = startedAt.remove(name);
            if (started != null) {
                tookMillis.merge(name, (System.nanoTime() - started) / 1_000_000, Long::sum);
            }
        });
        Long testStarted = identifier.isTest() ? testStartedAt.remove(identifier.getUniqueId()) : null;
        if (testStarted != null) {
            testTookMillis.put(testName(identifier), (System.nanoTime() - testStarted) / 1_000_000);
        }
    }

    /** SimpleClass.method, from the test's method source (its display name where it has none). */
    private static String testName(TestIdentifier identifier) {
        return identifier.getSource().filter(org.junit.platform.engine.support.descriptor.MethodSource.class::isInstance)
                .map(source -> (org.junit.platform.engine.support.descriptor.MethodSource) source)
                .map(m -> m.getClassName().substring(m.getClassName().lastIndexOf('.') + 1) + "." + m.getMethodName())
                .orElse(identifier.getDisplayName());
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (tookMillis.isEmpty()) {
            return;
        }
        Map<String, long[]> phases = new LinkedHashMap<>();
        for (String phase : List.of("unit", "inside the server", "outside-in over HTTP", "browser", BESIDE, "benchmark")) {
            phases.put(phase, new long[2]);
        }
        tookMillis.forEach((name, millis) -> {
            long[] phase = phases.get(phaseOf(name));
            phase[0]++;
            phase[1] += millis;
        });
        StringBuilder out = new StringBuilder(String.format("%nWhere this test run's %.1f s went (testsupport.RunTimings):%n",
                (System.nanoTime() - runStartedAt) / 1e9));
        phases.forEach((phase, figures) -> {
            if (figures[0] > 0) {
                out.append(String.format("  %-22s %3d classes %8.1f s%n", phase, figures[0], figures[1] / 1000.0));
            }
        });
        List<Map.Entry<String, Long>> slowest = new ArrayList<>(tookMillis.entrySet());
        slowest.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        out.append("  slowest classes:\n");
        slowest.stream().limit(SLOWEST).forEach(e -> out.append(String.format("    %8.1f s  %s%n", e.getValue() / 1000.0,
                e.getKey().substring(e.getKey().lastIndexOf('.') + 1))));
        List<Map.Entry<String, Long>> slowestTests = new ArrayList<>(testTookMillis.entrySet());
        slowestTests.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        out.append("  slowest tests:\n");
        slowestTests.stream().limit(SLOWEST_TESTS).forEach(e -> out.append(String.format("    %8.1f s  %s%n", e.getValue() / 1000.0, e.getKey())));
        out.append(StepTimings.report());
        System.out.print(out);
    }

    static String phaseOf(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        if (simple.endsWith("Benchmark")) {
            return "benchmark";
        }
        if (!simple.endsWith("IT")) {
            return "unit";
        }
        if (Deployments.IN_SERVER_TESTS.contains(className)) {
            return "inside the server";
        }
        if (runsBeside(className)) {
            return BESIDE;
        }
        return simple.endsWith("BrowserIT") ? "browser" : "outside-in over HTTP";
    }

    /** Classes marked {@code @Execution(CONCURRENT)} (servers of their own) run on a second thread, beside the rest. */
    private static boolean runsBeside(String className) {
        try {
            org.junit.jupiter.api.parallel.Execution execution = Class.forName(className, false, RunTimings.class.getClassLoader())
                    .getAnnotation(org.junit.jupiter.api.parallel.Execution.class);
            return execution != null && execution.value() == org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT;
        } catch (ClassNotFoundException notOnThisPath) {
            return false;
        }
    }

    private static java.util.Optional<String> className(TestIdentifier identifier) {
        return identifier.getSource().filter(ClassSource.class::isInstance).map(source -> ((ClassSource) source).getClassName())
                .filter(name -> identifier.isContainer());
    }
}
