package org.newsfacts.query.stream;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.newsfacts.query.api.Params;
import org.newsfacts.query.entity.EntityNames;
import org.newsfacts.query.fact.FactJson;
import org.newsfacts.query.fact.FactParams;

import java.util.Set;

@Path("/api/stream")
public class StreamResource {

    private final FactHub hub;
    private final EntityNames entities;

    public StreamResource(FactHub hub, EntityNames entities) {
        this.hub = hub;
        this.entities = entities;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Server-Sent Events: each fact as it is extracted (from facts.extracted), in the FACTS.md shape",
            description = "From the moment of subscription on. A client that falls more than 1,024 facts behind is disconnected.")
    public Multi<FactJson> stream(
            @Parameter(description = "Only facts of this FACTS.md type") @QueryParam("type") String type,
            @Parameter(description = "Only facts about this subject (canonical name or alias)") @QueryParam("subject") String subject) {
        String t = Params.oneOf("type", type, FactParams.TYPES);
        String name = Params.text("subject", subject, 200);
        Set<String> subjects = name == null ? null : entities.canonicalNames(name);
        return hub.subscribe(t, subjects);
    }
}
