package org.newsfacts.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the servers were doing around a measurement, so that a figure says what it measured:
 * query-service's page cache counters (from its readiness check), its garbage collector's pauses
 * (from its metrics), and PostgreSQL's autovacuum and autoanalyze runs (pg_stat_user_tables), plus an
 * autovacuum watcher (pg_stat_activity).
 */
record ServerState(
        long cacheHits,
        long cacheMisses,
        long cacheRefreshes,
        long invalidations,
        long vacuumRuns,
        long gcPauses,
        double gcPauseSeconds) {

    /** What changed between two states. */
    record Delta(
            long hits,
            long misses,
            long refreshes,
            long invalidations,
            long vacuumRuns,
            long gcPauses,
            double gcPauseSeconds) {
        double cacheHitRate() {
            return hits + misses == 0 ? Double.NaN : (double) hits / (hits + misses);
        }
    }

    Delta since(ServerState before) {
        return new Delta(
                cacheHits - before.cacheHits,
                cacheMisses - before.cacheMisses,
                cacheRefreshes - before.cacheRefreshes,
                invalidations - before.invalidations,
                vacuumRuns - before.vacuumRuns,
                gcPauses - before.gcPauses,
                gcPauseSeconds - before.gcPauseSeconds);
    }

    /** The pauses so far and their total seconds, from a Prometheus page's jvm_gc_pause_seconds counters (all collectors). */
    static double[] gcPauses(String prometheus) {
        double count = 0;
        double sum = 0;
        for (String line : prometheus.split("\n")) {
            int space = line.lastIndexOf(' ');
            if (line.startsWith("jvm_gc_pause_seconds_count")) {
                count += Double.parseDouble(line.substring(space + 1));
            } else if (line.startsWith("jvm_gc_pause_seconds_sum")) {
                sum += Double.parseDouble(line.substring(space + 1));
            }
        }
        return new double[] {count, sum};
    }

    static ServerState read(Connection db, URI query) throws IOException, SQLException {
        String health = get(query.resolve("/q/health/ready"));
        long runs;
        try (PreparedStatement ps = db.prepareStatement(
                        "SELECT coalesce(sum(autovacuum_count + autoanalyze_count), 0) FROM pg_stat_user_tables");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            runs = rs.getLong(1);
        }
        Map<String, Object> cache = Json.parseFlat(health);
        double[] gc = gcPauses(get(query.resolve("/q/metrics")));
        return new ServerState(
                number(cache, "hits"),
                number(cache, "misses"),
                number(cache, "refreshes"),
                number(cache, "invalidations"),
                runs,
                (long) gc[0],
                gc[1]);
    }

    /** Watches pg_stat_activity for autovacuum workers until stopped; what they worked on, in order seen. */
    static Sampler sampleAutovacuum(Map<String, String> options) {
        Sampler s = new Sampler(options);
        s.thread.start();
        return s;
    }

    static final class Sampler {
        private final Set<String> seen = new LinkedHashSet<>();
        private final Thread thread;
        private volatile boolean stop;

        private Sampler(Map<String, String> options) {
            thread = new Thread(
                    () -> {
                        try (Connection c = DriverManager.getConnection(
                                        options.get("db-url"),
                                        options.getOrDefault("db-user", "newsfacts"),
                                        options.getOrDefault("db-password", "newsfacts"));
                                PreparedStatement ps = c.prepareStatement(
                                        "SELECT query FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND query <> ''")) {
                            while (!stop) {
                                try (ResultSet rs = ps.executeQuery()) {
                                    while (rs.next()) {
                                        synchronized (seen) {
                                            seen.add(rs.getString(1).replace("autovacuum: ", ""));
                                        }
                                    }
                                }
                                Thread.sleep(250);
                            }
                        } catch (SQLException e) {
                            synchronized (seen) {
                                seen.add("(cannot watch: " + e.getMessage() + ")");
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    },
                    "autovacuum-watch");
            thread.setDaemon(true);
        }

        List<String> stop() throws InterruptedException {
            stop = true;
            thread.join(5_000);
            synchronized (seen) {
                return new ArrayList<>(seen);
            }
        }
    }

    private static long number(Map<String, Object> fields, String name) {
        return ((Number) fields.getOrDefault(name, 0)).longValue();
    }

    private static String get(URI uri) throws IOException {
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        int code = c.getResponseCode();
        try (InputStream in = code < 400 ? c.getInputStream() : c.getErrorStream()) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
