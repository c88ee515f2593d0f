package org.newsfacts.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The benchmark driver behind {@code ./newsfacts bench} (which starts the stack and runs the
 * extractor benchmark first): end to end over the inbox, the latency at a steady rate, query load,
 * the export, and each service's peak memory. Prints a table and writes {@code bench.json}.
 *
 * <pre>java -cp … org.newsfacts.bench.Bench --inbox DIR --pids DIR --out FILE [--name value …]</pre>
 */
public final class Bench {

    private final Map<String, String> options;
    private final Map<String, Map<String, Object>> results = new LinkedHashMap<>();
    private QueryLoad queryLoad;
    private List<String> queryPaths;

    private Bench(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of(
                "articles",
                "10000",
                "steady-rate",
                "20",
                "steady-seconds",
                "30",
                "min-facts",
                "100000",
                "query-rate",
                "500",
                "query-seconds",
                "30",
                "warmup-seconds",
                "10",
                "query-url",
                "http://localhost:8080",
                "connections",
                "64"));
        options.put("stages", "e2e,query,export,backfill");
        options.put("backfill-articles", "10000");
        options.put("extract-url", "http://localhost:8082");
        options.put("warmup-articles", "1000");
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got '" + args[i] + "'");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        for (String required : List.of("corpus", "inbox", "pids", "out", "db-url")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("--" + required + " is required");
            }
        }
        new Bench(options).run();
    }

    private int integer(String name) {
        return Integer.parseInt(options.get(name));
    }

    private void run() throws Exception {
        section("machine").putAll(Machine.describe());
        Map<String, Object> aot = new LinkedHashMap<>();
        for (String service : List.of("ingest", "extract", "query")) {
            aot.put(service, Machine.aotCache(pidFile(service)));
        }
        section("machine").put("aotCache", aot);
        if (options.containsKey("extractor-json")) {
            section("extractor").putAll(Json.parseFlat(Files.readString(Path.of(options.get("extractor-json")))));
        }
        try (Connection db = DriverManager.getConnection(
                options.get("db-url"),
                options.getOrDefault("db-user", "newsfacts"),
                options.getOrDefault("db-password", "newsfacts"))) {
            EndToEnd e2e = new EndToEnd(Path.of(options.get("corpus")), Path.of(options.get("inbox")), db);
            Map<String, Object> corpus = section("corpus");
            corpus.put("label", options.getOrDefault("corpus-label", options.get("corpus")));
            corpus.put(
                    "path",
                    Path.of(options.get("corpus")).toAbsolutePath().normalize().toString());
            corpus.put("articles", e2e.corpusSize());
            List<String> stages = List.of(options.get("stages").split(","));
            if (stages.contains("e2e")) {
                endToEnd(e2e);
            }
            if (stages.contains("query")) {
                queryLoad(e2e, db);
            }
            if (stages.contains("export")) {
                export();
            }
            if (stages.contains("backfill")) {
                backfill(e2e, db);
            }
        }
        Map<String, Object> rss = section("rssMb");
        for (String service : List.of("ingest", "extract", "query")) {
            rss.put(service, Machine.peakRssMb(pidFile(service)));
        }
        Path out = Path.of(options.get("out"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, Json.write(results) + "\n");
        System.out.println();
        System.out.println(Report.table(results));
        System.out.println("[bench] figures written to " + out);
    }

    /** The PID file ./newsfacts keeps for a service ("ingest", "extract", "query"). */
    private Path pidFile(String service) {
        return Path.of(options.get("pids"), service + "-service.pid");
    }

    private void endToEnd(EndToEnd e2e) throws Exception {
        int n = integer("articles");
        int warmup = integer("warmup-articles");
        Map<String, Object> s = section("endToEnd");
        if (warmup > 0) {
            say("end to end: warming the services up with %,d articles (the stack's first: a cold start)…", warmup);
            CpuWatch cpu = CpuWatch.start(Path.of(options.get("pids")));
            EndToEnd.Throughput cold = e2e.burst(warmup, done -> {});
            cpuPerArticle(s, "cold", cpu.stop(), warmup, cold);
        }
        say(
                "end to end: dropping %,d articles (cycling %,d corpus articles, each made unique) into %s",
                n, e2e.corpusSize(), options.get("inbox"));
        CpuWatch cpu = CpuWatch.start(Path.of(options.get("pids")));
        EndToEnd.Throughput t = e2e.burst(n, done -> say("  %,d/%,d queryable", done, n));
        say("  all %,d queryable after %.1f s: %.0f articles/s", n, t.seconds(), t.articlesPerSecond());
        cpuPerArticle(s, "warm", cpu.stop(), n, t);
        double rate = Double.parseDouble(options.get("steady-rate"));
        int steady = (int) Math.round(rate * integer("steady-seconds"));
        say(
                "latency: %,d articles at a steady %.0f/s, each timed from its arrival in the inbox to being queryable",
                steady, rate);
        EndToEnd.Latency l = e2e.steady(steady, rate, true);
        say(
                "  p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms",
                l.percentile(50), l.percentile(95), l.percentile(99), l.percentile(100));
        s.put("articles", n);
        s.put("seconds", t.seconds());
        s.put("articlesPerSecond", t.articlesPerSecond());
        s.put("steadyRate", rate);
        s.put("steadyArticles", steady);
        s.put("latencyP50Ms", l.percentile(50));
        s.put("latencyP95Ms", l.percentile(95));
        s.put("latencyP99Ms", l.percentile(99));
        s.put("latencyMaxMs", l.percentile(100));
        stages(s, l);
    }

    /** Where the steady articles' time went, stage by stage (p50 and p99, ms), printed and in the JSON. */
    private static void stages(Map<String, Object> section, EndToEnd.Latency l) {
        Map<String, Map<String, Double>> stages = new LinkedHashMap<>();
        StringBuilder line = new StringBuilder("  by stage (p50 / p99 ms):");
        for (EndToEnd.Stage stage : EndToEnd.Stage.values()) {
            double p50 = l.stagePercentile(stage, 50);
            double p99 = l.stagePercentile(stage, 99);
            Map<String, Double> of = new LinkedHashMap<>();
            of.put("p50Ms", p50);
            of.put("p99Ms", p99);
            stages.put(stage.key, of);
            line.append(String.format(Locale.ROOT, " %s %.0f / %.0f;", stage.key, p50, p99));
        }
        say("%s", line.substring(0, line.length() - 1));
        section.put("latencyByStage", stages);
    }

    /**
     * Where a burst's CPU went, in milliseconds of CPU per article by process (each service's JIT and
     * GC threads apart, PostgreSQL's processes together, the rest of the machine as "other"): the
     * budget an end-to-end rate leaves on this machine is cores × 1000 / rate ms per article.
     */
    private void cpuPerArticle(
            Map<String, Object> section,
            String phase,
            List<CpuWatch.Interval> used,
            int articles,
            EndToEnd.Throughput t) {
        CpuWatch.Interval whole = CpuWatch.whole(used);
        Map<String, Double> msPerArticle = new LinkedHashMap<>();
        long ours = 0;
        for (Map.Entry<String, Long> e : whole.ticksByGroup().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .toList()) {
            double ms = e.getValue() * 1000 / CpuWatch.TICKS_PER_SECOND / articles;
            if (ms >= 0.05) {
                msPerArticle.put(e.getKey(), Math.round(ms * 100) / 100.0);
            }
            ours += e.getValue();
        }
        double total = ours * 1000 / CpuWatch.TICKS_PER_SECOND / articles;
        say(
                "  %s: %.0f articles/s; CPU per article %.1f ms (all processes): %s; idle %.0f %%, steal %.0f %%",
                phase,
                t.articlesPerSecond(),
                total,
                msPerArticle.entrySet().stream()
                        .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
                        .collect(java.util.stream.Collectors.joining(", ")),
                whole.percent(whole.machine().idle()),
                whole.percent(whole.machine().steal()));
        section.put(phase + "ArticlesPerSecond", t.articlesPerSecond());
        section.put(phase + "CpuMsPerArticle", Math.round(total * 100) / 100.0);
        section.put(phase + "CpuMsPerArticleBy", new LinkedHashMap<String, Object>(msPerArticle));
    }

    private void queryLoad(EndToEnd e2e, Connection db) throws Exception {
        long want = Long.parseLong(options.get("min-facts"));
        say("query load: topping the store up to %,d facts through the pipeline…", want);
        long facts = e2e.fillTo(want, now -> say("  %,d facts stored", now));
        List<String> subjects = e2e.subjects(300);
        List<String> paths = new ArrayList<>();
        for (String subject : subjects) {
            paths.add("/api/facts?subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8) + "&limit=20");
        }
        Collections.shuffle(paths, new Random(42));
        URI base = URI.create(options.get("query-url"));
        QueryLoad load = new QueryLoad(base.getHost(), base.getPort(), paths);
        queryLoad = load;
        queryPaths = paths;
        int rate = integer("query-rate");
        long drainStart = System.nanoTime();
        long pending;
        while ((pending = e2e.scalar("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) > 0
                && System.nanoTime() - drainStart < 120_000_000_000L) {
            Thread.sleep(100);
        }
        double drained = (System.nanoTime() - drainStart) / 1e9;
        say(
                "  extraction idle: every article stored, %s",
                pending == 0
                        ? String.format(
                                Locale.ROOT,
                                "every facts.extracted event relayed (%.1f s after the last article)",
                                drained)
                        : pending + " events still not relayed after 120 s");
        say(
                "  %,d facts; %d subjects and aliases; warming up %s s at %d req/s…",
                facts, paths.size(), options.get("warmup-seconds"), rate);
        load.run(rate, integer("warmup-seconds"), integer("connections"));
        ServerState before = ServerState.read(db, base);
        ServerState.Sampler vacuums = ServerState.sampleAutovacuum(options);
        CpuWatch cpu = CpuWatch.start(Path.of(options.get("pids")));
        QueryLoad.Result r = load.run(rate, integer("query-seconds"), integer("connections"));
        List<CpuWatch.Interval> used = cpu.stop();
        List<String> seen = vacuums.stop();
        ServerState after = ServerState.read(db, base);
        ServerState.Delta d = after.since(before);
        say(
                "  %d req/s offered for %s s: %.0f req/s served, p50 %.2f ms, p99 %.2f ms, max %.1f ms, %d errors",
                rate,
                options.get("query-seconds"),
                r.requestsPerSecond(),
                r.percentileMs(50),
                r.percentileMs(99),
                r.maxMs(),
                r.errors());
        say(
                "  meanwhile: page cache hit rate %.1f%% (%d pages read on a request's path, %d renewed in the background, %d ended by "
                        + "facts.extracted events), %d autovacuum/autoanalyze runs finished, autovacuum seen working: %s",
                100 * d.cacheHitRate(),
                d.misses(),
                d.refreshes(),
                d.invalidations(),
                d.vacuumRuns(),
                seen.isEmpty() ? "never" : String.join("; ", seen));
        Map<String, Object> s = section("query");
        s.put("facts", facts);
        s.put("subjects", paths.size());
        s.put("offeredRate", rate);
        s.put("seconds", integer("query-seconds"));
        s.put("requestsPerSecond", r.requestsPerSecond());
        s.put("p50Ms", r.percentileMs(50));
        s.put("p99Ms", r.percentileMs(99));
        s.put("maxMs", r.maxMs());
        s.put("errors", r.errors());
        s.put("outboxPendingAtStart", pending);
        s.put("secondsToRelayAfterLoad", drained);
        s.put("cacheHitRate", d.cacheHitRate());
        s.put("cacheInvalidations", d.invalidations());
        s.put("autovacuumRunsFinished", d.vacuumRuns());
        s.put("autovacuumSeen", String.join("; ", seen));
        tail(r, used, d, s, "");
    }

    /**
     * What the machine did while queries ran, said and recorded with their figures: the CPU each
     * process took (cores), idle, I/O wait and steal time, query-service's GC pauses, and the seconds
     * that had answers over 10 ms with what ran in each (the three worst).
     */
    private static void tail(
            QueryLoad.Result r,
            List<CpuWatch.Interval> used,
            ServerState.Delta d,
            Map<String, Object> s,
            String prefix) {
        CpuWatch.Interval whole = CpuWatch.whole(used);
        say(
                "  CPU meanwhile (cores): %s; query-service GC: %d pauses, %.0f ms in all",
                whole.describe(), d.gcPauses(), d.gcPauseSeconds() * 1000);
        List<Integer> slow = r.slowSeconds();
        say(
                "  %d of %d seconds had answers over %d ms%s",
                slow.size(),
                r.slowPerSecond().length - 1,
                QueryLoad.SLOW_NANOS / 1_000_000,
                slow.isEmpty() ? "" : "; the worst:");
        List<String> worst = new ArrayList<>();
        for (int second : slow.subList(0, Math.min(3, slow.size()))) {
            CpuWatch.Interval at = CpuWatch.at(used, r.startNanos() + second * 1_000_000_000L + 500_000_000L);
            String line = String.format(
                    Locale.ROOT,
                    "second %d: %d over, max %.1f ms; CPU %s",
                    second,
                    r.slowPerSecond()[second],
                    r.maxPerSecond()[second] / 1e6,
                    at == null ? "not read" : at.describe());
            say("    %s", line);
            worst.add(line);
        }
        s.put(key(prefix, "cpuCores"), new LinkedHashMap<String, Object>(whole.notableCores()));
        s.put(key(prefix, "idlePercent"), whole.percent(whole.machine().idle()));
        s.put(key(prefix, "iowaitPercent"), whole.percent(whole.machine().iowait()));
        s.put(key(prefix, "stealPercent"), whole.percent(whole.machine().steal()));
        s.put(key(prefix, "gcPauses"), d.gcPauses());
        s.put(key(prefix, "gcPauseMs"), d.gcPauseSeconds() * 1000);
        s.put(key(prefix, "slowSeconds"), slow.size());
        s.put(key(prefix, "worstSeconds"), String.join(" | ", worst));
    }

    /**
     * Re-extraction after an upgrade: marks the oldest N stored articles as made by an older extractor,
     * asks extract-service to re-extract now, and while it works measures the live articles' latency
     * (as in the end-to-end stage) and the query load; then times the whole backfill.
     */
    private void backfill(EndToEnd e2e, Connection db) throws Exception {
        int n = integer("backfill-articles");
        long stored = e2e.scalar("SELECT count(*) FROM article");
        if (stored < n) {
            say("backfill: topping the store up from %,d to %,d articles first…", stored, n);
            e2e.burst((int) (n - stored), done -> {});
        }
        int marked;
        try (java.sql.PreparedStatement ps = db.prepareStatement("UPDATE article SET extractor_version = '0.0.0-bench' "
                + "WHERE id IN (SELECT id FROM article ORDER BY ingested_at, id LIMIT ?)")) {
            ps.setInt(1, n);
            marked = ps.executeUpdate();
        }
        say("backfill: %,d stored articles marked as an older extractor's; re-extraction asked for", marked);
        long start = System.nanoTime();
        http("POST", "/api/reextract");
        double rate = Double.parseDouble(options.get("steady-rate"));
        int steady = (int) Math.round(rate * integer("steady-seconds"));
        say("  live latency meanwhile: %,d articles at a steady %.0f/s…", steady, rate);
        EndToEnd.Latency live = e2e.steady(steady, rate, false); // its stages are not reported
        long dueAfterLive = remaining();
        say(
                "  p50 %.0f ms, p99 %.0f ms, max %.0f ms (%,d still due at the end)",
                live.percentile(50), live.percentile(99), live.percentile(100), dueAfterLive);
        QueryLoad.Result q = null;
        if (queryPaths != null) {
            say("  query load meanwhile: %d req/s for %s s…", integer("query-rate"), options.get("query-seconds"));
            URI base = URI.create(options.get("query-url"));
            ServerState before = ServerState.read(db, base);
            CpuWatch cpu = CpuWatch.start(Path.of(options.get("pids")));
            q = queryLoad.run(integer("query-rate"), integer("query-seconds"), integer("connections"));
            List<CpuWatch.Interval> used = cpu.stop();
            ServerState.Delta d = ServerState.read(db, base).since(before);
            say(
                    "  p50 %.2f ms, p99 %.2f ms, max %.1f ms, %d errors (%,d still due at the end; page cache hit rate %.1f%%: %d pages "
                            + "read on a request's path, %d renewed in the background, %d ended by events)",
                    q.percentileMs(50),
                    q.percentileMs(99),
                    q.maxMs(),
                    q.errors(),
                    remaining(),
                    100 * d.cacheHitRate(),
                    d.misses(),
                    d.refreshes(),
                    d.invalidations());
            section("backfill").put("queryCacheHitRate", d.cacheHitRate());
            tail(q, used, d, section("backfill"), "query");
        }
        while (remaining() > 0) {
            Thread.sleep(1000);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        say(
                "  all %,d re-extracted after %.1f s: %.0f articles/s, live traffic included",
                marked, seconds, marked / seconds);
        Map<String, Object> s = section("backfill");
        s.put("articles", marked);
        s.put("seconds", seconds);
        s.put("articlesPerSecond", marked / seconds);
        s.put("liveLatencyP50Ms", live.percentile(50));
        s.put("liveLatencyP99Ms", live.percentile(99));
        s.put("liveLatencyMaxMs", live.percentile(100));
        s.put("dueAfterLiveMeasure", dueAfterLive);
        if (q != null) {
            s.put("queryP50Ms", q.percentileMs(50));
            s.put("queryP99Ms", q.percentileMs(99));
            s.put("queryMaxMs", q.maxMs());
            s.put("queryErrors", q.errors());
        }
    }

    /** A bench.json field name within a section: "p99Ms", or with a prefix "queryP99Ms". */
    static String key(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private long remaining() throws IOException {
        String status = http("GET", "/api/reextract");
        Object remaining = Json.parseFlat(status).get("remaining");
        if (remaining == null) {
            throw new IOException("extract-service's /api/reextract has no 'remaining': " + status);
        }
        return ((Number) remaining).longValue();
    }

    private String http(String method, String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection)
                URI.create(options.get("extract-url") + path).toURL().openConnection();
        c.setRequestMethod(method);
        int code = c.getResponseCode();
        try (InputStream in = code < 400 ? c.getInputStream() : c.getErrorStream()) {
            String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (code >= 300) {
                throw new IOException(method + " " + path + " on extract-service answered " + code + ": " + body);
            }
            return body;
        }
    }

    private void export() throws IOException {
        say("export: GET /api/facts/export, once to warm up, then 3 times");
        double[] seconds = new double[3];
        long lines = 0;
        timeExport();
        for (int i = 0; i < seconds.length; i++) {
            long start = System.nanoTime();
            lines = timeExport();
            seconds[i] = (System.nanoTime() - start) / 1e9;
            say("  %,d facts in %.2f s", lines, seconds[i]);
        }
        Arrays.sort(seconds);
        double median = seconds[1];
        Map<String, Object> s = section("export");
        s.put("facts", lines);
        s.put("secondsMedian", median);
        s.put("seconds100k", median * 100_000 / Math.max(1, lines));
    }

    /** Streams the whole export and counts its lines. */
    private long timeExport() throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(options.get("query-url") + "/api/facts/export")
                .toURL()
                .openConnection();
        c.setRequestProperty("Accept", "application/x-ndjson");
        if (c.getResponseCode() != 200) {
            throw new IOException("the export answered " + c.getResponseCode());
        }
        long lines = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = c.getInputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }

    private Map<String, Object> section(String name) {
        return results.computeIfAbsent(name, k -> new LinkedHashMap<>());
    }

    static void say(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
