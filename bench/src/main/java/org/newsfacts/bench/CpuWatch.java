package org.newsfacts.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the machine's CPU went during a measurement, second by second and by process (Linux
 * {@code /proc}): each service by its PID file, PostgreSQL's processes together, the bench itself,
 * and anything else by its command name; plus the whole machine's idle, I/O wait and steal time (CPU
 * the hypervisor gave to another VM). A latency tail on a small box is often another process's work:
 * this is what tells whose.
 */
final class CpuWatch {

    /** Linux reports CPU times in USER_HZ ticks, 100 a second on every architecture it runs on. */
    static final double TICKS_PER_SECOND = 100;

    static final String POSTGRESQL = "postgresql";
    static final String BENCH = "bench";

    /** The machine's CPU time split, in ticks summed over its cores (/proc/stat's first line). */
    record Machine(long busy, long idle, long iowait, long steal) {
        static final Machine ZERO = new Machine(0, 0, 0, 0);

        Machine minus(Machine o) {
            return new Machine(busy - o.busy, idle - o.idle, iowait - o.iowait, steal - o.steal);
        }

        Machine plus(Machine o) {
            return new Machine(busy + o.busy, idle + o.idle, iowait + o.iowait, steal + o.steal);
        }

        long total() {
            return busy + idle + iowait + steal;
        }

        /** Parses /proc/stat's "cpu" line: user nice system idle iowait irq softirq steal …. */
        static Machine parse(String cpuLine) {
            String[] f = cpuLine.trim().split("\\s+");
            long[] v = new long[8];
            for (int i = 0; i < v.length && i + 1 < f.length; i++) {
                v[i] = Long.parseLong(f[i + 1]);
            }
            return new Machine(v[0] + v[1] + v[2] + v[5] + v[6], v[3], v[4], v[7]);
        }
    }

    /**
     * One reading: when, the machine, and the CPU ticks so far with their groups, by process id, or
     * "pid/JIT" and "pid/GC" for a service's compiler and collector threads.
     */
    record Reading(long nanos, Machine machine, Map<String, Long> ticks, Map<String, String> groups) {}

    /** One interval between readings: its length, the machine's split, and CPU ticks by group. */
    record Interval(long fromNanos, long toNanos, Machine machine, Map<String, Long> ticksByGroup) {
        double seconds() {
            return (toNanos - fromNanos) / 1e9;
        }

        /** Cores each group used on average, largest first. */
        Map<String, Double> cores() {
            Map<String, Double> cores = new LinkedHashMap<>();
            ticksByGroup.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> cores.put(e.getKey(), e.getValue() / TICKS_PER_SECOND / Math.max(seconds(), 1e-9)));
            return cores;
        }

        /** {@link #cores()} without the groups that used less than a hundredth of a core (rounded). */
        Map<String, Double> notableCores() {
            Map<String, Double> notable = new LinkedHashMap<>();
            cores().forEach((group, c) -> {
                if (c >= 0.005) {
                    notable.put(group, c);
                }
            });
            return notable;
        }

        double percent(long part) {
            return machine.total() == 0 ? 0 : 100.0 * part / machine.total();
        }

