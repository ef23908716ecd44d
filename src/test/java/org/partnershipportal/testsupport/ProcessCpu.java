package org.partnershipportal.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The CPU time a JVM process has used, from its threads' {@code /proc/PID/task/TID/stat}, split into the JIT
 * compilers' threads, the VM thread (where the serial collector's pauses run) and the rest (the requests). A load
 * benchmark takes one before and one after a run: when the JIT compilers take a large share of the difference, the
 * figure measures code still being compiled, not the pages' steady state. The shares are lower bounds: a compiler
 * thread that ends between the two readings takes its time out of the compilers' sum (the total keeps it).
 */
public record ProcessCpu(long totalTicks, long compilerTicks, long vmThreadTicks) {

    /** Linux reports thread times in clock ticks of 1/100 s ({@code getconf CLK_TCK} is 100 on every mainstream kernel). */
    static final double TICKS_PER_SECOND = 100.0;

    /** The process's threads' times now; zero once the process has gone. */
    public static ProcessCpu of(long pid) {
        long total = 0;
        long compiler = 0;
        long vmThread = 0;
        List<Path> threads;
        try (Stream<Path> listed = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            threads = listed.toList();
        } catch (IOException gone) {
            return new ProcessCpu(0, 0, 0);
        }
        for (Path thread : threads) {
            String stat;
            try {
                stat = Files.readString(thread.resolve("stat"));
            } catch (NoSuchFileException ended) {
                continue;
            } catch (IOException unreadable) {
                continue;
            }
            // "tid (name) state ppid ...": the name may hold spaces and brackets, so the fields start after the last ')'.
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime and stime, fields 14 and 15 of proc(5)
            total += ticks;
            if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                compiler += ticks;
            } else if (name.equals("VM Thread")) {
                vmThread += ticks;
            }
        }
        // The process's own counters include threads that have ended (a JIT compiler thread the JVM no longer needs).
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            total = Math.max(total, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        } catch (IOException gone) {
            return new ProcessCpu(0, 0, 0);
        }
        return new ProcessCpu(total, compiler, vmThread);
    }

    /** The first process whose command line (its arguments joined by spaces) contains every one of these, or -1. */
    public static long pidOf(String... commandLineParts) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                String commandLine;
                try {
                    commandLine = new String(Files.readAllBytes(process.resolve("cmdline")), java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
                } catch (IOException ended) {
                    continue;
                }
                if (java.util.Arrays.stream(commandLineParts).allMatch(commandLine::contains)) {
                    return Long.parseLong(process.getFileName().toString());
                }
            }
        } catch (IOException unreadable) {
            return -1;
        }
        return -1;
    }

    /** The whole machine's busy time (all processors, everything but idle and I/O wait) from {@code /proc/stat}, in ticks. */
    public static long machineBusyTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int field = 1; field < cpu.length && field <= 8; field++) {
                if (field != 4 && field != 5) { // idle, iowait
                    busy += Long.parseLong(cpu[field]);
                }
            }
            return busy;
        } catch (IOException unreadable) {
            return 0;
        }
    }

    /** What the process used between {@code earlier} and this. */
    public ProcessCpu since(ProcessCpu earlier) {
        return new ProcessCpu(totalTicks - earlier.totalTicks, compilerTicks - earlier.compilerTicks, vmThreadTicks - earlier.vmThreadTicks);
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
