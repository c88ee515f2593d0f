package org.newsfacts.query.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsfacts.query.it.Api.get;
import static org.newsfacts.query.it.ConfidenceWorld.HOOLI;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code newsfacts.claims.min-confidence} set to 0.25: the $20bn statement of confidence 0.3 counts, and conflicts. */
@QuarkusTest
@TestProfile(ClaimsMinConfidenceSettingIT.LowSetting.class)
@WithTestResource(QueryStack.class)
class ClaimsMinConfidenceSettingIT {

    public static class LowSetting implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsfacts.claims.min-confidence", "0.25");
        }
    }

    @BeforeEach
    void load() throws Exception {
        ConfidenceWorld.load();
    }

    @Test
    void aLowerSettingLetsLessLikelyFactsCount() {
        JsonPath revenue = get("/api/claims?subject={s}&metric=REVENUE", HOOLI);
        assertEquals(1, revenue.getInt("total"));
        assertEquals("CONFLICT", revenue.getString("items[0].verdict"));
        assertEquals(3, revenue.getInt("items[0].articles"));
        assertEquals(2, get("/api/claims?subject={s}", HOOLI).getInt("total"), "the share move of 0.35 is a claim now");
        // A request can still raise it.
        JsonPath likely = get("/api/claims?subject={s}&metric=REVENUE&minConfidence=0.5", HOOLI);
        assertEquals("AGREE", likely.getString("items[0].verdict"));
        assertEquals(2, likely.getInt("items[0].articles"));
    }
}
