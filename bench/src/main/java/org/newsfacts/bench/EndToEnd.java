package org.newsfacts.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Drops articles into the inbox the way a careful user does (written aside, then renamed in) and
 * watches the database the query-service reads until each is queryable. Every copy gets a unique
 * last line, so each is a new article (its id is the hash of its body).
 */
final class EndToEnd {

    record Throughput(int articles, double seconds) {
        double articlesPerSecond() {
            return articles / seconds;
        }
    }

    /**
     * Latencies from a file's arrival in the inbox to its article being queryable, in ms, sorted; and
     * the same articles' time by stage ({@link Stage}), each sorted.
     */
    record Latency(int articles, double rate, double[] millis, Map<Stage, double[]> stages) {
        double percentile(double p) {
            return percentileOf(millis, p);
        }

        double stagePercentile(Stage stage, double p) {
            double[] of = stages.get(stage);
            return of == null || of.length == 0 ? Double.NaN : percentileOf(of, p);
        }
    }

    /**
     * Where an article's time goes, from the timestamps the services write: the file's arrival (the
     * bench's clock), {@code article.ingested_at} (ingest-service read it), {@code article.extracted_at}
     * (extract-service extracted its batch and starts writing it), the moment the bench saw it
     * queryable, and {@code outbox_event.published_at} (its facts.extracted event relayed).
     */
    enum Stage {
        /** Arrival to read by ingest-service: the folder's watch and the file's quiet period. */
        INBOX("inbox"),
        /** Read to extracted: publishing, Kafka, the consumer's poll and batch, extraction of the batch. */
        KAFKA_AND_EXTRACTION("kafkaAndExtraction"),
        /** Extracted to queryable: the batch's database writes and commit (and the bench's 5 ms poll). */
        DATABASE("database"),
        /** Extracted to its facts.extracted event relayed (beside queryability, not on its path). */
        OUTBOX_RELAY("outboxRelay");

        final String key;

        Stage(String key) {
            this.key = key;
        }
    }

    static double percentileOf(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private final List<String> corpus;
    private final Path inbox;
    private final Path staging;
    private final Connection db;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private int next;
    private int batches;

    EndToEnd(Path corpusDir, Path inbox, Connection db) throws IOException {
        this.corpus = load(corpusDir);
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("no .txt articles under " + corpusDir.toAbsolutePath());
        }
        this.inbox = inbox;
        this.staging = inbox.resolve(".bench-staging"); // a dot folder: the inbox ignores it
        this.db = db;
        Files.createDirectories(staging);
    }

    int corpusSize() {
        return corpus.size();
    }

