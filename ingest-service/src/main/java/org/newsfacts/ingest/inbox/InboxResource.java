package org.newsfacts.ingest.inbox;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    private final InboxService service;

    public InboxResource(InboxService service) {
        this.service = service;
    }

    public record InboxStatus(
            String dir,
            long waiting,
            long ingestedSinceStart,
            long rejectedSinceStart,
            long publishFailuresSinceStart) {}

    @GET
    @Operation(
            operationId = "getInbox",
            summary = "The watched folder, how many files wait in it and what happened since start")
    public InboxStatus status() throws IOException {
        long waiting;
        try (Stream<java.nio.file.Path> files = Files.list(service.inbox())) {
            waiting = files.filter(Files::isRegularFile)
                    .filter(p -> !InboxFiles.isIgnored(p.getFileName().toString()))
                    .count();
        }
        InboxService.Stats stats = service.stats();
        return new InboxStatus(
                service.inbox().toString(), waiting, stats.ingested(), stats.rejected(), stats.publishFailures());
    }
}
