package org.newsfacts.query.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PipelineYieldTest {

    private final AtomicLong events = new AtomicLong();
    private final AtomicInteger sleeps = new AtomicInteger();

    @Test
    void withoutEventsItNeverWaits() throws InterruptedException {
        PipelineYield pipeline = new PipelineYield(events::get, Duration.ofSeconds(10), d -> sleeps.incrementAndGet());
        for (int i = 0; i < 100; i++) {
            pipeline.pause();
        }
        assertEquals(0, sleeps.get());
    }

    @Test
    void whileEventsArriveItWaitsUntilTheyPauseForTheQuietPeriod() throws InterruptedException {
        PipelineYield pipeline = new PipelineYield(events::get, Duration.ofSeconds(60), d -> {
            if (sleeps.incrementAndGet() <= 3) {
                events.addAndGet(5); // articles keep coming for three steps, then stop
            }
        });
        events.incrementAndGet();
        pipeline.pause();
        int quiet = (int) PipelineYield.QUIET.dividedBy(PipelineYield.STEP);
        assertEquals(3 + quiet, sleeps.get(), "three steps with events, then a quiet period without");
        assertEquals(PipelineYield.STEP.multipliedBy(3 + quiet), pipeline.waited());
        pipeline.pause();
        assertEquals(3 + quiet, sleeps.get(), "nothing new since: no wait");
    }

    @Test
    void itWaitsNoLongerThanItsBudgetInAll() throws InterruptedException {
        PipelineYield pipeline = new PipelineYield(events::get, PipelineYield.STEP.multipliedBy(6), d -> {
            sleeps.incrementAndGet();
            events.incrementAndGet(); // articles never stop
        });
        events.incrementAndGet();
        pipeline.pause();
        assertEquals(6, sleeps.get());
        assertEquals(PipelineYield.STEP.multipliedBy(6), pipeline.waited());
        events.incrementAndGet();
        pipeline.pause();
        assertEquals(
                PipelineYield.STEP.multipliedBy(6),
                pipeline.waited(),
                "the budget is spent: traffic no longer holds it");
    }
}
