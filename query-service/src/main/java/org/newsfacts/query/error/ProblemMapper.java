package org.newsfacts.query.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Errors as RFC 9457 problem details, with a message that says what was wrong. */
@Provider
public class ProblemMapper implements ExceptionMapper<WebApplicationException> {

    public static final String PROBLEM_JSON = "application/problem+json";

    public record Problem(String type, String title, int status, String detail) {
    }

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(new Problem("about:blank", title, status, e.getMessage()))
                .build();
    }
}
