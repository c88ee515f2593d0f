package org.newsfacts.devstack;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one process),
 * with its log directory on disk so that a restart keeps the topics and their records.
 */
public final class KafkaNode implements AutoCloseable {

    private final EmbeddedKafkaBroker broker;

    private KafkaNode(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    /** Starts a broker on {@code kafkaPort} (controller on {@code controllerPort}) storing its data under {@code dataDir}. */
    public static KafkaNode start(Path dataDir, int kafkaPort, int controllerPort) throws IOException {
        Path logDir = dataDir.resolve("log");
        Files.createDirectories(logDir);
        String clusterId = clusterId(dataDir);
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withNodeId(1)
                .withClusterId(clusterId)
                .withKafkaHost("localhost")
                .withKafkaPort(kafkaPort)
                .withControllerPort(controllerPort)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(p -> {
                    p.put("log.dir", logDir.toString());
                    p.put("num.partitions", String.valueOf(Topics.partitions()));
                    p.put("offsets.topic.replication.factor", "1");
                    p.put("transaction.state.log.replication.factor", "1");
                    p.put("transaction.state.log.min.isr", "1");
                    p.put("group.initial.rebalance.delay.ms", "0");
                    p.put("auto.create.topics.enable", "false");
                    p.put("message.max.bytes", String.valueOf(16 * 1024 * 1024));
                })
                .start();
        return new KafkaNode(broker);
    }

    /** The cluster id is created once per data directory: a formatted log directory only accepts its own id. */
    private static String clusterId(Path dataDir) throws IOException {
        Path file = dataDir.resolve("cluster-id");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        }
        String id = org.apache.kafka.common.Uuid.randomUuid().toString();
        Files.writeString(file, id, StandardCharsets.US_ASCII);
        return id;
    }

    public String bootstrapServers() {
        // "PLAINTEXT://localhost:9092" → "localhost:9092", the form clients and users expect.
        return broker.getAdvertisedListeners().replaceAll("[A-Z_]+://", "");
    }

    @Override
    public void close() {
        broker.close();
    }
}
