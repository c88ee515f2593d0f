package org.newsfacts.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * The local infrastructure as one process: a real Kafka broker (KRaft) and a real PostgreSQL,
 * both keeping their data under {@code --home}. Prints one line starting with {@link #READY}
 * once both accept connections and the topics exist, writes the same settings to
 * {@code <home>/stack.env}, then runs until it is terminated (or, with {@code --exit-on-stdin-eof},
 * until its parent closes its standard input).
 *
 * <pre>
 * java -cp … org.newsfacts.devstack.DevStack --home .newsfacts [--kafka-port 9092] [--controller-port 9093]
 *      [--pg-port 5433] [--no-kafka] [--no-postgres] [--fast] [--exit-on-stdin-eof]
 * </pre>
 */
public final class DevStack {

    public static final String READY = "NEWSFACTS-STACK-READY";

    private DevStack() {}

    record Options(
            Path home,
            int kafkaPort,
            int controllerPort,
            int pgPort,
            boolean kafka,
            boolean postgres,
            boolean fast,
            boolean exitOnStdinEof) {

        static Options parse(String[] args) {
            Path home = Path.of(".newsfacts");
            int kafkaPort = 9092;
            int controllerPort = 9093;
            int pgPort = 5433;
            boolean kafka = true;
            boolean postgres = true;
            boolean fast = false;
            boolean exitOnEof = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--home" -> home = Path.of(value(args, ++i));
                    case "--kafka-port" -> kafkaPort = port(args, ++i);
                    case "--controller-port" -> controllerPort = port(args, ++i);
                    case "--pg-port" -> pgPort = port(args, ++i);
                    case "--no-kafka" -> kafka = false;
                    case "--no-postgres" -> postgres = false;
                    case "--fast" -> fast = true;
                    case "--exit-on-stdin-eof" -> exitOnEof = true;
                    default ->
                        throw new IllegalArgumentException(
                                "unknown option " + args[i]
                                        + " (known: --home --kafka-port --controller-port --pg-port --no-kafka --no-postgres --fast --exit-on-stdin-eof)");
                }
            }
            return new Options(
                    home.toAbsolutePath(), kafkaPort, controllerPort, pgPort, kafka, postgres, fast, exitOnEof);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a value");
            }
            return args[i];
        }

        private static int port(String[] args, int i) {
            String v = value(args, i);
            try {
                int p = Integer.parseInt(v);
                if (p < 0 || p > 65535) {
                    throw new NumberFormatException();
                }
                return p;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(args[i - 1] + " takes a port number, not '" + v + "'");
            }
        }
    }

    public static void main(String[] args) throws Exception {
        // Kafka and PostgreSQL are chatty at INFO; their warnings and errors still show.
        System.setProperty(
                "org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("dev-stack: " + e.getMessage());
            System.exit(2);
            return;
        }
        List<AutoCloseable> started = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            log("stopping");
                            for (int i = started.size() - 1; i >= 0; i--) {
                                try {
                                    started.get(i).close();
                                } catch (Exception e) {
                                    log("while stopping: " + e);
                                }
                            }
                            stopped.countDown();
                        },
                        "dev-stack-shutdown"));

        String bootstrap = null;
        String jdbcUrl = null;
        try {
            if (options.postgres()) {
                log("starting PostgreSQL on port " + options.pgPort() + " (data in "
                        + options.home().resolve("postgres") + ")");
                PostgresNode pg =
                        PostgresNode.start(options.home().resolve("postgres"), options.pgPort(), !options.fast());
                started.add(pg);
                jdbcUrl = pg.jdbcUrl();
                log("PostgreSQL ready at " + jdbcUrl);
            }
            if (options.kafka()) {
                log("starting Kafka (KRaft) on port " + options.kafkaPort() + " (data in "
                        + options.home().resolve("kafka") + ")");
                KafkaNode kafka =
                        KafkaNode.start(options.home().resolve("kafka"), options.kafkaPort(), options.controllerPort());
                started.add(kafka);
                bootstrap = kafka.bootstrapServers();
                List<String> created = Topics.create(bootstrap);
                log("Kafka ready at " + bootstrap
                        + (created.isEmpty() ? "" : "; topics: " + String.join(", ", created)));
            }
        } catch (Exception e) {
            log("failed to start: " + e);
            e.printStackTrace();
            System.exit(1);
        }

        StackConnection connection =
                new StackConnection(bootstrap, jdbcUrl, PostgresNode.USER, PostgresNode.PASSWORD, "embedded");
        String line = connection.asEnvironment().entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        writeEnvFile(options.home(), connection.asEnvironment());
        System.out.println(READY + " " + line);
        System.out.flush();

        if (options.exitOnStdinEof()) {
            Thread watcher = new Thread(
                    () -> {
                        try (InputStream in = System.in) {
                            while (in.read() >= 0) {
                                // The parent keeps the pipe open while it lives.
                            }
                        } catch (IOException ignored) {
                            // Treated as end of input.
                        }
                        log("parent went away");
                        System.exit(0);
                    },
                    "dev-stack-stdin");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    private static void writeEnvFile(Path home, Map<String, String> env) throws IOException {
        Files.createDirectories(home);
        StringBuilder sb = new StringBuilder();
        env.forEach((k, v) -> {
            if (v != null) {
                sb.append(k).append('=').append(v).append('\n');
            }
        });
        Files.writeString(home.resolve("stack.env"), sb.toString(), StandardCharsets.UTF_8);
    }

    private static void log(String message) {
        System.err.println("[dev-stack] " + message);
    }
}
