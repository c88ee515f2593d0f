package org.newsfacts.query.warmup;

import org.junit.jupiter.api.Test;
import org.newsfacts.query.api.Params;

import java.net.URI;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QueryWarmupTest {

    private static final URI BASE = URI.create("http://localhost:8080");

    @Test
    void eachRoundAsksForEveryTargetWithAPageSizeOneLarger() {
        List<URI> targets = QueryWarmup.targets(BASE, List.of("Contoso Ltd"), 7);
        assertEquals(List.of(
                "/api/facts?subject=Contoso+Ltd&limit=1",
                "/api/facts?subject=no+such+name+%28warm-up%29&limit=1",
                "/api/facts?type=INVESTMENT&limit=1",
                "/api/facts?subject=Contoso+Ltd&limit=2",
                "/api/facts?subject=no+such+name+%28warm-up%29&limit=2",
                "/api/facts?type=INVESTMENT&limit=2",
                "/api/facts?subject=Contoso+Ltd&limit=3"), targets.stream().map(u -> u.getPath() + "?" + u.getRawQuery()).toList());
    }

    @Test
    void afterTheLargestPageSizeTheSamePagesComeAgainFromTheCache() {
        int perRound = 2; // no subjects yet: the unknown name and the type
        List<URI> targets = QueryWarmup.targets(BASE, List.of(), perRound * Params.MAX_LIMIT * 2);
        assertEquals(perRound * Params.MAX_LIMIT, new HashSet<>(targets).size(), "as many reads as targets × page sizes");
        assertEquals("limit=200", targets.get(perRound * Params.MAX_LIMIT - 1).getRawQuery().replaceFirst(".*&", ""));
        assertEquals(targets.get(0), targets.get(perRound * Params.MAX_LIMIT));
    }
}
