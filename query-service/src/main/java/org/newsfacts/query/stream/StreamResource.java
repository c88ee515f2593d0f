package org.newsfacts.query.stream;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.query.api.Params;
import org.newsfacts.query.entity.EntityNames;
import org.newsfacts.query.fact.FactParams;

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
    @Blocking
    @Operation(
            operationId = "streamFacts",
            summary = "Server-Sent Events: each fact as it is extracted (from facts.extracted), in the FACTS.md shape",
            description =
                    "From the moment of subscription on; each event's data is one fact (JSON) and its id names it. "
                            + "A client that reconnects with Last-Event-ID (browsers' EventSource does so by itself) first gets the facts "
                            + "published after that event, of the latest 10,000 kept while clients listen and for 5 minutes after the last "
                            + "one left; ids are this instance's (another instance or a restart replays nothing). "
                            + "A client that falls more than 1,024 facts behind is disconnected.")
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "Only facts of this FACTS.md type") @QueryParam("type") String type,
            @Parameter(description = "Only facts about this subject (canonical name or alias)") @QueryParam("subject")
                    String subject,
            @Parameter(
                            description = FactParams.MIN_CONFIDENCE,
                            schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "1"),
                            example = "0.8")
                    @QueryParam("minConfidence")
                    String minConfidence,
            @Parameter(description = "The id of the last event received: the facts after it are sent first")
                    @HeaderParam("Last-Event-ID")
                    String lastEventId,
            @Context Sse sse) {
        String t = Params.oneOf("type", type, FactParams.TYPES);
        String name = Params.text("subject", subject, 200);
        Double min = Params.probability("minConfidence", minConfidence);
        Set<String> subjects = name == null ? null : entities.canonicalNames(name);
        return hub.subscribe(FactType.fromWire(t), subjects, min, lastEventId)
                .map(e -> sse.newEventBuilder()
                        .id(e.id())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(Fact.class, e.fact())
                        .build());
    }
}
