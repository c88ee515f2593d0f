package org.newsfacts.query.article;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** An opaque position in the newest-first article list: the last item's ingest time and id. */
public record Cursor(Instant ingestedAt, String id) {

    public String encode() {
        String raw = ingestedAt.getEpochSecond() + ":" + ingestedAt.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses a cursor from a previous response; throws IllegalArgumentException for anything else. */
    public static Cursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split(":", 3);
            if (parts.length != 3 || parts[2].isEmpty()) {
                throw new IllegalArgumentException("malformed");
            }
            return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), parts[2]);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'cursor' is not a cursor from a previous response: '" + cursor + "'");
        }
    }
}
