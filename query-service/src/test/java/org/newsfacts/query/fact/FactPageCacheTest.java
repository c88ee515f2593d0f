package org.newsfacts.query.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.newsfacts.query.QueryConfig;
import org.newsfacts.query.cache.Refresher;

class FactPageCacheTest {

    private static final FactPageCache.Key ACME = key("Acme");
    private static final FactPageCache.Key GLOBEX = key("Globex");

    private final AtomicInteger reads = new AtomicInteger();
    private final ArrayDeque<Runnable> background = new ArrayDeque<>();
    private long now = 1_000_000_000L;

    @Test
    void aPageIsReadOnceWhileCurrent() {
        FactPageCache cache = cache(Duration.ofMinutes(1), 100);
        FactPage first = cache.get(ACME, this::read);
        assertSame(first, cache.get(ACME, this::read));
        assertSame(first, cache.get(key("Acme"), this::read), "an equal key is the same page");
        assertEquals(1, reads.get());
        cache.get(GLOBEX, this::read);
        assertEquals(2, reads.get(), "another filter is another page");
    }

    @Test
    void anAnnouncementEndsEveryPage() {
        FactPageCache cache = cache(Duration.ofMinutes(1), 100);
        cache.get(ACME, this::read);
        cache.get(GLOBEX, this::read);
        cache.invalidate();
        pastTheMomentsAfterTheEvent();
        cache.get(ACME, this::read);
        cache.get(GLOBEX, this::read);
        assertEquals(4, reads.get());
        cache.get(ACME, this::read);
        assertEquals(4, reads.get(), "read again once, then current");
        FactPageCache.Stats stats = cache.stats();
        assertEquals(1, stats.hits());
        assertEquals(4, stats.misses());
        assertEquals(1, stats.invalidations());
    }

    @Test
    void anAnnouncementDuringAReadMakesThatPageStale() {
        FactPageCache cache = cache(Duration.ofMinutes(1), 100);
        cache.get(ACME, () -> {
            cache.invalidate();
            return read();
        });
        pastTheMomentsAfterTheEvent();
        cache.get(ACME, this::read);
        assertEquals(2, reads.get(), "the page read across an announcement may miss its facts");
    }

    @Test
    void anEventEndsOnlyThePagesOfTheNamesItTouched() {
        FactPageCache cache = cache(Duration.ofMinutes(1), 100);
        cache.get(ACME, this::read);
        cache.get(GLOBEX, this::read);
        cache.changed("article-1", Set.of("Globex", "Initech"));
        pastTheMomentsAfterTheEvent();
        cache.get(ACME, this::read);
        assertEquals(2, reads.get(), "Acme's page stays: the event did not touch Acme");
        cache.get(GLOBEX, this::read);
        assertEquals(3, reads.get(), "Globex's page is read again");
    }

    @Test
    void aNameTheReplacedFactsHadCountsAsTouched() {
        FactPageCache cache = cache(Duration.ofMinutes(1), 100);
        cache.get(ACME, this::read);
        cache.changed("article-1", Set.of("Acme")); // e.g. Acme was the subject of a fact the re-extraction dropped
        pastTheMomentsAfterTheEvent();
        cache.get(ACME, this::read);
        assertEquals(2, reads.get());
    }

    @Test
    void aPageWithoutANameEndsWithAnyEventAndAPageOfAnArticleWithItsArticles() {
        FactPageCache cache = cache(Duration.ofMinutes(1), 100);
        FactPageCache.Key all = new FactPageCache.Key(FactFilter.ALL, FactSort.ID, null, 20);
        FactPageCache.Key ofArticle = new FactPageCache.Key(
                new FactFilter(null, null, null, null, null, null, null, null, null, null, "article-2", null, null),
                FactSort.ID,
                null,
                20);
        cache.get(all, this::read);
        cache.get(ofArticle, this::read);
        cache.changed("article-1", Set.of("Initech"));
        pastTheMomentsAfterTheEvent();
        cache.get(all, this::read);
        cache.get(ofArticle, this::read);
        assertEquals(3, reads.get(), "all facts: read again; article-2's: kept");
        cache.changed("article-2", Set.of());
        pastTheMomentsAfterTheEvent();
        cache.get(ofArticle, this::read);
        assertEquals(4, reads.get());
    }

