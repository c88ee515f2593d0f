package org.newsfacts.model;

import java.time.Instant;

/** One article as published on {@code articles.raw} (contract v1: contracts/articles.raw.v1.schema.json). */
public record RawArticle(
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
        String sha256) {}
