package org.newsfacts.extract.article;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Lets the batches of {@code articles.raw} in while the service runs, and closes when it stops.
 * <p>
 * Quarkus closes Hibernate ORM and the datasource before the Kafka connector stops its consumers (the
 * connector goes with the CDI container, last). Without this gate a consumer went on receiving batches
 * for seconds after the database layer was gone; each failed with an error that is not a database
 * outage, its articles were dead-lettered one by one as not storable and its offsets committed: lost to
 * the pipeline (fault drill 4, docs/drill-4.md). The {@link ShutdownEvent} comes before those shutdown
 * steps: the gate then closes, waits (at most {@link #DRAIN}) for the batches in hand to finish, and
 * refuses every later one. A refused batch fails unacknowledged, so its offsets are not committed and
 * the consumers that stay in the group get it after the rebalance.
 */
@ApplicationScoped
public class BatchGate {

    /** How long a stop waits for the batches in hand (one batch takes a second or two; a database outage longer). */
    static final Duration DRAIN = Duration.ofSeconds(20);

    private static final Logger LOG = Logger.getLogger(BatchGate.class);

    /**
     * A batch refused because the service stops. Without a stack trace: the connector logs each refusal
     * (and each record nacked behind it), and the trace would say nothing the message does not.
     */
    public static final class Stopping extends IllegalStateException {
        Stopping(int records) {
            super("extract-service is stopping: a batch of " + records
                    + " records of articles.raw is left, uncommitted," + " for the consumers that stay");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    private int inHand;
    private boolean closed;

    /** The service stops: no batch gets in any more, and those in hand may finish first. */
    void onStop(@Observes @Priority(1) ShutdownEvent stop) throws InterruptedException {
        close(DRAIN);
    }

    /**
     * Takes a batch in; false once the gate is closed (the caller must then fail the batch without
     * acknowledging it). Every true must be followed by {@link #leave()}.
     */
    public synchronized boolean enter() {
        if (closed) {
            return false;
        }
        inHand++;
        return true;
    }

    public synchronized void leave() {
        inHand--;
        notifyAll();
    }

    /** True once the service stops: a failure then is the stop's, never an article's. */
    public synchronized boolean closed() {
        return closed;
    }

    /** Closes the gate and waits until no batch is in hand, or {@code patience} has passed. */
    synchronized void close(Duration patience) throws InterruptedException {
        closed = true;
        long deadline = System.nanoTime() + patience.toNanos();
        while (inHand > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                LOG.warnf(
                        "stopping with batches of articles.raw still in hand after %d s (%d); they are not committed and come again",
                        patience.toSeconds(), inHand);
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        LOG.info("articles.raw: no batch in hand; later batches are refused and come again to the consumers that stay");
    }
}
