package org.newsfacts.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Any other failure while answering: a 500 problem with an error id that is also in the log, no internals. */
@Provider
public class UnexpectedErrors implements ExceptionMapper<RuntimeException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(RuntimeException e) {
        return Problem.unexpected(e, uri.getRequestUri().toString(), uri.getPath());
    }
}
