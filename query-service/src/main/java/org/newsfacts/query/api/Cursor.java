package org.newsfacts.query.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

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
            throw new BadParameterException("cursor", cursor, "belongs to a list in another order (" + c.sort
                    + "), not to this one (" + expectedSort + ")");
        }
        return c;
    }

    public long longKey() {
        return parseLong(key);
    }

    public long longId() {
        return parseLong(id);
    }

    private long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new BadParameterException("cursor", encode(), "is not a 'next' value from a previous response");
        }
    }

    public double doubleKey() {
        try {
            return Double.parseDouble(key);
        } catch (NumberFormatException e) {
            throw new BadParameterException("cursor", encode(), "is not a 'next' value from a previous response");
        }
    }
}
