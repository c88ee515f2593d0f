package org.newsfacts.query.fact;

import jakarta.enterprise.context.ApplicationScoped;
import org.newsfacts.query.QueryConfig;
import org.newsfacts.query.api.Cursor;
import org.newsfacts.query.api.Page;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Pages of facts already read, reused until facts change: every {@code facts.extracted} event starts a
 * new generation and a page of an older one is read again. An event this instance missed (the broker
 * unreachable, the stream not yet assigned its partitions) can keep a page at most
 * {@code newsfacts.query.page-cache-ttl}. At most {@code page-cache-facts} facts are held; beyond that
 * the cache starts over.
 */
@ApplicationScoped
public class FactPageCache {

    record Key(FactFilter filter, FactSort sort, Cursor after, int limit) {
    }

    private record Entry(Page<FactJson> page, long generation, long expiresAt) {
    }

    private final Map<Key, Entry> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong heldFacts = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final long ttlNanos;
    private final long maxFacts;

    public FactPageCache(QueryConfig config) {
        this.ttlNanos = config.pageCacheTtl().toNanos();
        this.maxFacts = config.pageCacheFacts();
    }

    /** Counts since start: pages served from the cache, pages read, and the events that ended the cached pages. */
    public record Stats(long hits, long misses, long invalidations, int pages, long facts) {
    }

    public Stats stats() {
        return new Stats(hits.get(), misses.get(), generation.get(), pages.size(), heldFacts.get());
    }

    /** Facts were stored or replaced: no page read before now is served again. */
    public void invalidate() {
        generation.incrementAndGet();
    }

    /** The cached page for the key if it is current, else the page {@code read} returns (and keeps it). */
    Page<FactJson> get(Key key, Supplier<Page<FactJson>> read) {
        if (ttlNanos <= 0 || maxFacts <= 0) {
            return read.get();
        }
        // The generation is taken before reading, so an event that arrives during the read makes the page stale.
        long current = generation.get();
        long now = System.nanoTime();
        Entry hit = pages.get(key);
        if (hit != null && hit.generation == current && hit.expiresAt - now > 0) {
            hits.incrementAndGet();
            return hit.page;
        }
        misses.incrementAndGet();
        Page<FactJson> page = read.get();
        int weight = Math.max(1, page.items().size());
        if (heldFacts.addAndGet(weight) > maxFacts) {
            pages.clear();
            heldFacts.set(weight);
        }
        pages.put(key, new Entry(page, current, now + ttlNanos));
        return page;
    }
}
