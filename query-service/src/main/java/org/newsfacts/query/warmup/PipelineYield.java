package org.newsfacts.query.warmup;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Lets the startup warm-up give way to the pipeline: while facts.extracted events keep arriving (the
 * first articles after a cold start), it waits, because on a small machine its requests and the JIT
 * work they cause would take a core from the extraction those articles wait for (measured: a third of
 * the CPU of a cold start's first minute; docs/benchmarks.md#cold-start). It waits at most {@code
 * budget} in all, so that steady traffic cannot keep the query path cold for ever.
 */
final class PipelineYield {

    /** How often the event count is looked at again while waiting. */
    static final Duration STEP = Duration.ofMillis(250);

    /**
     * How long no event must arrive before the warm-up goes on: a cold pipeline announces its facts in
     * bursts, a batch every few seconds (with a quarter-second window the warm-up gave way for 2 s of a
     * 30 s cold start).
     */
    static final Duration QUIET = Duration.ofSeconds(5);

    /** Sleeps; a test's counts the waits instead. */
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final LongSupplier events;
    private final Sleeper sleeper;
    private final long budgetNanos;
    private long seen;
    private long waitedNanos;

    PipelineYield(LongSupplier events, Duration budget, Sleeper sleeper) {
        this.events = events;
        this.sleeper = sleeper;
        this.budgetNanos = budget.toNanos();
        this.seen = events.getAsLong();
    }

    /**
     * Returns at once when no event arrived since the last call; else waits in steps until {@link
     * #QUIET} passes without one, or the budget is spent.
     */
    void pause() throws InterruptedException {
        long now = events.getAsLong();
        long quietNanos = 0;
        while (now != seen && quietNanos < QUIET.toNanos() && waitedNanos < budgetNanos) {
            sleeper.sleep(STEP);
            waitedNanos += STEP.toNanos();
            long later = events.getAsLong();
            quietNanos = later == now ? quietNanos + STEP.toNanos() : 0;
            now = later;
        }
        seen = now;
    }

    /** How long it has waited in all. */
    Duration waited() {
        return Duration.ofNanos(waitedNanos);
    }
}
