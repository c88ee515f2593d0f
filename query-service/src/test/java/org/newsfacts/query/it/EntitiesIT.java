package org.newsfacts.query.it;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.newsfacts.query.it.Api.get;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsfacts.query.it.Api.problem;

@QuarkusTest
@WithTestResource(QueryStack.class)
class EntitiesIT {

    @Test
    void anAliasFindsItsEntityIgnoringCase() {
        JsonPath page = get("/api/entities?q={q}", ("acme " + World.RUN + " holdings").toUpperCase());
        assertEquals(1, page.getInt("total"));
        assertEquals(World.ACME, page.getString("items[0].canonical"));
        assertEquals("ORGANIZATION", page.getString("items[0].type"));
        assertEquals(List.of(World.ACME, World.ACME_LEGAL), page.getList("items[0].aliases"));
        // The subject of 4 investments and a stock move, the object of 3 roles.
        assertEquals(8, page.getInt("items[0].factCount"));
    }

    @Test
    void typeNarrowsAndPagesByName() {
        JsonPath people = get("/api/entities?q={q}&type=person", World.RUN);
        assertEquals(2, people.getInt("total"));
        assertEquals(List.of(World.JANE, World.JOHN), people.getList("items.canonical"));

        JsonPath first = get("/api/entities?q={q}&limit=2", World.RUN);
        assertEquals(4, first.getInt("total"));
        assertEquals(List.of(World.ACME, World.GLOBEX), first.getList("items.canonical"));
        JsonPath second = get("/api/entities?q={q}&limit=2&cursor={c}", World.RUN, first.getString("next"));
        assertEquals(List.of(World.JANE, World.JOHN), second.getList("items.canonical"));
        assertNull(second.get("next"));
    }

    @Test
    void oneEntityAndItsFacts() {
        given().when().get("/api/entities/{id}", World.acmeId).then().statusCode(200)
                .body("canonical", equalTo(World.ACME))
                .body("factCount", equalTo(8))
                .body("articleCount", equalTo(4));
        JsonPath facts = get("/api/entities/{id}/facts?limit=5", World.acmeId);
        assertEquals(8, facts.getInt("total"));
        assertEquals(5, facts.getList("items").size());
        JsonPath rest = get("/api/entities/{id}/facts?limit=5&cursor={c}", World.acmeId, facts.getString("next"));
        assertEquals(3, rest.getList("items").size());
        assertNull(rest.get("next"));
    }

    @Test
    void errors() {
        problem("/api/entities?type=COMPANY", 400, "'type' must be one of MEDIA, ORGANIZATION, PERSON, PLACE, got 'COMPANY'");
        problem("/api/entities/987654321987", 404, "no entity with id '987654321987'");
        problem("/api/entities/acme", 404, "no entity with id 'acme' (entity ids are whole numbers)");
        problem("/api/entities?q=" + "x".repeat(201), 400, "'q' is longer than 200 characters");
    }
}
