package org.newsfacts.query.article;

import java.time.Instant;
import org.newsfacts.query.db.Sql;

/**
 * Which articles a request wants. {@code q} is web-search syntax (words, "quoted phrases", or, -not);
 * {@code from} (inclusive) and {@code to} (exclusive) bound the publication time, or the ingest
 * time of an article that gives none.
 */
public record ArticleFilter(String q, String source, String outlet, Instant from, Instant to) {

    void applyTo(Sql sql) {
        if (q != null) {
            sql.and("a.search @@ websearch_to_tsquery('english', ?)", q);
        }
        if (source != null) {
            sql.and("EXISTS (SELECT 1 FROM article_source s WHERE s.article_id = a.id AND s.source = ?)", source);
        }
        if (outlet != null) {
            sql.and("lower(a.outlet) = lower(?)", outlet);
        }
        if (from != null) {
            sql.and("coalesce(a.published_at, a.ingested_at) >= ?", from);
        }
        if (to != null) {
            sql.and("coalesce(a.published_at, a.ingested_at) < ?", to);
        }
    }
}
