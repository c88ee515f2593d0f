package org.newsfacts.query.article;

import org.newsfacts.query.fact.FactJson;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of the article endpoints. */
public final class ArticleDtos {

    private ArticleDtos() {
    }

    public record Page<T>(long total, List<T> items, String next) {
    }

    public record ArticleSummary(String id, String source, String title, String outlet, String author, String url,
                                 Instant publishedAt, Instant ingestedAt, String extractorVersion) {

        static ArticleSummary of(Article a) {
            return new ArticleSummary(a.id, a.source, a.title, a.outlet, a.author, a.url, a.publishedAt, a.ingestedAt,
                    a.extractorVersion);
        }
    }

    public record ArticleDetail(String id, String source, List<String> sources, String title, String outlet,
                                String author, String url, Instant publishedAt, Instant ingestedAt, String contentType,
                                String sha256, String extractorVersion, Instant extractedAt, String body,
                                List<FactJson> facts) {
    }
}
