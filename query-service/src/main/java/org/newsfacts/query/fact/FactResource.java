package org.newsfacts.query.fact;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.newsfacts.model.Fact;
import org.newsfacts.query.api.Cursor;
import org.newsfacts.query.api.Params;
import org.newsfacts.query.entity.EntityNames;
import org.newsfacts.query.entity.EntityRepository;

@Path("/api/facts")
@Blocking
public class FactResource {

    public static final String NDJSON = "application/x-ndjson";
    static final int DEFAULT_LIMIT = 50;

    private final FactService pages;
    private final FactRepository facts;
    private final EntityNames entities;
    private final EntityRepository register;
    private final ObjectMapper mapper;

    public FactResource(
            FactService pages,
            FactRepository facts,
            EntityNames entities,
            EntityRepository register,
            ObjectMapper mapper) {
        this.pages = pages;
        this.facts = facts;
        this.entities = entities;
        this.register = register;
        this.mapper = mapper;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listFacts",
            summary = "Facts that match every given filter, a page at a time",
            description =
                    "Paged with 'limit' and the 'next' cursor of the previous page (a cursor only fits the order it came from).")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FactPage.Shape.class)))
    public Response list(
            @BeanParam FactParams params,
            @Parameter(description = "1 to 200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "'next' of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(
                            description =
                                    "id (default: extraction order), -id, valueUsd, -valueUsd, confidence, -confidence")
                    @QueryParam("sort")
                    String sort) {
        FactSort order = FactSort.parse(sort);
        int n = Params.limit(limit, DEFAULT_LIMIT);
        Cursor after = Cursor.decode(cursor, order.param);
        return pages.page(params.toFilter(entities, register::canonicalNames), order, after, n)
                .response();
    }

    @GET
    @Path("/export")
    @Produces(NDJSON)
    @Operation(
            operationId = "exportFacts",
            summary = "Every matching fact as NDJSON, one FACTS.md object a line, streamed",
            description =
                    "The same filters as /api/facts; facts in article order. Constant memory for any number of facts.")
    public StreamingOutput export(@BeanParam FactParams params) {
        FactFilter filter = params.toFilter(entities, register::canonicalNames);
        // One flush at the end (and whenever the generator's buffer fills), not one per fact.
        ObjectWriter writer = mapper.writerFor(Fact.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        return out -> {
            JsonGenerator json = mapper.getFactory().createGenerator(out);
            json.setRootValueSeparator(null);
            try {
                facts.export(filter, fact -> {
                    try {
                        writer.writeValue(json, fact);
                        json.writeRaw('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            json.flush();
        };
    }
}
