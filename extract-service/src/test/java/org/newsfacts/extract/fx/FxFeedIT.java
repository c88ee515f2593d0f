package org.newsfacts.extract.fx;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.devstack.NewsFactsTestResource;
import org.newsfacts.devstack.StackConnection;
import org.newsfacts.devstack.TestInfrastructure;

/**
 * The live feed against a local HTTP server serving ECB-format files we wrote: a good file is stored
 * and shows in /api/fx, health and metrics; every kind of bad feed is refused with its reason — by
 * the scheduled path (POST /api/fx/update, 502) and by hand (POST /api/fx/rates, 4xx problem+json) —
 * and leaves the stored rates exactly as they were. Days of the past 40–60 days: after the vendored
 * table, before what FxAcceptanceIT needs to be missing.
 */
@QuarkusTest
@WithTestResource(NewsFactsTestResource.class)
@WithTestResource(EcbServer.class)
class FxFeedIT {

    private static final LocalDate TODAY = EcbFiles.today();

    @Test
    void aGoodFeedIsStoredAndShownInTheStatusHealthAndMetrics() throws Exception {
        List<LocalDate> days = List.of(TODAY.minusDays(45), TODAY.minusDays(44), TODAY.minusDays(43));
        EcbServer.serve(200, "text/xml", EcbFiles.file(days));
        given().post("/api/fx/update").then().statusCode(200);
        for (LocalDate day : days) {
            assertEquals(0, EcbFiles.rate("CHF", day).compareTo(stored(day, "CHF")), "CHF on " + day);
        }
        LocalDate newest = LocalDate.parse(
                given().get("/api/fx").then().statusCode(200).extract().path("newestRate"));
        assertTrue(!newest.isBefore(TODAY.minusDays(43)), "newest " + newest);
        given().get("/q/health/ready")
                .then()
                .body(containsString("exchange-rates"))
                .body(containsString("newestRate"));
        given().get("/q/metrics").then().body(containsString("newsfacts_fx_rate_age_days"));
        // Loading the same file again stores nothing new and is no error.
        given().post("/api/fx/update").then().statusCode(200).body("newRates", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void anHtmlErrorPageIsRefused() throws Exception {
        refused(
                "<!DOCTYPE html>\n<html><head><title>Maintenance</title></head><body><p>Service unavailable</p></body></html>",
                "text/html",
                "HTML page",
                400);
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        String whole = EcbFiles.file(List.of(TODAY.minusDays(52), TODAY.minusDays(51)));
        refused(whole.substring(0, whole.length() * 2 / 3), "text/xml", "not well-formed XML", 400);
    }

    @Test
    void malformedXmlIsRefused() throws Exception {
        String bad = EcbFiles.file(List.of(TODAY.minusDays(53)))
                .replaceFirst("<Cube currency='JPY'", "<Cube currency='JPY' rate='1' & ");
        refused(bad, "text/xml", "not well-formed XML", 400);
    }

    @Test
    void aNegativeRateIsRefused() throws Exception {
        refused(
                EcbFiles.file(
                        List.of(TODAY.minusDays(54)),
                        (c, d) -> c.equals("SEK") ? new BigDecimal("-11.2") : EcbFiles.rate(c, d)),
                "text/xml",
                "SEK: the rate -11.2 is not positive",
                400);
    }

    @Test
    void aZeroRateIsRefused() throws Exception {
        refused(
                EcbFiles.file(
                        List.of(TODAY.minusDays(55)),
                        (c, d) -> c.equals("GBP") ? BigDecimal.ZERO : EcbFiles.rate(c, d)),
                "text/xml",
                "GBP: the rate 0 is not positive",
                400);
    }

    @Test
    void aDateInTheFutureIsRefused() throws Exception {
        LocalDate future = TODAY.plusDays(3);
        refused(
                EcbFiles.file(List.of(TODAY.minusDays(56), future)),
                "text/xml",
                "rates for " + future + ", a day after today",
                400);
    }

    @Test
    void aStoredDayRepeatedWithAnotherValueIsRefused() throws Exception {
        LocalDate day = TODAY.minusDays(48);
        given().contentType("application/xml")
                .body(EcbFiles.file(List.of(day)))
                .post("/api/fx/rates")
                .then()
                .statusCode(200);
        String changed = EcbFiles.file(
                List.of(day, TODAY.minusDays(47)),
                (c, d) -> c.equals("USD") && d.equals(day)
                        ? EcbFiles.rate(c, d).add(new BigDecimal("0.01"))
                        : EcbFiles.rate(c, d));
        refused(changed, "text/xml", day + " USD: the feed says", 409);
    }

    @Test
    void aDayRepeatedInOneFileWithAnotherValueIsRefused() throws Exception {
        LocalDate day = TODAY.minusDays(57);
        String once = EcbFiles.file(List.of(day));
        String other = EcbFiles.file(List.of(day), (c, d) -> EcbFiles.rate(c, d).add(BigDecimal.ONE));
        String twice = once.replace("\t</Cube>\n</gesmes:Envelope>", other.substring(other.indexOf("\t\t<Cube time=")));
        refused(twice, "text/xml", day + " is stated twice", 400);
    }

    /** Served as the feed and posted by hand, the file is refused both ways with the reason, and nothing stored changes. */
    private static void refused(String content, String type, String reason, int byHand) throws SQLException {
        String before = snapshot();
        EcbServer.serve(200, type, content);
        ExtractableResponse<Response> fetched = given().post("/api/fx/update")
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .extract();
        assertTrue(fetched.path("detail").toString().contains(reason), fetched.asString());
        ExtractableResponse<Response> posted = given().contentType("application/xml")
                .body(content)
                .post("/api/fx/rates")
                .then()
                .statusCode(byHand)
                .contentType("application/problem+json")
                .extract();
        assertTrue(posted.path("detail").toString().contains(reason), posted.asString());
        assertEquals(before, snapshot(), "the stored rates are unchanged");
        assertTrue(
                given().get("/api/fx").then().extract().path("lastFeed.state").equals("REFUSED"));
    }

    static String snapshot() throws SQLException {
        try (Connection c = connect();
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "SELECT count(*), coalesce(string_agg(day || currency || per_eur, ',' ORDER BY day, currency), '') FROM fx_rate")) {
            rs.next();
            return rs.getLong(1) + ":" + rs.getString(2);
        }
    }

    static BigDecimal stored(LocalDate day, String currency) throws SQLException {
        try (Connection c = connect();
                var ps = c.prepareStatement("SELECT per_eur FROM fx_rate WHERE day = ? AND currency = ?")) {
            ps.setObject(1, day);
            ps.setString(2, currency);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBigDecimal(1) : null;
            }
        }
    }

    static Connection connect() throws SQLException {
        StackConnection s = TestInfrastructure.get();
        return DriverManager.getConnection(s.jdbcUrl(), s.dbUser(), s.dbPassword());
    }
}
