package org.newsfacts.extract.article;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * An {@code articles.raw} v1 record as this service reads it (unknown fields are ignored: forward
 * compatible). {@code id}, {@code sha256} and {@code ingestedAt} may be left out by a producer: the id
 * is then computed from the body, {@code sha256} stored as the id, {@code ingestedAt} set to arrival.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncomingArticle(
        String id,
        String source,
        String title,
        String body,
        String url,
        String outlet,
        String author,
        Instant publishedAt,
        String contentType,
        Instant ingestedAt,
        String sha256) {

    /** The same record with the id this service computed from its body. */
    IncomingArticle withId(String computed) {
        return new IncomingArticle(
                computed, source, title, body, url, outlet, author, publishedAt, contentType, ingestedAt, sha256);
    }
}
