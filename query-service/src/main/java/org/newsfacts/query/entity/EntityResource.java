package org.newsfacts.query.entity;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.newsfacts.model.EntityType;
import org.newsfacts.query.api.Cursor;
import org.newsfacts.query.api.Page;
import org.newsfacts.query.api.Params;
import org.newsfacts.query.fact.FactFilter;
import org.newsfacts.query.fact.FactPage;
import org.newsfacts.query.fact.FactParams;
import org.newsfacts.query.fact.FactService;
import org.newsfacts.query.fact.FactSort;

@Path("/api/entities")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class EntityResource {

    /** The kinds of the entity table: those of a fact's subject or object that are named (no TOPIC), and MEDIA. */
    static final Set<String> TYPES =
            Set.of(EntityType.ORGANIZATION.wire(), EntityType.PERSON.wire(), EntityType.PLACE.wire(), "MEDIA");

    static final int DEFAULT_LIMIT = 20;

    private final EntityRepository entities;
    private final FactService facts;

    public EntityResource(EntityRepository entities, FactService facts) {
        this.entities = entities;
        this.facts = facts;
    }

    @GET
    @Operation(
            operationId = "listEntities",
            summary = "Entities by name, with their aliases and fact counts",
            description = "'q' finds entities whose canonical name or any alias contains it, ignoring case "
                    + "(\"alibaba group holding\" finds Alibaba Group); 'ticker', 'isin' or 'cik' (one of them) the organisations "
                    + "linked to the company register under that identifier. Each entity carries 'register' (the register's name, "
                    + "country, CIK, ISINs, listings) or null. Paged with 'limit' and 'next'.")
    public Page<EntityDtos.EntitySummary> list(
            @Parameter(description = "Part of a name or alias, ignoring case") @QueryParam("q") String q,
            @Parameter(description = "ORGANIZATION, PERSON, PLACE or MEDIA") @QueryParam("type") String type,
            @Parameter(
                            description =
                                    "Only the organisations listed under this ticker (company register, any exchange), ignoring case",
                            example = "BABA")
                    @QueryParam("ticker")
                    String ticker,
            @Parameter(description = "Only the organisations with this ISIN", example = "US0378331005")
                    @QueryParam("isin")
                    String isin,
            @Parameter(
                            description = "Only the organisations with this SEC CIK (leading zeros optional)",
                            example = "1577552")
                    @QueryParam("cik")
                    String cik,
            @Parameter(description = "1 to 200, default 20") @QueryParam("limit") String limit,
            @Parameter(description = "'next' of the previous page") @QueryParam("cursor") String cursor) {
        String query = Params.text("q", q, 200);
        String t = Params.oneOf("type", type, TYPES);
        Identifier id = Identifier.of(
                "ticker",
                Params.text("ticker", ticker, 40),
                "isin",
                Params.text("isin", isin, 40),
                "cik",
                Params.text("cik", cik, 40));
        int n = Params.limit(limit, DEFAULT_LIMIT);
        return entities.list(query, t, id, Cursor.decode(cursor, EntityRepository.SORT), n);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getEntity",
            summary = "One entity: canonical name, type, aliases, fact and article counts")
    public EntityDtos.EntityDetail get(@PathParam("id") String id) {
        return entities.get(parseId(id)).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("/{id}/facts")
    @Operation(
            operationId = "listEntityFacts",
            summary = "The facts an entity is the subject or the object of, in extraction order, a page at a time")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FactPage.Shape.class)))
    public Response facts(
            @PathParam("id") String id,
            @Parameter(description = "1 to 200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "'next' of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(
                            description = FactParams.MIN_CONFIDENCE,
                            schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "1"),
                            example = "0.8")
                    @QueryParam("minConfidence")
                    String minConfidence) {
        Double min = Params.probability("minConfidence", minConfidence);
        String canonical = entities.canonical(parseId(id)).orElseThrow(() -> notFound(id));
        int n = Params.limit(limit, 50);
        return facts.page(
                        FactFilter.ofEntity(Set.of(canonical), min),
                        FactSort.ID,
                        Cursor.decode(cursor, FactSort.ID.param()),
                        n)
                .response();
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no entity with id '" + id + "'");
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("no entity with id '" + id + "' (entity ids are whole numbers)");
        }
    }
}
