package org.newsfacts.query.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** At startup the service sends itself its warm-up requests over HTTP, through the page cache, and says so. */
@QuarkusTest
@WithTestResource(QueryStack.class)
@TestProfile(QueryWarmupIT.Warm.class)
class QueryWarmupIT {

    public static final class Warm implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsfacts.query.warmup-requests", "300");
        }
    }

    @Test
    void theWarmupRunsItsRequestsThroughTheQueryPathAtStartup() {
        await("the warm-up done")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> "DONE".equals(check("query warm-up").getString("data.state")));
        JsonPath warmup = check("query warm-up");
        assertEquals(300, warmup.getInt("data.answered"));
        assertEquals(
                0,
                warmup.getInt("data.failed"),
                "every warm-up request (pages, exports, articles, entities) was answered 200");
        JsonPath cache = check("fact page cache");
        assertTrue(
                cache.getLong("data.hits") + cache.getLong("data.misses") >= 240,
                "its pages of facts (four in five) went through the page cache");
        assertTrue(cache.getLong("data.misses") >= 100, "its first rounds read pages the cache had not seen");
        assertEquals(0, cache.getInt("data.pages"), "it leaves no pages behind (they are no user's)");
    }

    private static JsonPath check(String name) {
        return new JsonPath(given().get("/q/health/ready").jsonPath().prettify())
                .setRootPath("checks.find { it.name == '" + name + "' }");
    }
}
