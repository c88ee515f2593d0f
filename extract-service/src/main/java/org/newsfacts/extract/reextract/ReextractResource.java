package org.newsfacts.extract.reextract;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** How far re-extraction is, and asking for it ('./newsfacts reextract [--all]' uses this). */
@Path("/api/reextract")
@Produces(MediaType.APPLICATION_JSON)
public class ReextractResource {

    private final Reextraction reextraction;

    public ReextractResource(Reextraction reextraction) {
        this.reextraction = reextraction;
    }

    @GET
    @Operation(
            operationId = "getReextraction",
            summary = "Re-extraction status",
            description =
                    "How many stored articles are due for re-extraction (over all instances), the articles by extractor version, "
                            + "and what this instance is doing.")
    public Reextraction.Status status() {
        return reextraction.status(Duration.ofSeconds(1));
    }

    @POST
    @Operation(
            operationId = "startReextraction",
            summary = "Re-extract stored articles now",
            description =
                    "Starts re-extracting the articles of older extractor versions at once (instead of at the next poll); with "
                            + "all=true every stored article is extracted again, by every instance sharing the work. Answers 202 with the status.")
    public Response request(@QueryParam("all") String all) {
        boolean everything;
        if (all == null || all.isBlank() || all.equals("false")) {
            everything = false;
        } else if (all.equals("true")) {
            everything = true;
        } else {
            throw new BadRequestException("'all' must be true or false, got '" + all + "'");
        }
        return Response.accepted(reextraction.request(everything)).build();
    }
}
