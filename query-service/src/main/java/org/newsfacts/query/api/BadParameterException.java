package org.newsfacts.query.api;

import jakarta.ws.rs.BadRequestException;

/** A 400 that names the query parameter, the value it got and what was wrong with it. */
public class BadParameterException extends BadRequestException {

    public BadParameterException(String parameter, String value, String problem) {
        super("'" + parameter + "' " + problem + (value == null ? "" : ", got '" + shorten(value) + "'"));
    }

    private static String shorten(String value) {
        return value.length() <= 200 ? value : value.substring(0, 200) + "…";
    }
}
