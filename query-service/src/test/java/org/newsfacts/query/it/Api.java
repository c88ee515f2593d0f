package org.newsfacts.query.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;

/** The two ways the tests call the API: a GET that must succeed, and one that must fail with a problem. */
final class Api {

    private Api() {}

    /** GET with path/query parameters filled in (and encoded) by REST Assured; the answer must be 200 JSON. */
    static JsonPath get(String path, Object... params) {
        return given().when().get(path, params).then().statusCode(200).extract().jsonPath();
    }

    /** GET that must answer {@code status} as problem+json whose detail contains {@code detail}. */
    static void problem(String path, int status, String detail) {
        given().when()
                .get(path)
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("detail", containsString(detail));
    }
}
