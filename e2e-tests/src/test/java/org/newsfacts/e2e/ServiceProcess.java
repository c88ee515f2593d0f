package org.newsfacts.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.newsfacts.devstack.TestInfrastructure;

/** One NewsFacts service started from its packaged jar, as {@code ./newsfacts up} starts it. */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private ServiceProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static ServiceProcess start(Path root, String name, int port, Map<String, String> env, Path logDir)
            throws IOException {
        Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (mvn verify builds them)");
        }
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-Dquarkus.http.port=" + port,
                // The Kafka consumer's group events (partitions assigned, revoked, lost; joins and leaves): the
                // evidence of a rebalance.
                "-Dquarkus.log.category.\"org.apache.kafka.clients.consumer.internals\".level=INFO",
                "-jar",
                jar.toString()));
        // Appended, with a line per start: a drill restarts a service, and the run before the restart is the evidence.
        Files.writeString(
                log,
                "=== " + Instant.now() + " starting " + name + " on port " + port + System.lineSeparator(),
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        return new ServiceProcess(name, port, log, pb.start());
    }

    /**
     * A directory of its own for one run of a test class, under {@code work}, named after the time it started
     * ({@code run-20261207-060053}): a run's service logs are kept beside the earlier runs', not written over.
     */
    static Path runDirectory(Path work) throws IOException {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now());
        for (int i = 0; ; i++) {
            Path dir = work.resolve("run-" + stamp + (i == 0 ? "" : "-" + i));
            try {
                return Files.createDirectory(dir);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // another run started in the same second
            }
        }
    }

    /**
     * The three services on free ports, as {@code ./newsfacts up} starts them: extract-service first
     * (it owns the schema query-service reads), then query- and ingest-service; returns once all are ready.
     */
    static List<ServiceProcess> startAll(Path root, Map<String, String> env, Path logDir, Duration patience)
            throws IOException {
        List<ServiceProcess> started = new ArrayList<>();
        for (String name : List.of("extract-service", "query-service", "ingest-service")) {
            ServiceProcess s = start(root, name, TestInfrastructure.freePort(), env, logDir);
            started.add(s);
            if (name.equals("extract-service")) {
                await(name + " ready")
                        .atMost(patience)
                        .pollInterval(Duration.ofMillis(300))
                        .until(s::isReady);
            }
        }
        for (ServiceProcess s : started) {
            await(s.name + " ready")
                    .atMost(patience)
                    .pollInterval(Duration.ofMillis(300))
                    .until(s::isReady);
        }
        return started;
    }

    boolean isReady() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
        }
        try {
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(uri("/q/health/ready"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET " + path + " on " + name + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    /** The status of its readiness check (0 when it does not answer). */
    int readiness() {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(uri("/q/health/ready"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** kill -9: no shutdown hooks, no goodbye to the broker or the database. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
