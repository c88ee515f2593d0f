package org.newsfacts.extract.article;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BatchGateTest {

    private final BatchGate gate = new BatchGate();

    @Test
    void aStopWaitsForTheBatchInHandThenRefusesEveryLaterOne() throws Exception {
        assertTrue(gate.enter());
        CompletableFuture<Void> stop = CompletableFuture.runAsync(() -> {
            try {
                gate.close(Duration.ofMinutes(1));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        await("the gate closed").atMost(Duration.ofSeconds(10)).until(gate::closed);
        assertFalse(stop.isDone(), "the stop waits while a batch is in hand");
        assertFalse(gate.enter(), "no batch gets in once the service stops");
        gate.leave();
        stop.get(10, TimeUnit.SECONDS);
        assertFalse(gate.enter());
    }

    @Test
    void aBatchThatDoesNotFinishHoldsTheStopOnlyForItsPatience() throws Exception {
        assertTrue(gate.enter());
        long started = System.nanoTime();
        gate.close(Duration.ofMillis(200));
        long waited = System.nanoTime() - started;
        assertTrue(
                waited >= Duration.ofMillis(200).toNanos()
                        && waited < Duration.ofSeconds(10).toNanos(),
                waited + " ns");
        assertTrue(gate.closed());
    }
}
