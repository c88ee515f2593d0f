package org.newsfacts.extract.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.newsfacts.devstack.NewsFactsTestResource;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.Span;

/**
 * Entities against real PostgreSQL: two consumers whose batches name the same new entity do not wait
 * for each other's batch to commit (the entity is created in a short transaction of its own).
 */
@QuarkusTest
@WithTestResource(NewsFactsTestResource.class)
class EntityRepositoryIT {

    @Inject
    EntityRepository entities;

    @Inject
    ArticleRepository articles;

    @Inject
    EntityManager em;

    @Test
    void aBatchThatNamesANewEntityDoesNotWaitForAnotherOpenBatchThatNamedItFirst() throws Exception {
        String name = "Quorvex Holdings " + UUID.randomUUID();
        String first = article();
        String second = article();
        CountDownLatch mentioned = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The first batch stores its mention and stays open, as a batch still being written does.
        // Threads of its own: the common pool may have a single thread on a small machine.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> open = CompletableFuture.runAsync(
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    entities.replaceMentions(Map.of(first, List.of(mentionOf(name))));
                    mentioned.countDown();
                    try {
                        release.await(1, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }),
                threads);
        try {
            mentioned.await(1, TimeUnit.MINUTES);
            CompletableFuture<Void> other = CompletableFuture.runAsync(
                    () -> QuarkusTransaction.requiringNew()
                            .run(() -> entities.replaceMentions(Map.of(second, List.of(mentionOf(name))))),
                    threads);
            // Before the change it waited on the open batch's uncommitted entity row until that committed.
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(other::isDone);
            assertFalse(open.isDone(), "the first batch was still open");
            other.get();
        } finally {
            release.countDown();
        }
        open.get(1, TimeUnit.MINUTES);
        threads.shutdown();
        List<?> ids = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "SELECT DISTINCT m.entity_id FROM mention m JOIN entity e ON e.id = m.entity_id WHERE e.canonical = ?1")
                        .setParameter(1, name)
                        .getResultList());
        assertEquals(1, ids.size(), "both articles mention the one entity");
    }

    private static Mention mentionOf(String name) {
        return Mention.entity(Mention.Kind.ORG, new Span(0, name.length()), name, name);
    }

    /** A stored article for mentions to refer to. */
    private String article() {
        String id = UUID.randomUUID().toString().replace("-", "");
        QuarkusTransaction.requiringNew().run(() -> {
            ArticleEntity a = new ArticleEntity();
            a.id = id;
            a.source = id + ".txt";
            a.body = "An article made up for a test.";
            a.contentType = "text/plain";
            a.ingestedAt = Instant.now();
            a.sha256 = id;
            a.extractorVersion = "test";
            a.extractedAt = Instant.now();
            articles.persist(a);
        });
        return id;
    }
}
