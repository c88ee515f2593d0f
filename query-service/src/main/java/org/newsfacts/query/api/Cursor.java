package org.newsfacts.query.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Function;

/**
 * An opaque position in an ordered list: which order it belongs to ({@code sort}), the last item's
 * sort key and its id. A cursor from one order is refused by another.
 */
public record Cursor(String sort, String key, String id) {

    public String encode() {
        String raw = sort + "\n" + key + "\n" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Parses a cursor from a previous response of the same order; null or blank means "from the start".
     *
     * @throws BadParameterException for anything else
     */
    public static Cursor decode(String cursor, String expectedSort) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        Cursor c;
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            String[] parts = raw.split("\n", 3);
            if (parts.length != 3 || parts[0].isEmpty() || parts[2].isEmpty()) {
                throw new IllegalArgumentException("malformed");
            }
            c = new Cursor(parts[0], parts[1], parts[2]);
        } catch (RuntimeException e) {
            throw new BadParameterException("cursor", cursor, "is not a 'next' value from a previous response");
        }
        if (!c.sort.equals(expectedSort)) {
            throw new BadParameterException(
                    "cursor",
                    cursor,
                    "belongs to a list in another order (" + c.sort + "), not to this one (" + expectedSort + ")");
        }
        return c;
    }

    public long longKey() {
        return parse(key, Long::parseLong);
    }

    public long longId() {
        return parse(id, Long::parseLong);
    }

    public double doubleKey() {
        return parse(key, Double::parseDouble);
    }

    public Instant instantKey() {
        return parse(key, Instant::parse);
    }

    /** A part of this cursor as a value; a cursor whose part does not parse was not one of ours. */
    private <T> T parse(String part, Function<String, T> parser) {
        try {
            return parser.apply(part);
        } catch (RuntimeException e) {
            throw new BadParameterException("cursor", encode(), "is not a 'next' value from a previous response");
        }
    }
}
