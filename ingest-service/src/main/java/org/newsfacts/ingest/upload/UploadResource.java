package org.newsfacts.ingest.upload;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.newsfacts.api.Problem;

@Path("/api/articles")
@SecurityScheme(
        securitySchemeName = UploadResource.API_KEY,
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER,
        apiKeyName = "X-Api-Key",
        description = "The key set with NEWSFACTS_API_KEY (./newsfacts keeps one in $NEWSFACTS_HOME/api-key)")
public class UploadResource {

    static final String API_KEY = "apiKey";

    private static final String PATH = "/api/articles";

    private final UploadService service;

    public UploadResource(UploadService service) {
        this.service = service;
    }

    /** What a client gets back: the id of the article (the first one for JSON Lines) and every id. */
    public record Accepted(String id, List<String> ids) {}

    @POST
    @Blocking
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "submitArticle",
            summary =
                    "Submit an article: text/plain, text/markdown, text/html, application/json (one article) or application/x-ndjson (many)",
            description = "Answered 202 with the article id only once the broker acknowledged it. Needs X-Api-Key.")
    @SecurityRequirement(name = API_KEY)
    @APIResponse(responseCode = "202", description = "on articles.raw")
    @APIResponse(responseCode = "400", description = "empty, binary, malformed, or a bad name")
    @APIResponse(responseCode = "401", description = "no X-Api-Key")
    @APIResponse(responseCode = "413", description = "over the size limit")
    @APIResponse(responseCode = "415", description = "a media type it does not read")
    @APIResponse(
            responseCode = "503",
            description = "the broker did not acknowledge in time; nothing was stored, send again")
    public Response submit(
            @HeaderParam("Content-Type") String contentType,
            @Parameter(
                            description =
                                    "the name the article goes by (evidence.source); a plain file name, default upload-<id>")
                    @QueryParam("name")
                    String name,
            byte[] body) {
        UploadService.Outcome outcome = service.submit(contentType, name, body == null ? new byte[0] : body);
        if (outcome instanceof UploadService.Published published) {
            return Response.accepted(new Accepted(published.ids().get(0), published.ids()))
                    .build();
        }
        UploadService.Failed failed = (UploadService.Failed) outcome;
        return Problem.response(failed.status(), failed.reason(), PATH);
    }

    /** An announced length over the limit is refused before the body is read. */
    @ServerRequestFilter
    public Optional<Response> refuseLargeBodies(ContainerRequestContext request) {
        if (!request.getMethod().equals("POST")
                || !request.getUriInfo().getPath().equals(PATH)) {
            return Optional.empty();
        }
        long length = request.getLength();
        if (length > service.maxBytes()) {
            return Optional.of(Problem.response(413, service.tooLarge(length), PATH));
        }
        return Optional.empty();
    }
}