    /** Drops {@code n} new articles at once and times them until all are queryable. */
    Throughput burst(int n, LongConsumer progress) throws Exception {
        String prefix = "bench-" + run + "-" + (batches++) + "-";
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            drop(prefix);
        }
        long done;
        long lastReport = 0;
        while ((done = count(prefix)) < n) {
            if (System.nanoTime() - lastReport > 5_000_000_000L) {
                progress.accept(done);
                lastReport = System.nanoTime();
            }
            Thread.sleep(100);
        }
        return new Throughput(n, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Drops {@code n} articles at a steady {@code rate} per second and measures each one's latency;
     * with {@code byStage}, also their time by stage (one query of the services' timestamps after).
     */
    Latency steady(int n, double rate, boolean byStage) throws Exception {
        Map<String, Long> pending = new HashMap<>();
        Map<String, Instant> arrivedAt = new HashMap<>();
        Map<String, Instant> seenAt = new HashMap<>();
        double[] millis = new double[n];
        int measured = 0;
        long period = Math.round(1e9 / rate);
        long start = System.nanoTime();
        int dropped = 0;
        String prefix = "bench-" + run + "-" + (batches++) + "-";
        long deadline = start + period * n + 120_000_000_000L;
        try (PreparedStatement visible =
                db.prepareStatement("SELECT source FROM article_source WHERE source = ANY (?)")) {
            while (measured < n && System.nanoTime() < deadline) {
                while (dropped < n && start + dropped * period <= System.nanoTime()) {
                    String name = drop(prefix);
                    pending.put(name, System.nanoTime());
                    arrivedAt.put(name, Instant.now());
                    dropped++;
                }
                if (!pending.isEmpty()) {
                    visible.setArray(
                            1, db.createArrayOf("text", pending.keySet().toArray()));
                    long seen = System.nanoTime();
                    Instant seenWall = Instant.now();
                    try (ResultSet rs = visible.executeQuery()) {
                        while (rs.next()) {
                            Long arrived = pending.remove(rs.getString(1));
                            if (arrived != null) {
                                millis[measured++] = (seen - arrived) / 1e6;
                                seenAt.put(rs.getString(1), seenWall);
                            }
                        }
                    }
                }
                Thread.sleep(5);
            }
        }
        if (measured < n) {
            throw new IllegalStateException(
                    (n - measured) + " of " + n + " articles were not queryable within 2 minutes");
        }
        Arrays.sort(millis);
        return new Latency(n, rate, millis, byStage ? stages(arrivedAt, seenAt) : Map.of());
    }

    /** Each article's time by stage (ms, sorted), from the services' timestamps of the given files. */
    private Map<Stage, double[]> stages(Map<String, Instant> arrivedAt, Map<String, Instant> seenAt)
            throws SQLException {
        Map<Stage, List<Double>> found = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            found.put(stage, new ArrayList<>());
        }
        try (PreparedStatement q = db.prepareStatement("""
                SELECT s.source, a.ingested_at, a.extracted_at,
                       (SELECT min(o.published_at) FROM outbox_event o WHERE o.message_key = a.id) AS relayed
                FROM article_source s JOIN article a ON a.id = s.article_id
                WHERE s.source = ANY (?)""")) {
            q.setArray(1, db.createArrayOf("text", seenAt.keySet().toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    Instant ingested = instant(rs.getTimestamp(2));
                    Instant extracted = instant(rs.getTimestamp(3));
                    Instant relayed = instant(rs.getTimestamp(4));
                    add(found, Stage.INBOX, arrivedAt.get(name), ingested);
                    add(found, Stage.KAFKA_AND_EXTRACTION, ingested, extracted);
                    add(found, Stage.DATABASE, extracted, seenAt.get(name));
                    add(found, Stage.OUTBOX_RELAY, extracted, relayed);
                }
            }
        }
        Map<Stage, double[]> sorted = new LinkedHashMap<>();
        found.forEach((stage, ms) -> {
            double[] a = ms.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(a);
            sorted.put(stage, a);
        });
        return sorted;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static void add(Map<Stage, List<Double>> found, Stage stage, Instant from, Instant to) {
        if (from != null && to != null) {
            found.get(stage).add(Duration.between(from, to).toNanos() / 1e6);
        }
    }

    /** Drops articles in rounds until the database holds at least {@code facts} facts. */
    long fillTo(long facts, LongConsumer progress) throws Exception {
        long now;
        while ((now = scalar("SELECT count(*) FROM fact")) < facts) {
            progress.accept(now);
            burst(2_000, x -> {});
        }
        return now;
    }

    long scalar(String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The most frequent fact subjects, and one alias each where the entity has another name. */
    List<String> subjects(int limit) throws SQLException {
        List<String> subjects = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("""
                SELECT f.subject, (SELECT min(a.alias) FROM entity e JOIN entity_alias a ON a.entity_id = e.id
                                   WHERE e.canonical = f.subject AND a.alias <> f.subject) AS alias
                FROM fact f WHERE f.subject IS NOT NULL GROUP BY f.subject ORDER BY count(*) DESC LIMIT ?""")) {
            s.setInt(1, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    subjects.add(rs.getString(1));
                    if (rs.getString(2) != null) {
                        subjects.add(rs.getString(2));
                    }
                }
            }
        }
        return subjects;
    }

    private long count(String prefix) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT count(*) FROM article_source WHERE source LIKE ?")) {
            s.setString(1, prefix.replace("_", "\\_") + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Writes the next copy aside and renames it into the inbox; returns its name. */
    private String drop(String prefix) throws IOException {
        int i = next++;
        String name = prefix + i + ".txt";
        String body = corpus.get(i % corpus.size()).stripTrailing() + "\n\n(NewsFacts benchmark copy " + run + "-" + i
                + ".)\n";
        Path aside = staging.resolve(name);
        Files.writeString(aside, body, StandardCharsets.UTF_8);
        Files.move(aside, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        return name;
    }

    private static List<String> load(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .map(p -> {
                        try {
                            return Files.readString(p, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(p + ": " + e.getMessage(), e);
                        }
                    })
                    .toList();
        }
    }
}
