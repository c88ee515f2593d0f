package org.newsfacts.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Real Kafka and PostgreSQL for tests, chosen in this order for each of the two:
 * <ol>
 *   <li>a server named in the environment ({@code KAFKA_BOOTSTRAP_SERVERS}, {@code NEWSFACTS_DB_URL}
 *       with {@code NEWSFACTS_DB_USER}/{@code NEWSFACTS_DB_PASSWORD});</li>
 *   <li>Testcontainers, when a Docker daemon answers;</li>
 *   <li>the embedded servers of {@link DevStack}, in a child JVM (inside a user namespace when
 *       running as root, since PostgreSQL refuses root).</li>
 * </ol>
 * One set per JVM, started on first use and stopped when the JVM exits.
 */
public final class TestInfrastructure {

    private static StackConnection connection;

    private TestInfrastructure() {}

    public static synchronized StackConnection get() {
        if (connection == null) {
            connection = start(System::getenv);
            log("using Kafka " + connection.kafkaBootstrapServers() + " and PostgreSQL " + connection.jdbcUrl() + " ("
                    + connection.origin() + ")");
        }
        return connection;
    }

    static StackConnection start(Function<String, String> env) {
        String kafka = blankToNull(env.apply("KAFKA_BOOTSTRAP_SERVERS"));
        String jdbc = blankToNull(env.apply("NEWSFACTS_DB_URL"));
        String user = Objects.requireNonNullElse(blankToNull(env.apply("NEWSFACTS_DB_USER")), PostgresNode.USER);
        String password = Objects.requireNonNullElse(env.apply("NEWSFACTS_DB_PASSWORD"), PostgresNode.PASSWORD);
        List<String> origin = new ArrayList<>();
        if (kafka != null || jdbc != null) {
            origin.add("environment");
        }
        if ((kafka == null || jdbc == null) && dockerAvailable()) {
            if (kafka == null) {
                KafkaContainer container = new KafkaContainer("apache/kafka:4.2.1")
                        .withEnv("KAFKA_NUM_PARTITIONS", String.valueOf(Topics.partitions()));
                container.start();
                Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
                kafka = container.getBootstrapServers();
                createTopics(kafka);
            }
            if (jdbc == null) {
                PostgreSQLContainer container = new PostgreSQLContainer("postgres:17")
                        .withDatabaseName(PostgresNode.DATABASE)
                        .withUsername(PostgresNode.USER)
                        .withPassword(PostgresNode.PASSWORD);
                container.start();
                Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
                jdbc = container.getJdbcUrl();
                user = PostgresNode.USER;
                password = PostgresNode.PASSWORD;
            }
            origin.add("Testcontainers");
        }
        if (kafka == null || jdbc == null) {
            Map<String, String> embedded = startEmbedded(kafka == null, jdbc == null);
            if (kafka == null) {
                kafka = embedded.get("KAFKA_BOOTSTRAP_SERVERS");
            }
            if (jdbc == null) {
                jdbc = embedded.get("NEWSFACTS_DB_URL");
                user = PostgresNode.USER;
                password = PostgresNode.PASSWORD;
            }
            origin.add("embedded");
        } else {
            createTopics(kafka);
        }
        // query-service reads as its own role; the embedded server has it already, others get it now.
        ReaderRole.ensure(jdbc, user, password);
        return new StackConnection(kafka, jdbc, user, password, String.join(" + ", origin));
    }

    private static void createTopics(String kafka) {
        try {
            Topics.create(kafka);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the NewsFacts topics on " + kafka + ": " + e, e);
        }
    }

    private static boolean dockerAvailable() {
        // Without a socket or DOCKER_HOST there is nothing to ask (and Testcontainers would log an ERROR saying so).
        boolean hint = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"));
        if (!hint) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable t) {
            return false;
        }
    }

    /** Starts {@link DevStack} in a child JVM and waits for its ready line. */
    private static Map<String, String> startEmbedded(boolean kafka, boolean postgres) {
        try {
            Path home = Files.createTempDirectory(workDir(), "stack-");
            List<String> options = new ArrayList<>(List.of(
                    "--kafka-port",
                    String.valueOf(freePort()),
                    "--controller-port",
                    String.valueOf(freePort()),
                    "--pg-port",
                    String.valueOf(freePort()),
                    "--fast"));
            if (!kafka) {
                options.add("--no-kafka");
            }
            if (!postgres) {
                options.add("--no-postgres");
            }
            return DevStackProcess.start(home, options).environment();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inside the project (never /tmp: the embedded PostgreSQL must own its directories). */
    public static Path workDir() throws IOException {
        String root = System.getProperty("newsfacts.projectRoot");
        Path base =
                root != null && !root.isBlank() ? Path.of(root) : Path.of("").toAbsolutePath();
        Path dir = base.resolve("target").resolve("test-stacks");
        Files.createDirectories(dir);
        return dir;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static void log(String message) {
        System.err.println("[newsfacts-test] " + message);
    }
}
