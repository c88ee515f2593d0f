package org.newsfacts.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@link DevStack} in a child JVM (inside a user namespace when it hosts PostgreSQL and this runs as
 * root, since PostgreSQL refuses root), started with the given options and ended when this JVM ends.
 * Started again with the same home and ports, it finds its data: tests use that to stop a server and
 * bring it back.
 */
public final class DevStackProcess implements AutoCloseable {

    private final Path home;
    private final List<String> options;
    private final Map<String, String> environment;
    private Process process;

    private DevStackProcess(Path home, List<String> options, Process process, Map<String, String> environment) {
        this.home = home;
        this.options = options;
        this.process = process;
        this.environment = environment;
    }

    /** Starts DevStack with {@code options} (see its usage; {@code --home} and {@code --exit-on-stdin-eof} are added). */
    public static DevStackProcess start(Path home, List<String> options) {
        return new DevStackProcess(home, List.copyOf(options), null, null).launch();
    }

    private DevStackProcess launch() {
        try {
            Files.createDirectories(home);
            List<String> command = new ArrayList<>();
            if (!options.contains("--no-postgres") && isRoot()) {
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-XX:+UseSerialGC",
                    "-cp",
                    childClassPath(),
                    DevStack.class.getName(),
                    "--home",
                    home.toString(),
                    "--exit-on-stdin-eof"));
            command.addAll(options);
            Path logFile = home.resolve("dev-stack.log");
            Process started = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started)));
            CompletableFuture<Map<String, String>> ready = CompletableFuture.supplyAsync(() -> readReadyLine(started));
            try {
                return new DevStackProcess(home, options, started, ready.get(180, TimeUnit.SECONDS));
            } catch (Exception e) {
                stop(started);
                String log = Files.exists(logFile) ? Files.readString(logFile) : "";
                throw new IllegalStateException("the embedded Kafka/PostgreSQL did not start: " + e + "\n--- " + logFile
                        + " ---\n" + (log.length() <= 4000 ? log : "…" + log.substring(log.length() - 4000)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What it printed when ready: KAFKA_BOOTSTRAP_SERVERS and/or NEWSFACTS_DB_URL (and the database user). */
    public Map<String, String> environment() {
        return environment;
    }

    /** Stops it the orderly way (the servers shut down cleanly). */
    public void stop() {
        stop(process);
    }

    /** Starts it again, with the same home, ports and data. */
    public DevStackProcess restart() {
        stop();
        return launch();
    }

    @Override
    public void close() {
        stop();
    }

    private static Map<String, String> readReadyLine(Process process) {
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith(DevStack.READY)) {
                    Map<String, String> values = new HashMap<>();
                    for (String pair :
                            line.substring(DevStack.READY.length()).trim().split(" ")) {
                        int eq = pair.indexOf('=');
                        values.put(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                    Thread drain = new Thread(
                            () -> {
                                try {
                                    while (reader.readLine() != null) {
                                        // Keep the pipe from filling.
                                    }
                                } catch (IOException ignored) {
                                    // The child is gone.
                                }
                            },
                            "dev-stack-stdout");
                    drain.setDaemon(true);
                    drain.start();
                    return values;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("dev-stack exited with " + process.exitValue() + " before it was ready");
    }

    private static void stop(Process process) {
        if (process == null || !process.isAlive()) {
            return;
        }
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.flush();
        } catch (IOException ignored) {
            // Closing stdin asks the child to exit; destroy below makes sure.
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** This module's classes and its runtime dependencies, as recorded at build time. */
    static String childClassPath() throws IOException {
        String self;
        try {
            self = Path.of(DevStack.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (var in = DevStack.class.getResourceAsStream("classpath.txt")) {
            if (in == null) {
                throw new IOException("classpath.txt is missing from dev-stack: build it with Maven");
            }
            return self + java.io.File.pathSeparator + new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (Exception e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
