package org.newsfacts.devstack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;

/**
 * The topics of NewsFacts, created where they are missing. {@code articles.raw} and
 * {@code facts.extracted} have {@link #partitions()} partitions (setting {@code NEWSFACTS_PARTITIONS},
 * default 4): extract-service instances share the partitions of {@code articles.raw}, so its
 * partition count is the most instances that can work at once. A topic with fewer partitions than the
 * setting gets more (Kafka cannot take partitions away); {@code articles.dlq} keeps one.
 */
public final class Topics {

    public static final String ARTICLES_RAW = "articles.raw";
    public static final String FACTS_EXTRACTED = "facts.extracted";
    public static final String ARTICLES_DLQ = "articles.dlq";
    public static final String PARTITIONS_VARIABLE = "NEWSFACTS_PARTITIONS";
    static final int DEFAULT_PARTITIONS = 4;

    private Topics() {}

    /** The partition count of the shared topics: {@code NEWSFACTS_PARTITIONS}, else 4. */
    public static int partitions() {
        return partitions(System.getenv(PARTITIONS_VARIABLE));
    }

    static int partitions(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT_PARTITIONS;
        }
        try {
            int n = Integer.parseInt(setting.strip());
            if (n >= 1 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(
                PARTITIONS_VARIABLE + " must be a whole number from 1 to 1000, got '" + setting + "'");
    }

    static List<NewTopic> all(int partitions) {
        return List.of(
                new NewTopic(ARTICLES_RAW, partitions, (short) 1),
                new NewTopic(FACTS_EXTRACTED, partitions, (short) 1),
                new NewTopic(ARTICLES_DLQ, 1, (short) 1));
    }

    /** {@link #create(String, int)} with the partitions of the setting. */
    public static List<String> create(String bootstrapServers)
            throws InterruptedException, ExecutionException, TimeoutException {
        return create(bootstrapServers, partitions());
    }

    /** Creates every missing topic and raises the partitions of those that have fewer; returns what it did, one line each. */
    static List<String> create(String bootstrapServers, int partitions)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<NewTopic> wanted = all(partitions);
        List<String> done = new ArrayList<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing =
                    wanted.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
                missing.forEach(t -> done.add("created " + t.name() + " (" + t.numPartitions() + " partitions)"));
            }
            List<String> present = wanted.stream()
                    .map(NewTopic::name)
                    .filter(existing::contains)
                    .toList();
            if (!present.isEmpty()) {
                Map<String, TopicDescription> described =
                        admin.describeTopics(present).allTopicNames().get(60, TimeUnit.SECONDS);
                Map<String, NewPartitions> raise = new HashMap<>();
                for (NewTopic t : wanted) {
                    TopicDescription d = described.get(t.name());
                    if (d != null && d.partitions().size() < t.numPartitions()) {
                        raise.put(t.name(), NewPartitions.increaseTo(t.numPartitions()));
                        done.add("raised " + t.name() + " from "
                                + d.partitions().size() + " to " + t.numPartitions() + " partitions");
                    }
                }
                if (!raise.isEmpty()) {
                    admin.createPartitions(raise).all().get(60, TimeUnit.SECONDS);
                }
            }
        }
        return done;
    }
}
