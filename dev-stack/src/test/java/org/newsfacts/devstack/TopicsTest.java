package org.newsfacts.devstack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicsTest {

    @Test
    void thePartitionSettingDefaultsToFourAndRefusesWhatIsNotACount() {
        assertEquals(4, Topics.partitions(null));
        assertEquals(4, Topics.partitions(" "));
        assertEquals(12, Topics.partitions("12"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Topics.partitions("0"));
        assertTrue(e.getMessage().contains("NEWSFACTS_PARTITIONS"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Topics.partitions("four"));
    }

    @Test
    void missingTopicsAreCreatedAndAHigherSettingRaisesTheSharedTopicsOnARealBroker(@TempDir Path dir)
            throws Exception {
        try (KafkaNode kafka = KafkaNode.start(dir, TestInfrastructure.freePort(), TestInfrastructure.freePort())) {
            String bootstrap = kafka.bootstrapServers();
            assertEquals(
                    List.of(
                            "created articles.raw (2 partitions)",
                            "created facts.extracted (2 partitions)",
                            "created articles.dlq (1 partitions)"),
                    Topics.create(bootstrap, 2));
            assertEquals(List.of(), Topics.create(bootstrap, 2), "nothing to do the second time");
            assertEquals(
                    List.of(
                            "raised articles.raw from 2 to 3 partitions",
                            "raised facts.extracted from 2 to 3 partitions"),
                    Topics.create(bootstrap, 3));
            assertEquals(List.of(), Topics.create(bootstrap, 1), "partitions are never taken away");
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                // the broker's metadata takes a moment to show the raised count when the machine is busy
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    var topics = admin.describeTopics(List.of(Topics.ARTICLES_RAW, Topics.ARTICLES_DLQ))
                            .allTopicNames()
                            .get(60, TimeUnit.SECONDS);
                    assertEquals(3, topics.get(Topics.ARTICLES_RAW).partitions().size());
                    assertEquals(1, topics.get(Topics.ARTICLES_DLQ).partitions().size());
                });
            }
        }
    }
}
