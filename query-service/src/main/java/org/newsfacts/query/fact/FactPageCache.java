package org.newsfacts.query.fact;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.newsfacts.query.QueryConfig;
import org.newsfacts.query.cache.Refresher;
import org.newsfacts.query.api.Cursor;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Pages of facts already read, reused until their facts change. Each {@code facts.extracted} event
 * names what it changed: the article, and the subjects and objects of the facts the extraction added,
 * removed or changed ({@link #changed}; an event that changed nothing ends nothing). A page whose filter restricts facts to some names (subject, object,
 * entity, article) is read again only after an event that touched one of them, so re-extracting
 * other articles leaves it cached; a page without such a restriction is read again after any event,
 * and an event whose scope is unknown ({@link #invalidate}) ends every page. An event this instance
 * missed (the broker unreachable, the stream not yet assigned its partitions) can keep a page at most
 * {@code newsfacts.query.page-cache-ttl} (each page's time is cut by up to a quarter at random, so
 * that pages read together do not all expire together), and as long again while the request that
 * found it expired has it read anew in the background ({@link Refresher}). At most
 * {@code page-cache-facts} facts are held; beyond that the cache starts over.
 */
@ApplicationScoped
public class FactPageCache {

    record Key(FactFilter filter, FactSort sort, Cursor after, int limit) {
    }

    /** A page, the event count when its read began, and the names it depends on (null: on every change). */
    private record Entry(FactPage page, long readAt, Set<String> dependsOn, long expiresAt) {
    }

    /**
     * Counts since start: pages served from the cache, pages read on a request's path, events that
     * ended cached pages, pages and facts held, and pages read anew in the background.
     */
    public record Stats(long hits, long misses, long invalidations, int pages, long facts, long refreshes) {
    }

    private static final String ARTICLE = "\u0000article:";

    private final Map<Key, Entry> pages = new ConcurrentHashMap<>();
    /** Events so far; each stamps what it changed with its number. */
    private final AtomicLong events = new AtomicLong();
    private final Map<String, Long> changedAt = new ConcurrentHashMap<>();
    private volatile long anyChangeAt;
    private volatile long everythingChangedAt;
    private final AtomicLong heldFacts = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final long ttlNanos;
    private final long maxFacts;

    private final Refresher refresher;

    private final LongSupplier clock;

    @Inject
    public FactPageCache(QueryConfig config) {
        this(config, Refresher.onThread("fact-pages-refresh"), System::nanoTime);
    }

    /** {@code clock}: nanoseconds, as {@link System#nanoTime()}. */
    FactPageCache(QueryConfig config, Refresher refresher, LongSupplier clock) {
        this.ttlNanos = config.pageCacheTtl().toNanos();
        this.maxFacts = config.pageCacheFacts();
        this.refresher = refresher;
        this.clock = clock;
    }

    public Stats stats() {
        return new Stats(hits.get(), misses.get(), events.get(), pages.size(), heldFacts.get(), refresher.refreshes());
    }

    @PreDestroy
    void stop() {
        refresher.close();
    }

    /** Facts changed, but not said which: no page read before now is served again. */
    public void invalidate() {
        long n = events.incrementAndGet();
        anyChangeAt = n;
        everythingChangedAt = n;
    }

    /** Some of an article's facts were added, removed or changed; {@code names} are their subjects and objects (both versions). */
    public void changed(String articleId, Collection<String> names) {
        long n = events.incrementAndGet();
        // The names are stamped before the "any" mark, so that a read that sees the mark sees the names too.
        changedAt.put(ARTICLE + articleId, n);
        for (String name : names) {
            changedAt.put(name, n);
        }
        anyChangeAt = n;
    }

    /**
     * The cached page for the key if it is current, else the page {@code read} returns (and keeps it).
     * A page past its time that no event ended is still served, for as long again, while it is read
     * anew in the background.
     */
    FactPage get(Key key, Supplier<FactPage> read) {
        if (ttlNanos <= 0 || maxFacts <= 0) {
            return read.get();
        }
        Entry hit = pages.get(key);
        if (hit != null && current(hit)) {
            long late = clock.getAsLong() - hit.expiresAt;
            if (late <= 0) {
                hits.incrementAndGet();
                return hit.page;
            }
            if (late < ttlNanos) {
                hits.incrementAndGet();
                refresher.refresh(key, () -> load(key, read));
                return hit.page;
            }
        }
        misses.incrementAndGet();
        return load(key, read);
    }

    /** Reads the page and keeps it. */
    private FactPage load(Key key, Supplier<FactPage> read) {
        // The event count is taken before reading, so an event that arrives during the read makes the page stale.
        long readAt = events.get();
        long now = clock.getAsLong();
        FactPage page = read.get();
        int weight = weight(page);
        if (heldFacts.addAndGet(weight) > maxFacts) {
            pages.clear();
            heldFacts.set(weight);
        }
        long ttl = ttlNanos - ThreadLocalRandom.current().nextLong(ttlNanos / 4 + 1);
        Entry replaced = pages.put(key, new Entry(page, readAt, dependsOn(key.filter()), now + ttl));
        if (replaced != null) {
            heldFacts.addAndGet(-weight(replaced.page));
        }
        return page;
    }

    private static int weight(FactPage page) {
        return Math.max(1, page.facts());
    }

    private boolean current(Entry e) {
        if (everythingChangedAt > e.readAt) {
            return false;
        }
        if (e.dependsOn == null) {
            return anyChangeAt <= e.readAt;
        }
        for (String name : e.dependsOn) {
            Long at = changedAt.get(name);
            if (at != null && at > e.readAt) {
                return false;
            }
        }
        return true;
    }

    /**
     * The names a fact must carry to match the filter (any one of them will do), or null when the
     * filter does not restrict facts by name (or depends on something else that changes: 'since').
     */
    static Set<String> dependsOn(FactFilter f) {
        if (f.since() != null) {
            return null;
        }
        Set<String> names = new HashSet<>();
        if (f.subjects() != null) {
            names.addAll(f.subjects());
        }
        if (f.objects() != null) {
            names.addAll(f.objects());
        }
        if (f.entity() != null) {
            names.addAll(f.entity());
        }
        if (f.article() != null) {
            names.add(ARTICLE + f.article());
        }
        return names.isEmpty() ? null : Set.copyOf(names);
    }
}
