package org.newsfacts.extract.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.newsfacts.devstack.NewsFactsTestResource;

/**
 * extract-service's HTTP API against real Kafka and PostgreSQL: a text's facts, and every error as RFC 9457
 * problem details (application/problem+json, what was wrong in {@code detail}), as its OpenAPI document says.
 */
@QuarkusTest
@WithTestResource(NewsFactsTestResource.class)
class ExtractResourceIT {

    private static final String TEXT = "Norwind Foods said on Tuesday its revenue rose 8% to $2.1 billion in 2025.";

    @Test
    void aTextGivesItsFacts() {
        given().contentType("text/plain")
                .body(TEXT)
                .queryParam("date", "2026-02-03")
                .when()
                .post("/api/extract")
                .then()
                .statusCode(200)
                .body("count", greaterThan(0))
                .body("facts[0].evidence.source", equalTo("request"));
    }

    @Test
    void aBadDateIsA400Problem() {
        given().contentType("text/plain")
                .body(TEXT)
                .queryParam("date", "yesterday")
                .when()
                .post("/api/extract")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("detail", equalTo("'date' must be YYYY-MM-DD, got 'yesterday'"))
                .body("instance", equalTo("/api/extract"));
    }

    @Test
    void anEmptyBodyIsA400Problem() {
        given().contentType("text/plain")
                .body(" ")
                .when()
                .post("/api/extract")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("the request body is empty"));
    }

    @Test
    void anUnknownPathIsA404ProblemThatSaysWhereTheApiIsDescribed() {
        given().when()
                .get("/api/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("/q/openapi"));
    }

    @Test
    void aMediaTypeThePathDoesNotTakeIsA415Problem() {
        given().contentType("image/png")
                .body(new byte[] {1, 2, 3})
                .when()
                .post("/api/extract")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }
}
