package org.newsfacts.query.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.newsfacts.query.api.Params;

class QueryWarmupTest {

    private static final URI BASE = URI.create("http://localhost:8080");

    @Test
    void eachRoundAsksForEveryFilterWithAPageSizeOneLargerAndEveryFifthRequestIsAnotherKind() {
        List<URI> targets = QueryWarmup.targets(BASE, List.of("Contoso Ltd"), 20);
        assertEquals(
                List.of(
                        "/api/facts?subject=Contoso+Ltd&limit=1",
                        "/api/facts?subject=no+such+name+%28warm-up%29&limit=1",
                        "/api/facts?type=INVESTMENT&limit=1",
                        "/api/facts?subject=Contoso+Ltd&limit=2",
                        "/api/facts/export?subject=Contoso+Ltd",
                        "/api/facts?subject=no+such+name+%28warm-up%29&limit=2",
                        "/api/facts?type=INVESTMENT&limit=2",
                        "/api/facts?subject=Contoso+Ltd&limit=3",
                        "/api/facts?subject=no+such+name+%28warm-up%29&limit=3",
                        "/api/articles?limit=3",
                        "/api/facts?type=INVESTMENT&limit=3",
                        "/api/facts?subject=Contoso+Ltd&limit=4",
                        "/api/facts?subject=no+such+name+%28warm-up%29&limit=4",
                        "/api/facts?type=INVESTMENT&limit=4",
                        "/api/entities?q=INVESTMENT&limit=5",
                        "/api/facts?subject=Contoso+Ltd&limit=5",
                        "/api/facts?subject=no+such+name+%28warm-up%29&limit=5",
                        "/api/facts?type=INVESTMENT&limit=5",
                        "/api/facts?subject=Contoso+Ltd&limit=6",
                        "/q/health/live?null"),
                targets.stream().map(u -> u.getPath() + "?" + u.getRawQuery()).toList());
    }

    @Test
    void afterTheLargestPageSizeTheSamePagesComeAgainFromTheCache() {
        int perRound = 2; // no subjects yet: the unknown name and the type
        List<URI> pages = QueryWarmup.targets(BASE, List.of(), perRound * Params.MAX_LIMIT * 3).stream()
                .filter(u -> u.getPath().equals("/api/facts"))
                .toList();
        assertEquals(perRound * Params.MAX_LIMIT, new HashSet<>(pages).size(), "as many reads as filters × page sizes");
        assertEquals(
                "limit=200",
                pages.get(perRound * Params.MAX_LIMIT - 1).getRawQuery().replaceFirst(".*&", ""));
        assertEquals(pages.get(0), pages.get(perRound * Params.MAX_LIMIT));
    }

    @Test
    void itSpeaksHttp11() {
        assertEquals(
                HttpClient.Version.HTTP_1_1,
                QueryWarmup.client().version(),
                "the JDK's client would upgrade to HTTP/2, a server path users' clients do not take");
    }

    @Test
    void itStartsOnceTheDatabaseAnswersAndAsksAgainEveryQuarterSecondTillThen() throws InterruptedException {
        AtomicInteger asked = new AtomicInteger();
        AtomicLong now = new AtomicLong();
        List<Duration> slept = new ArrayList<>();
        boolean answered = QueryWarmup.awaitAnswer(
                () -> asked.incrementAndGet() <= 3 ? 503 : 200, Duration.ofMinutes(2), now::get, d -> {
                    slept.add(d);
                    now.addAndGet(d.toNanos());
                });
        assertTrue(answered);
        assertEquals(4, asked.get(), "three refusals, then the answer");
        assertEquals(List.of(QueryWarmup.PROBE_EVERY, QueryWarmup.PROBE_EVERY, QueryWarmup.PROBE_EVERY), slept);
    }

    @Test
    void itGivesUpWhenTheDatabaseHasNotAnsweredWithinItsWait() throws InterruptedException {
        AtomicLong now = new AtomicLong();
        AtomicInteger sleeps = new AtomicInteger();
        boolean answered = QueryWarmup.awaitAnswer(() -> -1, Duration.ofSeconds(2), now::get, d -> {
            sleeps.incrementAndGet();
            now.addAndGet(d.toNanos());
        });
        assertFalse(answered);
        assertEquals(8, sleeps.get(), "2 s of quarter-second waits");
    }
}
