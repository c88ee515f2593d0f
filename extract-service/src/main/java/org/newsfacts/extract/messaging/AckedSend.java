package org.newsfacts.extract.messaging;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Sends messages and waits for the broker's acknowledgements. Acks arrive as plain callbacks, not
 * through a Mutiny pipeline built on the caller's thread: such a pipeline would carry the caller's
 * JTA transaction onto the producer's thread, and Narayana then refuses to commit a transaction that
 * two threads hold ("commit invoked while multiple threads active").
 */
public final class AckedSend {

    private AckedSend() {}

    /** Sends each message and blocks until all are acknowledged; throws if one is not within the timeout. */
    public static void sendAll(Emitter<String> emitter, List<Message<String>> messages, long timeoutMillis)
            throws ExecutionException, TimeoutException, InterruptedException {
        CompletableFuture<?>[] acks = new CompletableFuture<?>[messages.size()];
        for (int i = 0; i < messages.size(); i++) {
            CompletableFuture<Void> ack = new CompletableFuture<>();
            acks[i] = ack;
            emitter.send(messages.get(i)
                    .withAck(() -> {
                        ack.complete(null);
                        return CompletableFuture.completedFuture(null);
                    })
                    .withNack(error -> {
                        ack.completeExceptionally(error);
                        return CompletableFuture.completedFuture(null);
                    }));
        }
        CompletableFuture.allOf(acks).get(timeoutMillis, TimeUnit.MILLISECONDS);
    }
}
