package org.newsfacts.query.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.newsfacts.query.cache.Refresher;

class EntityNamesTest {

    private final AtomicInteger lookups = new AtomicInteger();
    private final ArrayDeque<Runnable> background = new ArrayDeque<>();
    private Map<String, Set<String>> aliases = Map.of("northwind", Set.of("Northwind Traders"));
    private long now = 1_000_000_000L;

    private final EntityNames names = new EntityNames(
            name -> {
                lookups.incrementAndGet();
                return aliases.getOrDefault(name.toLowerCase(), Set.of(name));
            },
            Duration.ofSeconds(10),
            100,
            new Refresher(background::add),
            () -> now);

    @Test
    void anAnswerIsReusedWhateverTheCase() {
        assertEquals(Set.of("Northwind Traders"), names.canonicalNames("Northwind"));
        assertEquals(Set.of("Northwind Traders"), names.canonicalNames("NORTHWIND"));
        assertEquals(1, lookups.get());
    }

    @Test
    void pastItsTimeTheOldAnswerIsGivenWhileTheNameIsLookedUpAgainInTheBackground() {
        names.canonicalNames("Northwind");
        aliases = Map.of("northwind", Set.of("Northwind Traders", "Northwind Holdings"));
        now += Duration.ofSeconds(11).toNanos();
        assertEquals(Set.of("Northwind Traders"), names.canonicalNames("northwind"), "at once, the answer known");
        names.canonicalNames("Northwind");
        assertEquals(1, background.size(), "one lookup for the name, however many ask");
        background.poll().run();
        assertEquals(Set.of("Northwind Traders", "Northwind Holdings"), names.canonicalNames("Northwind"));
        assertEquals(2, lookups.get());
    }

    @Test
    void anAnswerLongPastItsTimeIsLookedUpOnTheRequestsPath() {
        names.canonicalNames("Northwind");
        aliases = Map.of();
        now += Duration.ofSeconds(10).plus(EntityNames.GRACE).plusSeconds(1).toNanos();
        assertEquals(Set.of("Northwind"), names.canonicalNames("Northwind"));
        assertTrue(background.isEmpty());
    }
}
