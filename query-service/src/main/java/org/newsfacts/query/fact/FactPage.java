package org.newsfacts.query.fact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsfacts.model.Fact;
import org.newsfacts.query.api.Page;

/**
 * A page of facts as its JSON, written once when the page is read and served as is while it stays
 * current: a cached page costs no serialization (which had been most of the CPU of a request), and
 * holds a few kilobytes of bytes instead of the facts' objects. {@code facts}: how many it lists.
 */
public record FactPage(int facts, byte[] json) {

    /** The page written with the given mapper (the one the REST layer uses, so the JSON is the same). */
    public static FactPage of(Page<Fact> page, ObjectMapper mapper) {
        try {
            return new FactPage(page.items().size(), mapper.writeValueAsBytes(page));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The response that carries the JSON. */
    public Response response() {
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The shape of {@link #json}, for the OpenAPI document: the {@link Page} of {@link Fact}. */
    @Schema(name = "PageFactJson")
    public record Shape(long total, List<Fact> items, String next) {}
}
