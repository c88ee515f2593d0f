package org.newsfacts.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the figures were measured on, and the services' peak memory (Linux /proc). */
final class Machine {

    private Machine() {}

    static Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        String mem = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        m.put("memoryGb", mem == null ? null : Math.round(Long.parseLong(mem.replaceAll("\\D", "")) / 1024.0 / 1024.0));
        m.put("java", Runtime.version().toString());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return m;
    }

    /** How a service's JVM uses the JDK's ahead-of-time cache (JDK 25+, made and used by ./newsfacts). */
    enum AotCache {
        /** Started from its cache: classes loaded and linked ahead, the JIT working from recorded profiles. */
        IN_USE,
        /** Recording the training run its cache is made from (the first run of a build). */
        RECORDING,
        /** No cache: an older JDK, or NEWSFACTS_AOT=off. */
        NONE;

        /** Read off a JVM's command line (its arguments, NUL-separated as in /proc/PID/cmdline). */
        static AotCache of(String commandLine) {
            for (String arg : commandLine.split("\0")) {
                if (arg.startsWith("-XX:AOTCache=")) {
                    return IN_USE;
                }
                if (arg.equals("-XX:AOTMode=record")) {
                    return RECORDING;
                }
            }
            return NONE;
        }
    }

    /** The AOT cache state of the process named by a PID file, or null if the file or process is gone. */
    static AotCache aotCache(Path pidFile) {
        Path cmdline = procFile(pidFile, "cmdline");
        try {
            return cmdline == null ? null : AotCache.of(Files.readString(cmdline));
        } catch (IOException e) {
            return null;
        }
    }

    /** The process's peak resident set (VmHWM) in MB, or null if its PID file or process is gone. */
    static Long peakRssMb(Path pidFile) {
        Path status = procFile(pidFile, "status");
        String kb = status == null ? null : firstValue(status, "VmHWM");
        try {
            return kb == null ? null : Long.parseLong(kb.replaceAll("\\D", "")) / 1024;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** /proc/PID/name of the process a PID file names, or null if the PID file cannot be read. */
    private static Path procFile(Path pidFile, String name) {
        try {
            return Path.of("/proc", Files.readString(pidFile).trim(), name);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
                    return line.substring(colon + 1).trim();
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
