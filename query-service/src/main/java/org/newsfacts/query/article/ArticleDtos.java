package org.newsfacts.query.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.newsfacts.model.Fact;
import org.newsfacts.query.entity.EntityDtos;

/** The JSON shapes of the article endpoints. */
public final class ArticleDtos {

    private ArticleDtos() {}

    /**
     * An article in a list. With a search ({@code q}): its {@code rank} and a {@code snippet}, HTML with
     * the text escaped and the matching words in {@code <mark>}.
     */
    public record ArticleSummary(
            String id,
            String source,
            String title,
            String outlet,
            String author,
            String url,
            Instant publishedAt,
            Instant ingestedAt,
            String extractorVersion,
            @JsonInclude(JsonInclude.Include.NON_NULL) Float rank,
            @JsonInclude(JsonInclude.Include.NON_NULL) String snippet) {}

    public record ArticleDetail(
            String id,
            String source,
            List<String> sources,
            String title,
            String outlet,
            String author,
            String url,
            Instant publishedAt,
            Instant ingestedAt,
            String contentType,
            String sha256,
            String extractorVersion,
            Instant extractedAt,
            String nearDuplicateOf,
            String body,
            List<Fact> facts,
            List<EntityDtos.ArticleEntity> entities) {}
}
