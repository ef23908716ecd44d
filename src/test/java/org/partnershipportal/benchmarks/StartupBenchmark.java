package org.partnershipportal.benchmarks;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.partnershipportal.testsupport.NodeUnit;
import org.partnershipportal.testsupport.PayaraNode;
import org.partnershipportal.testsupport.ResidentMemory;
import org.partnershipportal.testsupport.Timings;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where start-up goes (mvn verify -Pbenchmark -Dit.test=StartupBenchmark), on the benchmark's fresh MariaDB, with the
 * production unit's JVM options (deploy/partnership-portal.service: its -X options, read from the unit) and boot
 * commands. In order: Payara Micro started with {@code java -jar payara-micro.jar} (as the unit did before
 * deploy/run-portal, and as the demo and cluster nodes still do) with a WAR of one static page (the floor: Payara Micro
 * alone), the portal's first production start (migrations run), its restart, its first demo start (demo data loaded)
 * and a demo restart; then the portal as the unit starts it now, through deploy/run-portal: the first start after an
 * install (it unpacks the runtime and records the class archive), and four restarts that use the archive, the second and
 * fourth with the heap start-up needed kept (platform.StartupMemory turned off), the baseline for giving it back. Each start
 * prints the portal's own timeline (platform.StartupTimeline: ms since the JVM started), Payara's "ready in" figure,
 * the first page's answer, and the server's resident memory (VmRSS) once the background work has finished (the index built, the start-up heap given back) and again
 * after it has been left alone for {@link #SETTLE}; the
 * last line compares the run-portal restart with the java -jar restart of the same run.
 */
class StartupBenchmark {

    static final Pattern READY = Pattern.compile("ready in ([\\d,.]+) \\(ms\\)");
    static final Pattern TIMELINE = Pattern.compile("Start-up timeline: (.+) at (\\d+) ms");
    static final String INDEXED = "duplicate finder indexed (in the background)";
    /** The last step in the background (platform.StartupMemory), unless the environment turns it off. */
    static final String GIVEN_BACK = org.partnershipportal.platform.StartupMemory.GIVEN_BACK;
    /** MicroProfile Config's environment name for portal.memory.give-back-after-start-up. */
    static final String GIVE_BACK_SETTING = "PORTAL_MEMORY_GIVE_BACK_AFTER_START_UP";
    static final Pattern GC_PAUSE = Pattern.compile("Pause (Young|Full) .* ([\\d.]+)ms$");
    /** How long a started server is left alone before its resident memory is read a second time. */
    static final java.time.Duration SETTLE = java.time.Duration.ofSeconds(12);

    record Start(String name, long payaraReadyMs, long firstPageMs, Map<String, Long> timeline, long restingRssKb,
                 long settledRssKb, long liveHeapKb, long metaspaceKb, GcPauses gcPauses) {
    }

    /** The collector's pauses from launch until the server was at rest (indexed, start-up heap given back), from the JVM's own -Xlog:gc. */
    record GcPauses(int young, int full, long ms) {
        static GcPauses read(Path log) throws IOException {
            int young = 0, full = 0;
            double ms = 0;
            if (Files.exists(log)) {
                for (String line : Files.readAllLines(log)) {
                    Matcher pause = GC_PAUSE.matcher(line);
                    if (pause.find()) {
                        if (pause.group(1).equals("Full")) full++; else young++;
                        ms += Double.parseDouble(pause.group(2));
                    }
                }
            }
            return new GcPauses(young, full, Math.round(ms));
        }
    }

    @Test
    void printWhereStartUpGoes() throws Exception {
        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        Path work = Files.createDirectories(project.resolve("target/startup-benchmark"));
        Path floor = work.resolve("floor.war");
        ShrinkWrap.create(WebArchive.class, "floor.war").add(new StringAsset("<!DOCTYPE html><title>floor</title>"), "index.html")
                .as(ZipExporter.class).exportTo(floor.toFile(), true);
        Path portal = project.resolve("target/partnership-portal.war");

        List<Start> starts = new ArrayList<>();
        starts.add(start("Payara Micro, one static page", floor, "production", "index.html", false, work));
        starts.add(start("portal, production, first start", portal, "production", "login.xhtml", true, work));
        starts.add(start("portal, production, restart", portal, "production", "login.xhtml", true, work));
        starts.add(start("portal, demo, first start (loads demo data)", portal, "demo", "login.xhtml", true, work));
        starts.add(start("portal, demo, restart", portal, "demo", "login.xhtml", true, work));
        // as the unit starts it now: the runtime unpacked once, a class archive recorded by the first start after an install
        Path state = work.resolve("state");
        org.partnershipportal.testsupport.Folders.deleteRecursively(state);
        starts.add(runPortal("run-portal, first start after install (records the class archive)", state, work));
        assertThat(state.resolve("classes.jsa.new")).as("the class archive the first run writes when it stops").isNotEmptyFile();
        starts.add(runPortal("run-portal, restart (with the class archive)", state, work));
        // the baseline for the heap given back after start-up (platform.StartupMemory): the same restart without it, between
        // two with it, so a machine that speeds up or slows down during the run does not favour either
        starts.add(runPortal("run-portal, restart, start-up heap kept", state, work, Map.of(GIVE_BACK_SETTING, "false")));
        starts.add(runPortal("run-portal, second restart", state, work));
        starts.add(runPortal("run-portal, second restart, start-up heap kept", state, work, Map.of(GIVE_BACK_SETTING, "false")));

        Set<String> steps = new LinkedHashSet<>();
        starts.forEach(s -> steps.addAll(s.timeline().keySet()));
        StringBuilder report = new StringBuilder();
        report.append(String.format("Machine: %d cores, load average %.2f at the end of the run%n%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        report.append(String.format("%-46s", "ms since the JVM started"));
        starts.forEach(s -> report.append(String.format(" | %14s", abbreviate(s.name()))));
        report.append('\n');
        for (String step : steps) {
            report.append(String.format("%-46s", step));
            starts.forEach(s -> report.append(String.format(" | %14s", s.timeline().containsKey(step) ? String.format("%,d", s.timeline().get(step)) : "")));
            report.append('\n');
        }
        row(report, "Payara Micro \"ready in\" (its own count, ms)", starts, Start::payaraReadyMs);
        row(report, "first page answered (ms from launch)", starts, Start::firstPageMs);
        row(report, "resident memory at rest (MB)", starts, s -> s.restingRssKb() / 1024);
        row(report, "the same " + SETTLE.toSeconds() + " s later (MB)", starts, s -> s.settledRssKb() / 1024);
        row(report, "heap in use after a full GC (MB)", starts, s -> s.liveHeapKb() / 1024);
        row(report, "collections until at rest: young", starts, s -> s.gcPauses().young());
        row(report, "collections until at rest: full", starts, s -> s.gcPauses().full());
        row(report, "time in those pauses (ms)", starts, s -> s.gcPauses().ms());
        row(report, "metaspace in use (MB)", starts, s -> s.metaspaceKb() / 1024);
        Start floorStart = starts.get(0);
        Start restart = starts.get(2);
        report.append(String.format("%nProduction restart vs Payara Micro alone: ready %.1f×, first page %.1f×, memory %.1f×%n",
                restart.payaraReadyMs() / (double) floorStart.payaraReadyMs(), restart.firstPageMs() / (double) floorStart.firstPageMs(),
                restart.restingRssKb() / (double) floorStart.restingRssKb()));
        Start runPortalRestart = starts.get(6);
        report.append(String.format("run-portal restart (class archive) vs java -jar restart: ready %.2f×, first page %.2f×, memory %.2f×%n",
                runPortalRestart.payaraReadyMs() / (double) restart.payaraReadyMs(), runPortalRestart.firstPageMs() / (double) restart.firstPageMs(),
                runPortalRestart.restingRssKb() / (double) restart.restingRssKb()));
        // given back (restarts 1 and 3) against kept (2 and 4), alternating
        List<Start> givenBack = List.of(starts.get(6), starts.get(8));
        List<Start> kept = List.of(starts.get(7), starts.get(9));
        report.append(String.format("run-portal restarts, start-up heap given back vs kept (two each, alternating): memory at rest %.0f against"
                        + " %.0f MB (%.2f×), %d s later %.0f against %.0f MB (%.2f×)%n",
                meanMb(givenBack, Start::restingRssKb), meanMb(kept, Start::restingRssKb),
                meanMb(givenBack, Start::restingRssKb) / meanMb(kept, Start::restingRssKb), SETTLE.toSeconds(),
                meanMb(givenBack, Start::settledRssKb), meanMb(kept, Start::settledRssKb),
                meanMb(givenBack, Start::settledRssKb) / meanMb(kept, Start::settledRssKb)));
        Timings.publish("Start-up (each step in ms since the JVM started)", "startup.txt", report.toString());
        assertThat(restart.timeline()).containsKeys("schema migrated", "first request answered");
    }

    private static double meanMb(List<Start> starts, java.util.function.ToLongFunction<Start> kb) {
        return starts.stream().mapToLong(kb).average().orElseThrow() / 1024;
    }

    private static String abbreviate(String name) {
        return name.replace("portal, ", "").replace("Payara Micro, one static page", "floor").replace(" (loads demo data)", "")
                .replace("production", "prod").replace(" after install (records the class archive)", "")
                .replace(" (with the class archive)", "").replace(", start-up heap kept", ", heap kept");
    }

    private static void row(StringBuilder report, String label, List<Start> starts, java.util.function.ToLongFunction<Start> value) {
        report.append(String.format("%-46s", label));
        starts.forEach(s -> report.append(String.format(" | %14s", String.format("%,d", value.applyAsLong(s)))));
        report.append('\n');
    }

    /** Payara Micro started with {@code java -jar payara-micro.jar}, as the unit did before deploy/run-portal (and the demo and cluster nodes still do). */
    private static Start start(String name, Path war, String profile, String pagePath, boolean waitForIndex, Path work)
            throws IOException, InterruptedException {
        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        List<String> jvmOptions = new ArrayList<>(NodeUnit.productionJvmOptions()); // heap, collector, exit on out-of-memory: as the unit
        jvmOptions.add(gcLogOption(work, name));
        return start(name, port -> {
            List<String> command = new ArrayList<>(List.of(PayaraNode.java().toString()));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", PayaraNode.microJar().toString(),
                    "--deploy", war.toString(), "--contextroot", "/", "--port", String.valueOf(port), "--nohazelcast",
                    "--prebootcommandfile", project.resolve("config/boot-commands.asadmin").toString()));
            if (war.equals(project.resolve("target/partnership-portal.war"))) {
                // the portal's libraries, beside its WAR; the one-page WAR runs on Payara Micro alone
                command.addAll(command.indexOf("--deploy") + 2, List.of("--addlibs", project.resolve("target/portal-lib").toString()));
            }
            return command;
        }, Map.of("PORTAL_PROFILE", profile), pagePath, waitForIndex, work);
    }

    /**
     * The production start as the unit runs it now: deploy/run-portal with the unit's JVM options, on an installed layout
     * staged under {@code work} (program files linked from target/ and config/, state in {@code state}).
     */
    private static Start runPortal(String name, Path state, Path work) throws IOException, InterruptedException {
        return runPortal(name, state, work, Map.of());
    }

    private static Start runPortal(String name, Path state, Path work, Map<String, String> settings) throws IOException, InterruptedException {
        Path installed = PayaraNode.stageInstalledLayout(work.resolve("installed"));
        Files.createDirectories(state);
        List<String> jvmOptions = new ArrayList<>(NodeUnit.productionJvmOptions());
        jvmOptions.add(gcLogOption(work, name));
        List<String> command = PayaraNode.runPortalCommand(jvmOptions);
        Map<String, String> environment = new java.util.HashMap<>(PayaraNode.runPortalEnvironment(installed, state, 0));
        environment.put("PORTAL_PROFILE", "production"); // Failsafe's environment says demo
        environment.putAll(settings);
        return start(name, port -> command, environment, "login.xhtml", true, work);
    }

    private static Start start(String name, java.util.function.IntFunction<List<String>> commandForPort, Map<String, String> environment,
                               String pagePath, boolean waitForIndex, Path work) throws IOException, InterruptedException {
        int port = org.partnershipportal.testsupport.FreePort.onLoopback();
        Path log = work.resolve(name.replaceAll("[^A-Za-z0-9]+", "-") + ".log");
        ProcessBuilder builder = new ProcessBuilder(commandForPort.apply(port)).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("PORTAL_PORT", String.valueOf(port));
        long launched = System.nanoTime();
        Process server = builder.start();
        try {
            long firstPage = waitForPage(server, URI.create("http://127.0.0.1:" + port + "/" + pagePath), log, launched);
            if (waitForIndex) {
                waitForLine(server, log, "Start-up timeline: " + INDEXED);
                if (!"false".equals(environment.get(GIVE_BACK_SETTING))) {
                    waitForLine(server, log, "Start-up timeline: " + GIVEN_BACK);
                }
            }
            long rss = ResidentMemory.kb(server.pid());
            GcPauses gcPauses = GcPauses.read(gcLog(work, name));
            // A server left alone: the units' -XX:TrimNativeHeapInterval hands freed native memory back every 10 s.
            Thread.sleep(SETTLE.toMillis());
            long settled = ResidentMemory.kb(server.pid());
            // What the heap must hold (sizes -Xmx in the units): a full GC, then the JVM's own account of what is left.
            String heapInfo = jcmd(server.pid(), "GC.run") + jcmd(server.pid(), "GC.heap_info");
            long liveHeap = usedKb(heapInfo, "(garbage-first heap|def new generation|tenured generation)");
            long metaspace = usedKb(heapInfo, "Metaspace");
            String text = Files.readString(log);
            Matcher ready = READY.matcher(text);
            long readyMs = ready.find() ? Long.parseLong(ready.group(1).replaceAll("[,.]", "")) : -1;
            Map<String, Long> timeline = new LinkedHashMap<>();
            Matcher step = TIMELINE.matcher(text);
            while (step.find()) {
                timeline.putIfAbsent(step.group(1), Long.parseLong(step.group(2)));
            }
            return new Start(name, readyMs, firstPage, timeline, rss, settled, liveHeap, metaspace, gcPauses);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /** Milliseconds from launch until the page answers 200. */
    private static long waitForPage(Process server, URI page, Path log, long launched) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped; see " + log);
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) page.toURL().openConnection();
                connection.setConnectTimeout(500);
                connection.setReadTimeout(60_000);
                if (connection.getResponseCode() == 200) {
                    return (System.nanoTime() - launched) / 1_000_000;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(page + " did not answer within 5 minutes; see " + log);
    }

    private static void waitForLine(Process server, Path log, String line) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline && server.isAlive()) {
            if (Files.readString(log).contains(line)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No '" + line + "' in " + log);
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid), command)
                .redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!jcmd.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            jcmd.destroyForcibly();
            throw new IllegalStateException("jcmd " + command + " did not answer within 60 s");
        }
        return out;
    }

    /** The sum of "used NNNK" over the lines of GC.heap_info that start with one of the given areas. */
    static long usedKb(String heapInfo, String areas) {
        Matcher used = Pattern.compile("(?m)^\\s*" + areas + "\\s.*?used (\\d+)K").matcher(heapInfo);
        long kb = 0;
        boolean found = false;
        while (used.find()) {
            kb += Long.parseLong(used.group(used.groupCount()));
            found = true;
        }
        if (!found) throw new IllegalStateException("no " + areas + " in jcmd GC.heap_info: " + heapInfo);
        return kb;
    }

    /** Each start's collector log, beside its server log: the pauses it took to start. */
    private static Path gcLog(Path work, String name) {
        return work.resolve(name.replaceAll("[^A-Za-z0-9]+", "-") + "-gc.log");
    }

    private static String gcLogOption(Path work, String name) throws IOException {
        Files.deleteIfExists(gcLog(work, name));
        return "-Xlog:gc:file=" + gcLog(work, name);
    }
}
