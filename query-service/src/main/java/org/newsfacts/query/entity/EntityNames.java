package org.newsfacts.query.entity;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.newsfacts.query.QueryConfig;
import org.newsfacts.query.cache.Refresher;

/**
 * Resolves the names users type (any alias, any case) to canonical names, reusing an answer for
 * {@code newsfacts.query.name-cache-ttl}: the same few subjects are asked for again and again, and a
 * new alias shows up within that time and one more request. An answer past its time is still
 * given, for up to {@link #GRACE} more, while it is looked up anew in the background
 * ({@link Refresher}): a request waits for the database only for a name nobody asked for lately.
 */
@ApplicationScoped
public class EntityNames {

    /** How long past its time an answer is still given while it is looked up anew. */
    static final Duration GRACE = Duration.ofMinutes(10);

    private static final long GRACE_NANOS = GRACE.toNanos();

    private record Entry(Set<String> names, long expiresAt) {}

    private final Function<String, Set<String>> lookup;
    private final long ttlNanos;
    private final int maxSize;
    private final Refresher refresher;
    private final LongSupplier clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    @Inject
    public EntityNames(EntityRepository repository, QueryConfig config) {
        this(
                repository::canonicalNames,
                config.nameCacheTtl(),
                config.nameCacheSize(),
                Refresher.onThread("entity-names-refresh"),
                System::nanoTime);
    }

    /** {@code clock}: nanoseconds, as {@link System#nanoTime()}. */
    EntityNames(
            Function<String, Set<String>> lookup, Duration ttl, int maxSize, Refresher refresher, LongSupplier clock) {
        this.lookup = lookup;
        this.ttlNanos = ttl.toNanos();
        this.maxSize = maxSize;
        this.refresher = refresher;
        this.clock = clock;
    }

    /** See {@link EntityRepository#canonicalNames(String)}. */
    public Set<String> canonicalNames(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        Entry hit = cache.get(key);
        if (hit != null) {
            long late = clock.getAsLong() - hit.expiresAt;
            if (late <= 0) {
                return hit.names;
            }
            if (late < GRACE_NANOS) {
                refresher.refresh(key, () -> resolve(key, name));
                return hit.names;
            }
        }
        return resolve(key, name);
    }

    private Set<String> resolve(String key, String name) {
        long now = clock.getAsLong();
        Set<String> names = Set.copyOf(lookup.apply(name));
        if (cache.size() >= maxSize && !cache.containsKey(key)) {
            cache.clear();
        }
        // Up to a quarter off each answer's time, so that names asked together are not all asked again together.
        cache.put(
                key,
                new Entry(names, now + ttlNanos - ThreadLocalRandom.current().nextLong(ttlNanos / 4 + 1)));
        return names;
    }

    @PreDestroy
    void stop() {
        refresher.close();
    }
}
