package org.newsfacts.query.claim;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.newsfacts.query.api.Cursor;
import org.newsfacts.query.api.Page;
import org.newsfacts.query.api.Params;
import org.newsfacts.query.claim.ClaimDtos.Claim;
import org.newsfacts.query.claim.ClaimDtos.Verdict;
import org.newsfacts.query.entity.EntityNames;
import org.newsfacts.query.fact.FactParams;

@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ClaimResource {

    private static final String ORDER = "claims";

    private final ClaimService claims;
    private final EntityNames entities;

    public ClaimResource(ClaimService claims, EntityNames entities) {
        this.claims = claims;
        this.entities = entities;
    }

    @GET
    @Operation(
            operationId = "listClaims",
            summary = "Cross-source claims: what several articles state about one thing, and whether they agree",
            description = "A claim groups the facts of different articles with the same type, canonical subject, "
                    + "metric/role/named object and a compatible period. Verdicts: AGREE (same value), EQUIVALENT (differs "
                    + "only within what currency conversion and stated precision allow), CONFLICT (beyond it; for ROLE, "
                    + "different people in a role one person holds). Claims with the most articles first. "
                    + "With sources=false each claim comes without its sources (null): a summary, far smaller for a "
                    + "much-reported subject. Only facts of confidence newsfacts.claims.min-confidence (default 0.5) or more "
                    + "count; 'minConfidence' raises that for the request (a lower value leaves the setting).")
    public Page<Claim> list(
            @Parameter(description = "A FACTS.md type") @QueryParam("type") String type,
            @Parameter(description = "Canonical name or alias; for ROLE the organization or the person")
                    @QueryParam("subject")
                    String subject,
            @Parameter(description = "REVENUE, NET_INCOME, …") @QueryParam("metric") String metric,
            @Parameter(description = "AGREE, EQUIVALENT or CONFLICT") @QueryParam("verdict") String verdict,
            @Parameter(description = "1 to 200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "'next' of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "true (default) or false: whether each claim lists its sources")
                    @QueryParam("sources")
                    String sources,
            @Parameter(
                            description =
                                    "Only facts of at least this confidence (the probability that the fact is right, 0 to 1) count; "
                                            + "below the setting newsfacts.claims.min-confidence, the setting applies",
                            schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "1"),
                            example = "0.8")
                    @QueryParam("minConfidence")
                    String minConfidence) {
        String t = Params.oneOf("type", type, FactParams.TYPES);
        String name = Params.text("subject", subject, 200);
        Set<String> names = name == null ? null : entities.canonicalNames(name);
        String v = Params.oneOf(
                "verdict",
                verdict,
                Arrays.stream(Verdict.values()).map(Enum::name).collect(Collectors.toSet()));
        Double min = Params.probability("minConfidence", minConfidence);
        boolean withSources = !"FALSE".equals(Params.oneOf("sources", sources, Set.of("TRUE", "FALSE")));
        int n = Params.limit(limit, 50);
        Cursor after = Cursor.decode(cursor, ORDER);
        int offset = after == null ? 0 : (int) Math.min(Integer.MAX_VALUE, Math.max(0, after.longKey()));
        List<Claim> all = claims.claims(
                t, names, Params.upperSnake("metric", metric), v == null ? null : Verdict.valueOf(v), min);
        List<Claim> page = all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + n));
        if (!withSources) {
            page = page.stream().map(Claim::withoutSources).toList();
        }
        String next = offset + n < all.size() ? new Cursor(ORDER, String.valueOf(offset + n), "-").encode() : null;
        return new Page<>(all.size(), page, next);
    }
}
