package org.newsfacts.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * RFC 9457 problem details, the body of every error the three services answer
 * ({@code application/problem+json}; its schema in the OpenAPI documents comes from {@link ProblemResponses}).
 *
 * @param type     always {@code about:blank}: the status says what kind of problem it is
 * @param title    the status's reason phrase
 * @param status   the HTTP status
 * @param detail   what was wrong, in words a client can act on
 * @param instance the request's path
 */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final System.Logger LOG = System.getLogger(Problem.class.getName());

    public static Problem of(int status, String detail, String path) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return new Problem("about:blank", known != null ? known.getReasonPhrase() : "Error", status, detail, path);
    }

    /** The response carrying a problem with this status and detail. */
    public static Response response(int status, String detail, String path) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(of(status, detail, path))
                .build();
    }

    /**
     * The answer to an exception a resource threw on purpose (400, 404, 415 …) or the framework raised
     * (no such path, a method or media type the path does not take): its status and message; an unknown
     * path says where the API is described.
     */
    public static Response response(WebApplicationException e, String path) {
        int status = e.getResponse().getStatus();
        String detail = e.getMessage();
        if (status == 404 && (detail == null || detail.startsWith("HTTP 404"))) {
            detail = "nothing at " + path + " (the API is described at /q/openapi and /q/swagger-ui)";
        }
        return response(status, detail, path);
    }

    /** Anything unexpected: logged with an id the client also gets, no internals in the response. */
    public static Response unexpected(Throwable e, String requestUri, String path) {
        String id = UUID.randomUUID().toString();
        LOG.log(System.Logger.Level.ERROR, "request " + requestUri + " failed (error id " + id + ")", e);
        return response(500, "the server failed to answer this request (error id " + id + ", in its log)", path);
    }
}
