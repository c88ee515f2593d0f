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

    /** The process's peak resident set (VmHWM) in MB, or null if its PID file or process is gone. */
    static Long peakRssMb(Path pidFile) {
        try {
            String pid = Files.readString(pidFile).trim();
            String kb = firstValue(Path.of("/proc", pid, "status"), "VmHWM");
            return kb == null ? null : Long.parseLong(kb.replaceAll("\\D", "")) / 1024;
        } catch (IOException | NumberFormatException e) {
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
