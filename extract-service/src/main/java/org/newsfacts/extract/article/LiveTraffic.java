package org.newsfacts.extract.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether live articles are being handled right now: the {@code articles.raw} consumer says when a
 * batch starts and ends, and background work (re-extraction) waits until none has run for a moment,
 * so that live articles go first.
 */
@ApplicationScoped
public class LiveTraffic {

    private final AtomicInteger inProgress = new AtomicInteger();
    private volatile long lastEnded;
    private volatile boolean started;

    public void batchStarted() {
        started = true;
        inProgress.incrementAndGet();
    }

    /** Whether any live batch has started since this service started. */
    public boolean started() {
        return started;
    }

    public void batchEnded() {
        lastEnded = System.nanoTime();
        inProgress.decrementAndGet();
    }

    /** True while a live batch is handled or one ended less than {@code quiet} ago. */
    public boolean busy(Duration quiet) {
        return inProgress.get() > 0 || System.nanoTime() - lastEnded < quiet.toNanos();
    }

    /**
     * Returns once no live batch is handled and none ended for {@code quiet}, or when {@code maxWait}
     * has passed (background work must not starve for ever under a steady flow).
     */
    public void awaitQuiet(Duration quiet, Duration maxWait) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (busy(quiet) && System.nanoTime() < deadline) {
            Thread.sleep(Math.max(1, Math.min(20, quiet.toMillis())));
        }
    }
}
