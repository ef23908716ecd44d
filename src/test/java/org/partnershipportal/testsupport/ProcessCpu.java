package org.partnershipportal.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time a JVM process has used, from {@code /proc/PID/stat} and its threads' {@code /proc/PID/task/TID/stat},
 * with the part in the JIT compilers' threads and in the VM thread (where the serial collector's pauses run). A load
 * benchmark takes one before and one after a run: when the JIT compilers take a large share of the difference, the
 * figure measures code still being compiled, not the pages' steady state. The compilers' share is a lower bound: Java
 * ends compiler threads it no longer needs, and a thread that ends between the two readings takes its part of the run
 * with it (the process's total keeps it). Each thread is compared with itself, so one that ended never makes the
 * share negative.
 *
 * @param compilerTicksByThread each compiler thread's own time so far, by thread id
 */
public record ProcessCpu(long totalTicks, long vmThreadTicks, Map<Long, Long> compilerTicksByThread, long compilerTicks) {

    /** Linux reports these times in clock ticks of 1/100 s ({@code getconf CLK_TCK} is 100 on every mainstream kernel). */
    static final double TICKS_PER_SECOND = 100.0;

    /** The process's times now; zero once the process has gone. */
    public static ProcessCpu of(long pid) {
        long vmThread = 0;
        Map<Long, Long> compilers = new HashMap<>();
        List<Path> threads;
        try (Stream<Path> listed = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            threads = listed.toList();
        } catch (IOException gone) {
            return new ProcessCpu(0, 0, Map.of(), 0);
        }
        for (Path thread : threads) {
            String stat;
            try {
                stat = Files.readString(thread.resolve("stat"));
            } catch (IOException ended) {
                continue;
            }
            // "tid (name) state ppid ...": the name may hold spaces and brackets, so the fields start after the last ')'.
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            long ticks = cpuTicks(stat);
            if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                compilers.put(Long.parseLong(thread.getFileName().toString()), ticks);
            } else if (name.equals("VM Thread")) {
                vmThread += ticks;
            }
        }
        long total;
        try {
            total = cpuTicks(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
        } catch (IOException gone) {
            return new ProcessCpu(0, 0, Map.of(), 0);
        }
        return new ProcessCpu(total, vmThread, Map.copyOf(compilers), compilers.values().stream().mapToLong(Long::longValue).sum());
    }

    /** utime + stime: fields 14 and 15 of proc(5), the 12th and 13th after the name's closing bracket. */
    private static long cpuTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The first process whose command line (its arguments joined by spaces) holds every one of these arguments whole, or -1. */
    public static long pidOf(String... arguments) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                List<String> commandLine;
                try {
                    commandLine = Arrays.asList(new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8).split("\0"));
                } catch (IOException ended) {
                    continue;
                }
                if (Arrays.stream(arguments).allMatch(wanted -> commandLine.stream().anyMatch(a -> a.equals(wanted) || a.endsWith("/" + wanted)))) {
                    return Long.parseLong(process.getFileName().toString());
                }
            }
        } catch (IOException unreadable) {
            return -1;
        }
        return -1;
    }

    /**
     * The whole machine's busy time so far, all processors, from {@code /proc/stat}: user, nice, system, irq and softirq
     * (not idle, I/O wait or time stolen by the hypervisor), in seconds.
     */
    public static double machineBusySeconds() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long ticks = Long.parseLong(cpu[1]) + Long.parseLong(cpu[2]) + Long.parseLong(cpu[3]) + Long.parseLong(cpu[6]) + Long.parseLong(cpu[7]);
            return ticks / TICKS_PER_SECOND;
        } catch (IOException unreadable) {
            return 0;
        }
    }

    /** What the process used between {@code earlier} and this; each compiler thread against its own earlier reading. */
    public ProcessCpu since(ProcessCpu earlier) {
        long compiler = 0;
        for (Map.Entry<Long, Long> thread : compilerTicksByThread.entrySet()) {
            compiler += thread.getValue() - earlier.compilerTicksByThread.getOrDefault(thread.getKey(), 0L);
        }
        return new ProcessCpu(totalTicks - earlier.totalTicks, vmThreadTicks - earlier.vmThreadTicks, Map.of(), compiler);
    }

    public double seconds() {
        return totalTicks / TICKS_PER_SECOND;
    }

    /** The JIT compilers' share of the CPU time, in per cent. */
    public double compilerPercent() {
        return totalTicks == 0 ? 0 : 100.0 * compilerTicks / totalTicks;
    }

    /** The VM thread's share (the serial collector's pauses and other safepoint work), in per cent. */
    public double vmThreadPercent() {
        return totalTicks == 0 ? 0 : 100.0 * vmThreadTicks / totalTicks;
    }
}
