package org.newsfacts.query.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RefresherTest {

    @Test
    void aKeyWaitingForItsReadIsNotQueuedTwice() {
        ArrayDeque<Runnable> queue = new ArrayDeque<>();
        Refresher refresher = new Refresher(queue::add);
        List<String> read = new ArrayList<>();
        refresher.refresh("a", () -> read.add("a1"));
        refresher.refresh("a", () -> read.add("a2"));
        refresher.refresh("b", () -> read.add("b1"));
        assertEquals(2, queue.size());
        queue.poll().run();
        refresher.refresh("a", () -> read.add("a3"));
        queue.forEach(Runnable::run);
        assertEquals(List.of("a1", "b1", "a3"), read);
        assertEquals(3, refresher.refreshes());
    }

    @Test
    void aKeyWhoseReadHasStartedCanBeQueuedAgain() {
        ArrayDeque<Runnable> queue = new ArrayDeque<>();
        Refresher refresher = new Refresher(queue::add);
        List<String> read = new ArrayList<>();
        refresher.refresh("a", () -> {
            read.add("a1");
            refresher.refresh("a", () -> read.add("a2")); // what changed during a read may be missing from it
        });
        queue.poll().run();
        assertEquals(1, queue.size());
        queue.poll().run();
        assertEquals(List.of("a1", "a2"), read);
    }

    @Test
    void aFailedReadIsCountedAndTheKeyCanBeReadAgain() {
        Refresher refresher = new Refresher(Runnable::run);
        refresher.refresh("a", () -> {
            throw new IllegalStateException("database unreachable");
        });
        List<String> read = new ArrayList<>();
        refresher.refresh("a", () -> read.add("a"));
        assertEquals(List.of("a"), read);
        assertEquals(1, refresher.failures());
        assertEquals(1, refresher.refreshes());
    }

    @Test
    void onItsOwnThreadItReadsOffTheCallersThread() throws Exception {
        try (Refresher refresher = Refresher.onThread("test-refresh")) {
            CountDownLatch done = new CountDownLatch(1);
            String[] thread = new String[1];
            refresher.refresh("a", () -> {
                thread[0] = Thread.currentThread().getName();
                done.countDown();
            });
            assertTrue(done.await(10, TimeUnit.SECONDS));
            assertEquals("test-refresh", thread[0]);
        }
    }
}
