package org.newsfacts.devstack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the services find Kafka and PostgreSQL: the same names as the environment variables that
 * {@code ./newsfacts} and users set ({@code KAFKA_BOOTSTRAP_SERVERS}, {@code NEWSFACTS_DB_*}).
 */
public record StackConnection(
        String kafkaBootstrapServers, String jdbcUrl, String dbUser, String dbPassword, String origin) {

    public Map<String, String> asEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        env.put("NEWSFACTS_DB_URL", jdbcUrl);
        env.put("NEWSFACTS_DB_USER", dbUser);
        env.put("NEWSFACTS_DB_PASSWORD", dbPassword);
        return env;
    }

    /** The same settings as Quarkus configuration properties. */
    public Map<String, String> asQuarkusConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.bootstrap.servers", kafkaBootstrapServers);
        config.put("quarkus.datasource.jdbc.url", jdbcUrl);
        config.put("quarkus.datasource.username", dbUser);
        config.put("quarkus.datasource.password", dbPassword);
        return config;
    }
}
