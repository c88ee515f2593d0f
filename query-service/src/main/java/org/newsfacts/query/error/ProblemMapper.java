package org.newsfacts.query.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.UUID;

/** Every error as RFC 9457 problem details, with a message that says what was wrong. */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    public record Problem(String type, String title, int status, String detail, String instance) {
    }

    @ServerExceptionMapper
    public Response clientOrKnown(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String detail = e.getMessage();
        if (status == 404 && (detail == null || detail.startsWith("HTTP 404"))) {
            detail = "nothing at " + uri.getPath() + " (the API is described at /q/openapi and /q/swagger-ui)";
        }
        return problem(status, detail, uri);
    }

    /** Anything unexpected: logged with an id the client sees, no internals in the response. */
    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "request %s failed (error id %s)", uri.getRequestUri(), id);
        return problem(500, "the server failed to answer this request (error id " + id + ", in its log)", uri);
    }

    private static Response problem(int status, String detail, UriInfo uri) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(new Problem("about:blank", title, status, detail, uri.getPath()))
                .build();
    }
}