        /** e.g. "query-service 0.31, postgresql 0.12, bench 0.05; idle 70 %, iowait 0 %, steal 0 %" (groups under 0.01 core left out). */
        String describe() {
            String groups = notableCores().entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
                    .collect(Collectors.joining(", "));
            return String.format(
                    Locale.ROOT,
                    "%s; idle %.0f %%, iowait %.0f %%, steal %.0f %%",
                    groups.isEmpty() ? "nothing" : groups,
                    percent(machine.idle),
                    percent(machine.iowait),
                    percent(machine.steal));
        }
    }

    private final Path proc;
    private final Map<Long, String> services;
    private final long self;
    private final List<Reading> readings = new ArrayList<>();
    private final Thread thread;
    private volatile boolean stop;

    /** {@code pids}: the folder of the stack's PID files ({@code query-service.pid} → "query-service"). */
    private CpuWatch(Path proc, Map<Long, String> services, long self) {
        this.proc = proc;
        this.services = services;
        this.self = self;
        this.thread = new Thread(this::watch, "cpu-watch");
        this.thread.setDaemon(true);
    }

    /** Starts reading /proc once a second until {@link #stop}. */
    static CpuWatch start(Path pids) {
        CpuWatch w = new CpuWatch(
                Path.of("/proc"), servicePids(pids), ProcessHandle.current().pid());
        w.read();
        w.thread.start();
        return w;
    }

    /** The PID of each service the stack's PID files name (supervisors left out). */
    static Map<Long, String> servicePids(Path pids) {
        Map<Long, String> services = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(pids, "*.pid")) {
            for (Path f : files) {
                String name = f.getFileName().toString().replaceFirst("\\.pid$", "");
                if (!name.endsWith(".supervisor")) {
                    try {
                        services.put(Long.parseLong(Files.readString(f).trim()), name);
                    } catch (IOException | NumberFormatException e) {
                        // a service restarting: its PID file is being rewritten
                    }
                }
            }
        } catch (IOException e) {
            // no PID files: every process goes by its command name
        }
        return services;
    }

    private void watch() {
        while (!stop) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            read();
        }
    }

    private void read() {
        long now = System.nanoTime();
        Machine machine;
        try (var lines = Files.lines(proc.resolve("stat"))) {
            machine = Machine.parse(lines.findFirst().orElseThrow());
        } catch (IOException | RuntimeException e) {
            return; // not Linux: nothing to say
        }
        Map<String, Long> ticks = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(
                proc, p -> p.getFileName().toString().chars().allMatch(Character::isDigit))) {
            for (Path dir : dirs) {
                long pid = Long.parseLong(dir.getFileName().toString());
                try {
                    ProcessTicks t = ProcessTicks.parse(Files.readString(dir.resolve("stat")));
                    String group = group(pid, t.command());
                    long own = t.ticks();
                    if (services.containsKey(pid)) {
                        // A service's JIT compiler and garbage collector threads apart: a tail right after
                        // start can be the compiler's, not the requests'.
                        for (Map.Entry<String, Long> e : jvmThreadTicks(dir).entrySet()) {
                            ticks.put(pid + "/" + e.getKey(), e.getValue());
                            groups.put(pid + "/" + e.getKey(), group + " " + e.getKey());
                            own -= e.getValue();
                        }
                    }
                    ticks.put(Long.toString(pid), own);
                    groups.put(Long.toString(pid), group);
                } catch (IOException | RuntimeException e) {
                    // the process ended while being read
                }
            }
        } catch (IOException e) {
            return;
        }
        synchronized (readings) {
            readings.add(new Reading(now, machine, ticks, groups));
        }
    }

    /** CPU ticks of a JVM's JIT compiler threads ("JIT") and garbage collector threads ("GC"), from /proc/PID/task. */
    static Map<String, Long> jvmThreadTicks(Path processDir) {
        Map<String, Long> byKind = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(processDir.resolve("task"))) {
            for (Path task : tasks) {
                try {
                    ProcessTicks t = ProcessTicks.parse(Files.readString(task.resolve("stat")));
                    String kind = jvmThreadKind(t.command());
                    if (kind != null) {
                        byKind.merge(kind, t.ticks(), Long::sum);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            // the process ended: no threads to tell apart
        }
        return byKind;
    }

    /** "JIT" for HotSpot's compiler threads, "GC" for its collector threads (by their names, cut to 15 characters), else null. */
    static String jvmThreadKind(String threadName) {
        if (threadName.startsWith("C1 CompilerThre") || threadName.startsWith("C2 CompilerThre")) {
            return "JIT";
        }
        if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ") || threadName.startsWith("VM Thread")) {
            return "GC";
        }
        return null;
    }

    private String group(long pid, String command) {
        String service = services.get(pid);
        if (service != null) {
            return service;
        }
        if (pid == self) {
            return BENCH;
        }
        return command.equals("postgres") ? POSTGRESQL : command;
    }

    /** A process's command name and CPU ticks (user + system) from its /proc/PID/stat line. */
    record ProcessTicks(String command, long ticks) {
        static ProcessTicks parse(String stat) {
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            String[] f = stat.substring(close + 2).trim().split(" ");
            // after the command: state(3) ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime(14)
            // stime(15)
            return new ProcessTicks(stat.substring(open + 1, close), Long.parseLong(f[11]) + Long.parseLong(f[12]));
        }
    }

    /** Stops watching (after one last reading); the intervals between readings, in order. */
    List<Interval> stop() throws InterruptedException {
        stop = true;
        thread.interrupt();
        thread.join(5_000);
        read();
        List<Interval> intervals = new ArrayList<>();
        synchronized (readings) {
            for (int i = 1; i < readings.size(); i++) {
                intervals.add(between(readings.get(i - 1), readings.get(i)));
            }
        }
        return intervals;
    }

    /** What each group used between two readings; a process that started in between counts from zero. */
    static Interval between(Reading a, Reading b) {
        Map<String, Long> byGroup = new HashMap<>();
        b.ticks.forEach((pid, now) -> {
            long used = now - a.ticks.getOrDefault(pid, 0L);
            if (used > 0) {
                byGroup.merge(b.groups.get(pid), used, Long::sum);
            }
        });
        return new Interval(a.nanos, b.nanos, b.machine.minus(a.machine), byGroup);
    }

    /** The intervals together, as one. */
    static Interval whole(List<Interval> intervals) {
        if (intervals.isEmpty()) {
            return new Interval(0, 0, Machine.ZERO, Map.of());
        }
        Map<String, Long> byGroup = new HashMap<>();
        Machine m = Machine.ZERO;
        for (Interval i : intervals) {
            i.ticksByGroup.forEach((g, t) -> byGroup.merge(g, t, Long::sum));
            m = m.plus(i.machine);
        }
        return new Interval(intervals.get(0).fromNanos, intervals.get(intervals.size() - 1).toNanos, m, byGroup);
    }

    /** The interval that holds the moment, or null. */
    static Interval at(List<Interval> intervals, long nanos) {
        for (Interval i : intervals) {
            if (i.fromNanos <= nanos && nanos < i.toNanos) {
                return i;
            }
        }
        return null;
    }
}
