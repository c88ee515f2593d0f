package org.newsfacts.ingest.upload;

import jakarta.ws.rs.core.Response;

/** RFC 9457 problem details for the write API. */
final class Problems {

    static final String PROBLEM_JSON = "application/problem+json";

    record Problem(String type, String title, int status, String detail, String instance) {
    }

    private Problems() {
    }

    static Response response(int status, String detail, String path) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return Response.status(status).type(PROBLEM_JSON)
                .entity(new Problem("about:blank", known != null ? known.getReasonPhrase() : "Error", status, detail, path))
                .build();
    }
}
