package org.newsfacts.query.fact;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.newsfacts.query.QueryConfig;
import org.newsfacts.query.api.Cursor;
import org.newsfacts.query.cache.Refresher;

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
 * found it expired has it read anew in the background ({@link Refresher}). A page in use is read
 * anew in the background as soon as an event ends it, so the next request finds it current: a page
 * whose filter names what it holds if asked for within its time ({@code page-cache-ttl}), any page
 * if asked for since it was read (a page without names ends with every event, and renewing it on
 * each of a bulk load's events, asked for or not, took the database from the extraction). Until
 * then, and for a page not in use, the page as it was is served for at most
 * {@link #AFTER_CHANGE} after the event while one background read renews it, and read on the
 * request's path after that. Renewing on the event matters after a quiet spell: without it, the
 * first requests after a burst of events (a bulk load with nobody querying) all went to the database
 * at once. At most {@code page-cache-facts} facts are held; beyond that the cache starts over.
 */
@ApplicationScoped
public class FactPageCache {

    record Key(FactFilter filter, FactSort sort, Cursor after, int limit) {}

    /**
     * A page, the event count when its read began, the names it depends on (null: on every change),
     * how to read it again, when a request last asked for it ({@code askedAt}, nanos; a page read anew
     * in the background keeps the time of the one it replaces), and whether one did since it was read.
     */
    private record Entry(
            FactPage page,
            long readAt,
            Set<String> dependsOn,
            long expiresAt,
            Supplier<FactPage> read,
            AtomicLong askedAt,
            AtomicBoolean askedSinceRead) {

        /** Notes a request; the time at most once a second, so that requests for a page do not all write to it. */
        void asked(long now) {
            if (now - askedAt.get() > ASKED_GRAIN_NANOS) {
                askedAt.set(now);
            }
            if (!askedSinceRead.get()) {
                askedSinceRead.set(true);
            }
        }

        /** Worth reading again when an event ends it (see the class comment). */
        boolean inUse(long now, long ttlNanos) {
            return askedSinceRead.get() || (dependsOn != null && now - askedAt.get() < ttlNanos);
        }
    }

    /** An event's number and when it arrived ({@code nanos}, the cache's clock). */
    private record Stamp(long n, long nanos) {
        static final Stamp NONE = new Stamp(0, 0);
    }

    /**
     * Counts since start: pages served from the cache (of them, {@code afterChange} served in the
     * moments after an event ended them, while being renewed), pages read on a request's path,
     * events, pages and facts held, and pages read anew in the background (expired, or ended by an
     * event while in use).
     */
    public record Stats(
            long hits, long misses, long invalidations, int pages, long facts, long refreshes, long afterChange) {}

    /**
     * How long after the event that ended it a page may still be served while one background read
     * renews it: a burst of events (a backfill, a bulk load) would otherwise send every request for
     * those pages to the database at once.
     */
    static final Duration AFTER_CHANGE = Duration.ofSeconds(2);

    private static final long AFTER_CHANGE_NANOS = AFTER_CHANGE.toNanos();
    private static final long ASKED_GRAIN_NANOS = Duration.ofSeconds(1).toNanos();

    private static final String ARTICLE = "\u0000article:";
    /** The {@link Refresher} key of the look for pages in use that events ended. */
    private static final Object RENEW_CHANGED = new Object();
    /** {@link #endedAt} of a page no event ended. */
    private static final long CURRENT = Long.MAX_VALUE;

    private final Map<Key, Entry> pages = new ConcurrentHashMap<>();
    /** Events so far; each stamps what it changed with its number. */
    private final AtomicLong events = new AtomicLong();

    private final Map<String, Stamp> changedAt = new ConcurrentHashMap<>();
    private volatile Stamp anyChange = Stamp.NONE;
    private volatile Stamp everythingChanged = Stamp.NONE;
    private final AtomicLong heldFacts = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong afterChange = new AtomicLong();
    private final AtomicLong renewed = new AtomicLong();
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
        return new Stats(
                hits.get(),
                misses.get(),
                events.get(),
                pages.size(),
                heldFacts.get(),
                renewed.get(),
                afterChange.get());
    }

    @PreDestroy
    void stop() {
        refresher.close();
    }

    /** Drops every page (the warm-up's, once it is done: its pages are not users' and should not be kept in use). */
    public void clear() {
        pages.clear();
        heldFacts.set(0);
    }

    /** Facts changed, but not said which: no page read before now is served again. */
    public void invalidate() {
        Stamp stamp = new Stamp(events.incrementAndGet(), clock.getAsLong());
        anyChange = stamp;
        everythingChanged = stamp;
        refresher.refresh(RENEW_CHANGED, this::renewChanged);
    }

    /** Some of an article's facts were added, removed or changed; {@code names} are their subjects and objects (both versions). */
    public void changed(String articleId, Collection<String> names) {
        Stamp stamp = new Stamp(events.incrementAndGet(), clock.getAsLong());
        // The names are stamped before the "any" mark, so that a read that sees the mark sees the names too.
        changedAt.put(ARTICLE + articleId, stamp);
        for (String name : names) {
            changedAt.put(name, stamp);
        }
        anyChange = stamp;
        refresher.refresh(RENEW_CHANGED, this::renewChanged);
    }

    /**
     * Queues a background read of every page in use that an event ended (in the background too, one
     * look however many events arrive meanwhile; a page read since is not read twice).
     */
    private void renewChanged() {
        long now = clock.getAsLong();
        pages.forEach((key, e) -> {
            if (e.inUse(now, ttlNanos) && endedAt(e) != CURRENT) {
                renew(key, e.read);
            }
        });
    }

    /** Has the page read again in the background, unless it is current by the time its turn comes. */
    private void renew(Key key, Supplier<FactPage> read) {
        refresher.refresh(key, () -> {
            Entry e = pages.get(key);
            long now = clock.getAsLong();
            if (e == null || endedAt(e) != CURRENT || now > e.expiresAt) {
                load(key, read, e == null ? now : e.askedAt.get());
                renewed.incrementAndGet();
            }
        });
    }

    /**
     * The cached page for the key if it is current, else the page {@code read} returns (and keeps it).
     * A page past its time that no event ended is still served, for as long again, while it is read
     * anew in the background; so is a page an event ended, for {@link #AFTER_CHANGE} after the event.
     */
    FactPage get(Key key, Supplier<FactPage> read) {
        if (ttlNanos <= 0 || maxFacts <= 0) {
            return read.get();
        }
        Entry hit = pages.get(key);
        if (hit != null) {
            long now = clock.getAsLong();
            long ended = endedAt(hit);
            long late = now - hit.expiresAt;
            if (ended == CURRENT && late <= 0) {
                hits.incrementAndGet();
                hit.asked(now);
                return hit.page;
            }
            // Aged (no event ended it) or just ended by one: served as it is while one background read renews it.
            boolean renewable = ended == CURRENT ? late < ttlNanos : now - ended < AFTER_CHANGE_NANOS;
            if (renewable) {
                hits.incrementAndGet();
                if (ended != CURRENT) {
                    afterChange.incrementAndGet();
                }
                hit.asked(now);
                renew(key, read);
                return hit.page;
            }
        }
        misses.incrementAndGet();
        return load(key, read, clock.getAsLong());
    }

    /** Reads the page and keeps it; {@code askedAt}: when a request last asked for it. */
    private FactPage load(Key key, Supplier<FactPage> read, long askedAt) {
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
        Entry replaced = pages.put(
                key,
                new Entry(
                        page,
                        readAt,
                        dependsOn(key.filter()),
                        now + ttl,
                        read,
                        new AtomicLong(askedAt),
                        new AtomicBoolean()));
        if (replaced != null) {
            heldFacts.addAndGet(-weight(replaced.page));
        }
        return page;
    }

    private static int weight(FactPage page) {
        return Math.max(1, page.facts());
    }

    /** When the page was ended by an event (the earliest such event still on record), or {@link #CURRENT}. */
    private long endedAt(Entry e) {
        long ended = CURRENT;
        if (everythingChanged.n > e.readAt) {
            ended = everythingChanged.nanos;
        }
        if (e.dependsOn == null) {
            Stamp any = anyChange;
            return any.n > e.readAt ? Math.min(ended, any.nanos) : ended;
        }
        for (String name : e.dependsOn) {
            Stamp at = changedAt.get(name);
            if (at != null && at.n > e.readAt) {
                ended = Math.min(ended, at.nanos);
            }
        }
        return ended;
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
