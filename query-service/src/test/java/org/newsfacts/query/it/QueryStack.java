package org.newsfacts.query.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.SQLException;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsfacts.devstack.ReaderRole;
import org.newsfacts.devstack.StackConnection;
import org.newsfacts.devstack.TestInfrastructure;
import org.newsfacts.schema.Schema;

/**
 * Real PostgreSQL and Kafka for the query API tests (see {@link TestInfrastructure}), the schema built
 * by the schema module's migrations (those extract-service runs), the {@link World} articles in it, and query-service connected
 * as its read-only role.
 */
public final class QueryStack implements QuarkusTestResourceLifecycleManager {

    static StackConnection stack;

    @Override
    public Map<String, String> start() {
        stack = TestInfrastructure.get();
        Schema.migrate(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword(), ReaderRole.NAME);
        try {
            World.load(stack);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the test articles: " + e.getMessage(), e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url",
                stack.jdbcUrl(),
                "quarkus.datasource.username",
                ReaderRole.NAME,
                "quarkus.datasource.password",
                ReaderRole.PASSWORD,
                "kafka.bootstrap.servers",
                stack.kafkaBootstrapServers(),
                // Long enough that only an announcement on facts.extracted can refresh a page within a test.
                "newsfacts.query.page-cache-ttl",
                "10m");
    }

    @Override
    public void stop() {
        // The servers live as long as the test JVM (TestInfrastructure stops them).
    }

    /** A producer of strings on the test broker, for records query-service reads. */
    static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }
}
