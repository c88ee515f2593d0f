package org.newsfacts.query.article;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.newsfacts.query.api.BadParameterException;
import org.newsfacts.query.api.Cursor;
import org.newsfacts.query.api.Page;
import org.newsfacts.query.api.Params;
import org.newsfacts.query.entity.EntityRepository;
import org.newsfacts.query.fact.FactParams;
import org.newsfacts.query.fact.FactRepository;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ArticleResource {

    static final int DEFAULT_LIMIT = 20;

    private final ArticleRepository articles;
    private final FactRepository facts;
    private final EntityRepository entities;

    public ArticleResource(ArticleRepository articles, FactRepository facts, EntityRepository entities) {
        this.articles = articles;
        this.facts = facts;
        this.entities = entities;
    }

    @GET
    @Operation(
            operationId = "listArticles",
            summary = "Articles, newest first; with 'q', a full-text search, most relevant first",
            description =
                    "Paged with 'limit' and the 'next' cursor of the previous page. Search results carry a rank and "
                            + "a snippet: HTML, the text escaped, matching words in <mark>.")
    public Page<ArticleDtos.ArticleSummary> list(
            @Parameter(
                            description =
                                    "Full-text search over title and body, web-search syntax: words, \"a phrase\", or, -word")
                    @QueryParam("q")
                    String q,
            @Parameter(description = "A name the article arrived under (a dropped file's name, a URI)")
                    @QueryParam("source")
                    String source,
            @Parameter(description = "The outlet, ignoring case") @QueryParam("outlet") String outlet,
            @Parameter(description = "Published (else ingested) at or after: a date or an instant") @QueryParam("from")
                    String from,
            @Parameter(description = "Published (else ingested) before: an instant, or a date meaning up to its end")
                    @QueryParam("to")
                    String to,
            @Parameter(description = "1 to 200, default 20") @QueryParam("limit") String limit,
            @Parameter(description = "'next' of the previous page") @QueryParam("cursor") String cursor) {
        ArticleFilter filter = new ArticleFilter(
                Params.text("q", q, 500),
                Params.text("source", source, 1000),
                Params.text("outlet", outlet, 200),
                Params.from("from", from),
                Params.to("to", to));
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw new BadParameterException("from", from, "must be before 'to' (" + to + ")");
        }
        int n = Params.limit(limit, DEFAULT_LIMIT);
        Cursor after =
                Cursor.decode(cursor, filter.q() != null ? ArticleRepository.RELEVANCE : ArticleRepository.NEWEST);
        return articles.page(filter, after, n);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getArticle",
            summary = "One article: metadata, body, every name it arrived under, its facts and its entities")
    public ArticleDtos.ArticleDetail get(
            @PathParam("id") String id,
            @Parameter(
                            description = FactParams.MIN_CONFIDENCE
                                    + " (of the article's facts; the rest of the article is whole)",
                            schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "1"),
                            example = "0.8")
                    @QueryParam("minConfidence")
                    String minConfidence) {
        Double min = Params.probability("minConfidence", minConfidence);
        Article a = articles.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("no article with id '" + id + "'"));
        return new ArticleDtos.ArticleDetail(
                a.id,
                a.source,
                articles.sources(a.id),
                a.title,
                a.outlet,
                a.author,
                a.url,
                a.publishedAt,
                a.ingestedAt,
                a.contentType,
                a.sha256,
                a.extractorVersion,
                a.extractedAt,
                a.nearDuplicateOf,
                a.body,
                facts.ofArticle(a.id, min),
                entities.ofArticle(a.id));
    }
}
