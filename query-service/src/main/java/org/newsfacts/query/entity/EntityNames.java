package org.newsfacts.query.entity;

import jakarta.enterprise.context.ApplicationScoped;
import org.newsfacts.query.QueryConfig;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Resolves the names users type (any alias, any case) to canonical names, reusing an answer for
 * {@code newsfacts.query.name-cache-ttl}: the same few subjects are asked for again and again, and a
 * new alias shows up within that time.
 */
@ApplicationScoped
public class EntityNames {

    private record Entry(Set<String> names, long expiresAt) {
    }

    private final EntityRepository repository;
    private final long ttlNanos;
    private final int maxSize;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    public EntityNames(EntityRepository repository, QueryConfig config) {
        this.repository = repository;
        this.ttlNanos = config.nameCacheTtl().toNanos();
        this.maxSize = config.nameCacheSize();
    }

    /** See {@link EntityRepository#canonicalNames(String)}. */
    public Set<String> canonicalNames(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        long now = System.nanoTime();
        Entry hit = cache.get(key);
        if (hit != null && hit.expiresAt - now > 0) {
            return hit.names;
        }
        Set<String> names = Set.copyOf(repository.canonicalNames(name));
        if (cache.size() >= maxSize) {
            cache.clear();
        }
        // Up to a quarter off each answer's time, so that names asked together are not all asked again together.
        cache.put(key, new Entry(names, now + ttlNanos - ThreadLocalRandom.current().nextLong(ttlNanos / 4 + 1)));
        return names;
    }
}
