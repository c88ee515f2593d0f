package org.newsfacts.extract.fx;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Exchange rates: their state, and loading ECB files by hand ('./newsfacts fx update [FILE|URL]' posts
 * here; a user behind a firewall downloads the file elsewhere). Bad input is answered with
 * application/problem+json saying why, and nothing is stored.
 */
@Path("/api/fx")
@Produces(MediaType.APPLICATION_JSON)
public class FxResource {

    static final String PROBLEM_JSON = "application/problem+json";

    private final FxFeed feed;
    private final LiveRates rates;
    private final FxConfig config;

    public FxResource(FxFeed feed, LiveRates rates, FxConfig config) {
        this.feed = feed;
        this.rates = rates;
        this.config = config;
    }

    public record Status(
            LocalDate newestRate,
            long ageDays,
            LocalDate vendoredUntil,
            int storedDays,
            long maxAgeDays,
            boolean feedEnabled,
            String dailyUrl,
            String historyUrl,
            FxFeed.Outcome lastFeed) {}

    @GET
    @Operation(
            operationId = "getFx",
            summary = "Exchange-rate state",
            description =
                    "The newest rate known and its age, the vendored table's end, the days stored from the feed, the settings and the feed's last outcome.")
    public Status status() {
        return new Status(
                rates.newestEcbDay(),
                (long) feed.ageDays(),
                rates.vendoredUntil(),
                rates.storedDays(),
                config.maxAge().toDays(),
                config.feed().enabled(),
                config.feed().dailyUrl(),
                config.feed().historyUrl(),
                feed.lastOutcome());
    }

    @POST
    @Path("/rates")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            operationId = "loadFxRates",
            summary = "Load an ECB reference-rate file",
            description =
                    "The body is an ECB file (eurofxref-daily.xml, eurofxref-hist-90d.xml or eurofxref-hist.xml). Stored all or "
                            + "nothing: 400 when it is not such a file (HTML, malformed or cut-off XML, a rate not positive, a day in the future), "
                            + "409 when it states a stored day with another value. Facts that waited for these rates get their dollar value.")
    public Response load(byte[] body, @QueryParam("name") String name) {
        if (body == null || body.length > config.feed().maxBytes()) {
            return problem(
                    body == null ? 400 : 413,
                    body == null
                            ? "the request has no body: send the ECB XML file"
                            : "the file has " + body.length + " bytes; the limit is "
                                    + config.feed().maxBytes() + " (newsfacts.fx.feed.max-bytes)");
        }
        try {
            return Response.ok(
                            feed.load(body, name == null || name.isBlank() ? "a file posted to /api/fx/rates" : name))
                    .build();
        } catch (BadFeedException e) {
            return problem(e.conflict() ? 409 : 400, e.getMessage());
        }
    }

    @POST
    @Path("/update")
    @Operation(
            operationId = "updateFx",
            summary = "Fetch the configured ECB feed now",
            description =
                    "Fetches today's file (or the 90-day file when the newest rate is older than history-after) and loads it; "
                            + "502 when the feed cannot be reached or is refused, with the reason.")
    public Response update() {
        try {
            return Response.ok(feed.update()).build();
        } catch (FxFeed.UnreachableException | BadFeedException e) {
            return problem(502, e.getMessage());
        }
    }

    static Response problem(int status, String detail) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "about:blank");
        p.put(
                "title",
                Response.Status.fromStatusCode(status) == null
                        ? "Error"
                        : Response.Status.fromStatusCode(status).getReasonPhrase());
        p.put("status", status);
        p.put("detail", detail);
        return Response.status(status).type(PROBLEM_JSON).entity(p).build();
    }
}