    @Test
    void aFilterOnWhenArticlesWereExtractedDependsOnEveryChange() {
        FactFilter since = new FactFilter(
                null,
                Set.of("Acme"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                java.time.Instant.parse("2026-01-01T00:00:00Z"),
                null);
        assertEquals(null, FactPageCache.dependsOn(since));
        assertEquals(
                Set.of("Acme", "Globex"),
                FactPageCache.dependsOn(new FactFilter(
                        null,
                        Set.of("Acme"),
                        Set.of("Globex"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)));
    }

    @Test
    void theLowestConfidenceIsPartOfThePage() {
        FactPageCache cache = cache(Duration.ofMinutes(1), 100);
        FactPage all = cache.get(ACME, this::read);
        FactPage likely = cache.get(key("Acme", 0.8), this::read);
        assertNotSame(all, likely, "facts of 0.8 or more are another page than all of Acme's");
        assertSame(likely, cache.get(key("Acme", 0.8), this::read));
        cache.get(key("Acme", 0.9), this::read);
        assertEquals(3, reads.get());
        assertSame(
                all,
                cache.get(key("Acme", 0.0), this::read),
                "a lowest confidence of 0 keeps every fact: the same page");
        assertEquals(
                Set.of("Acme"),
                FactPageCache.dependsOn(key("Acme", 0.8).filter()),
                "still ended by Acme's events only");
        cache.changed("article-1", Set.of("Acme"));
        pastTheMomentsAfterTheEvent();
        cache.get(key("Acme", 0.8), this::read);
        assertEquals(4, reads.get());
    }

    @Test
    void aPageExpires() {
        FactPageCache cache = cache(Duration.ofNanos(1), 100);
        cache.get(ACME, this::read);
        now += 2;
        cache.get(ACME, this::read);
        assertEquals(2, reads.get());
    }

    @Test
    void anExpiredPageIsServedWhileItIsReadAnewInTheBackground() {
        FactPageCache cache = cache(Duration.ofMinutes(1), 100);
        FactPage first = cache.get(ACME, this::read);
        now += Duration.ofSeconds(61).toNanos(); // past its time (45-60 s), within as long again
        assertSame(first, cache.get(ACME, this::read), "answered at once from the expired page");
        assertSame(first, cache.get(ACME, this::read));
        assertEquals(1, background.size(), "one background read per page, however many requests find it expired");
        assertEquals(1, reads.get());
        background.poll().run();
        assertEquals(2, reads.get());
        FactPage second = cache.get(ACME, this::read);
        assertNotSame(first, second, "the page read in the background");
        assertSame(second, cache.get(ACME, this::read));
        assertEquals(1, cache.stats().refreshes());
        assertEquals(1, cache.stats().misses(), "only the first read kept a request waiting");
        assertEquals(2, cache.stats().facts(), "the page read again replaced the old one in the count of facts held");
    }

    @Test
    void rightAfterAnEventThePageAsItWasIsServedWhileOneBackgroundReadRenewsIt() {
        FactPageCache cache = cache(Duration.ofMinutes(1), 100);
        FactPage before = cache.get(ACME, this::read);
        cache.changed("article-1", Set.of("Acme"));
        now += Duration.ofMillis(500).toNanos();
        assertSame(before, cache.get(ACME, this::read), "half a second after the event: the page as it was");
        assertSame(before, cache.get(ACME, this::read));
        runBackground();
        FactPage renewed = cache.get(ACME, this::read);
        assertNotSame(before, renewed);
        assertSame(renewed, cache.get(ACME, this::read));
        assertEquals(2, reads.get());
        assertEquals(2, cache.stats().afterChange());
    }

    @Test
    void aPageLongPastItsTimeOrEndedByAnEventIsReadOnTheRequestsPath() {
        FactPageCache cache = cache(Duration.ofMinutes(1), 100);
        FactPage first = cache.get(ACME, this::read);
        now += Duration.ofSeconds(121).toNanos(); // beyond as long again as its time
        assertNotSame(first, cache.get(ACME, this::read));
        now += Duration.ofSeconds(61).toNanos();
        cache.changed("article-1", Set.of("Acme"));
        runBackground();
        assertEquals(2, reads.get(), "not asked for within its time (a minute): not renewed on the event");
        now += FactPageCache.AFTER_CHANGE.plusMillis(1).toNanos();
        FactPage afterEvent = cache.get(ACME, this::read);
        assertEquals(3, reads.get(), "a page an event ended is not served once the moments after the event are over");
        assertTrue(background.isEmpty());
        assertSame(afterEvent, cache.get(ACME, this::read));
    }

    @Test
    void aPageInUseIsRenewedInTheBackgroundAsSoonAsAnEventEndsIt() {
        FactPageCache cache = cache(Duration.ofMinutes(1), 100);
        FactPage before = cache.get(ACME, this::read);
        cache.get(GLOBEX, this::read);
        now += Duration.ofSeconds(40).toNanos();
        cache.get(ACME, this::read); // asked for again: in use for another minute
        now += Duration.ofSeconds(25).toNanos(); // Globex last asked for 65 s ago
        cache.changed("article-1", Set.of("Acme", "Globex"));
        assertEquals(1, background.size(), "one look for pages to renew");
        runBackground();
        assertEquals(
                3, reads.get(), "Acme's page read again; Globex's, not asked for within its time, left until it is");
        now += FactPageCache.AFTER_CHANGE.plusSeconds(1).toNanos();
        FactPage renewed = cache.get(ACME, this::read);
        assertNotSame(before, renewed, "the next request, however late, finds the renewed page");
        assertEquals(3, reads.get());
        assertEquals(2, cache.stats().misses(), "no request waited for Acme's page after the event");
        cache.get(GLOBEX, this::read);
        assertEquals(4, reads.get(), "Globex's page, ended long ago, is read on the request's path");
        assertEquals(1, cache.stats().refreshes());
    }

    @Test
    void aPageStaysInUseAcrossRenewalsUntilNobodyAskedForItWithinItsTime() {
        FactPageCache cache = cache(Duration.ofMinutes(1), 100);
        cache.get(ACME, this::read);
        for (int i = 1; i <= 3; i++) {
            now += Duration.ofSeconds(20).toNanos();
            cache.changed("article-" + i, Set.of("Acme"));
            runBackground();
        }
        assertEquals(
                3,
                reads.get(),
                "renewed after the events 20 and 40 s after it was asked for, not after the one 60 s after");
    }

    @Test
    void aPageWithoutNamesIsRenewedOnAnEventOnlyIfAskedForSinceItWasRead() {
        FactPageCache cache = cache(Duration.ofMinutes(1), 100);
        FactPageCache.Key all = new FactPageCache.Key(FactFilter.ALL, FactSort.ID, null, 20);
        cache.get(all, this::read);
        cache.changed("article-1", Set.of("Initech"));
        runBackground();
        assertEquals(1, reads.get(), "ended by every event: not renewed on one unless asked for since its read");
        pastTheMomentsAfterTheEvent();
        cache.get(all, this::read); // read on the path
        cache.get(all, this::read); // asked for since
        cache.changed("article-2", Set.of("Initech"));
        runBackground();
        assertEquals(3, reads.get());
        cache.changed("article-3", Set.of("Initech"));
        runBackground();
        assertEquals(3, reads.get(), "the renewed page was not asked for since");
    }

    @Test
    void aClearedCacheReadsEveryPageAgain() {
        FactPageCache cache = cache(Duration.ofMinutes(1), 100);
        cache.get(ACME, this::read);
        cache.clear();
        assertEquals(0, cache.stats().pages());
        assertEquals(0, cache.stats().facts());
        cache.get(ACME, this::read);
        assertEquals(2, reads.get());
    }

    @Test
    void aBurstOfEventsRenewsAPageOnceAndAPageAlreadyCurrentWhenItsTurnComesIsNotReadAgain() {
        FactPageCache cache = cache(Duration.ofMinutes(1), 100);
        cache.get(ACME, this::read);
        cache.get(ACME, this::read);
        for (int i = 0; i < 5; i++) {
            cache.changed("article-" + i, Set.of("Acme"));
        }
        assertEquals(1, background.size(), "the events share one look while it waits");
        background.poll().run(); // the look: queues Acme's renewal
        now += FactPageCache.AFTER_CHANGE.plusSeconds(1).toNanos();
        cache.get(ACME, this::read); // before its turn, a request reads the page on its path
        runBackground();
        assertEquals(2, reads.get(), "the queued renewal found the page current and left it");
    }

    @Test
    void beyondItsSizeTheCacheStartsOver() {
        FactPageCache cache = cache(Duration.ofMinutes(1), 3);
        cache.get(ACME, this::read); // 2 facts held
        cache.get(GLOBEX, this::read); // 4 > 3: starts over with Globex alone
        cache.get(GLOBEX, this::read);
        cache.get(ACME, this::read);
        assertEquals(3, reads.get());
    }

    @Test
    void zeroTurnsItOff() {
        FactPageCache off = cache(Duration.ZERO, 100);
        off.get(ACME, this::read);
        off.get(ACME, this::read);
        assertEquals(2, reads.get());
    }

    private void runBackground() {
        for (Runnable task; (task = background.poll()) != null; ) {
            task.run();
        }
    }

    private FactPage read() {
        reads.incrementAndGet();
        return new FactPage(2, new byte[0]);
    }

    private static FactPageCache.Key key(String subject) {
        return key(subject, null);
    }

    private static FactPageCache.Key key(String subject, Double minConfidence) {
        FactFilter filter = new FactFilter(
                null, Set.of(subject), null, null, null, null, null, null, null, null, null, null, minConfidence);
        return new FactPageCache.Key(filter, FactSort.ID, null, 20);
    }

    /** A cache on this test's clock whose background reads wait in {@link #background} until a test runs them. */
    private FactPageCache cache(Duration ttl, long maxFacts) {
        return new FactPageCache(config(ttl, maxFacts), new Refresher(background::add), () -> now);
    }

    /** Past the moments after an event in which the page as it was is still served: a request reads it itself. */
    private void pastTheMomentsAfterTheEvent() {
        now += FactPageCache.AFTER_CHANGE.plusMillis(1).toNanos();
    }

    private static QueryConfig config(Duration ttl, long maxFacts) {
        return new QueryConfig() {
            @Override
            public Duration nameCacheTtl() {
                return Duration.ofSeconds(10);
            }

            @Override
            public int nameCacheSize() {
                return 10;
            }

            @Override
            public Duration pageCacheTtl() {
                return ttl;
            }

            @Override
            public long pageCacheFacts() {
                return maxFacts;
            }

            @Override
            public int warmupRequests() {
                return 0;
            }

            @Override
            public Duration warmupYield() {
                return Duration.ZERO;
            }

            @Override
            public Duration warmupDatabaseWait() {
                return Duration.ZERO;
            }
        };
    }
}
