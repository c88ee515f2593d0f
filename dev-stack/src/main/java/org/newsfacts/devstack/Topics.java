package org.newsfacts.devstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The topics of NewsFacts, created where they are missing. */
public final class Topics {

    public static final String ARTICLES_RAW = "articles.raw";
    public static final String FACTS_EXTRACTED = "facts.extracted";
    public static final String ARTICLES_DLQ = "articles.dlq";

    /** {@code articles.raw} has several partitions so that extract-service instances can share them. */
    static final List<NewTopic> ALL = List.of(
            new NewTopic(ARTICLES_RAW, 4, (short) 1),
            new NewTopic(FACTS_EXTRACTED, 4, (short) 1),
            new NewTopic(ARTICLES_DLQ, 1, (short) 1));

    private Topics() {
    }

    /** Creates every missing topic; returns the names it created. */
    public static List<String> create(String bootstrapServers) throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = ALL.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            }
            return missing.stream().map(NewTopic::name).toList();
        }
    }
}
