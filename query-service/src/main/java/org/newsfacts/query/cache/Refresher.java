package org.newsfacts.query.cache;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Reads again, off the request's path, what a cache holds past its time: the request that finds an
 * entry expired is answered from it at once, and one read per key runs in the background (a key
 * already waiting for its read is not queued twice; once its read has started it may be queued
 * again, since what changed meanwhile may be missing from that read). Requests then never wait on
 * the database for an entry that merely aged, which is where a query tail came from while the
 * database was busy elsewhere.
 */
public final class Refresher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Refresher.class);

    private final Executor executor;
    private final ExecutorService owned;
    private final Set<Object> pending = ConcurrentHashMap.newKeySet();
    private final AtomicLong refreshes = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    /** On the given executor ({@code Runnable::run} in tests: the read happens within {@link #refresh}). */
    public Refresher(Executor executor) {
        this.executor = executor;
        this.owned = null;
    }

    private Refresher(ExecutorService owned) {
        this.executor = owned;
        this.owned = owned;
    }

    /** On a thread of its own, named {@code name}: one read at a time, so a backlog never floods the database. */
    public static Refresher onThread(String name) {
        return new Refresher(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        }));
    }

    /** Runs {@code read} for {@code key} unless a read for it is already waiting to run. */
    public void refresh(Object key, Runnable read) {
        if (!pending.add(key)) {
            return;
        }
        try {
            executor.execute(() -> {
                pending.remove(key);
                try {
                    read.run();
                    refreshes.incrementAndGet();
                } catch (RuntimeException e) {
                    // The entry stays as it was: a later request asks again, and past its grace it is read on the
                    // request's path.
                    failures.incrementAndGet();
                    LOG.debugf(e, "refreshing %s failed", key);
                }
            });
        } catch (RejectedExecutionException e) {
            pending.remove(key);
        }
    }

    /** Reads finished in the background since start. */
    public long refreshes() {
        return refreshes.get();
    }

    /** Background reads that failed since start. */
    public long failures() {
        return failures.get();
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.shutdownNow();
        }
    }
}
