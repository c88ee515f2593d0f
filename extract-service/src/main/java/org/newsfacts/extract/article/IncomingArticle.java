package org.newsfacts.extract.article;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/** An {@code articles.raw} v1 record as this service reads it (unknown fields are ignored: forward compatible). */
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
}
