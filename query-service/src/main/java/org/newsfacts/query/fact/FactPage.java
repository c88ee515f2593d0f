package org.newsfacts.query.fact;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsfacts.query.api.Page;

import java.util.List;

/**
 * A page of facts and its JSON, written once when the page is read and served as is while it stays
 * current: a cached page costs no serialization (which had been most of the CPU of a request).
 */
public record FactPage(Page<FactJson> page, byte[] json) {

    /** The response that carries the JSON. */
    public Response response() {
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The shape of {@link #json}, for the OpenAPI document: the {@link Page} of {@link FactJson}. */
    @Schema(name = "PageFactJson")
    public record Shape(long total, List<FactJson> items, String next) {
    }
}
