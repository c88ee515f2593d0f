package org.newsfacts.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors a resource raised on purpose (400, 404 …) and those the framework raised (no such path, a
 * method or media type the path does not take), as problem details. Found by each service through this
 * library's bean index ({@code META-INF/beans.xml}).
 */
@Provider
public class WebErrors implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        return Problem.response(e, uri.getPath());
    }
}
