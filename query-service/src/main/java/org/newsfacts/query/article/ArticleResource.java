package org.newsfacts.query.article;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.newsfacts.query.fact.FactRepository;

import java.util.List;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    static final int MAX_LIMIT = 200;

    private final ArticleRepository articles;
    private final FactRepository facts;

    public ArticleResource(ArticleRepository articles, FactRepository facts) {
        this.articles = articles;
        this.facts = facts;
    }

    @GET
    @Operation(summary = "Articles, newest first", description = "Paged with 'limit' and the 'next' cursor of the previous page.")
    public ArticleDtos.Page<ArticleDtos.ArticleSummary> list(
            @Parameter(description = "1 to 200") @QueryParam("limit") @DefaultValue("20") String limit,
            @Parameter(description = "'next' of the previous page") @QueryParam("cursor") String cursor) {
        int n = parseLimit(limit);
        Cursor after = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = Cursor.decode(cursor);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(e.getMessage());
            }
        }
        List<Article> page = articles.page(after, n + 1);
        String next = null;
        if (page.size() > n) {
            page = page.subList(0, n);
            Article last = page.get(n - 1);
            next = new Cursor(last.ingestedAt, last.id).encode();
        }
        return new ArticleDtos.Page<>(articles.count(), page.stream().map(ArticleDtos.ArticleSummary::of).toList(), next);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article with its body, every name it arrived under, and its facts")
    public ArticleDtos.ArticleDetail get(@PathParam("id") String id) {
        Article a = articles.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("no article with id '" + id + "'"));
        return new ArticleDtos.ArticleDetail(a.id, a.source, articles.sources(a.id), a.title, a.outlet, a.author, a.url,
                a.publishedAt, a.ingestedAt, a.contentType, a.sha256, a.extractorVersion, a.extractedAt, a.body,
                facts.ofArticle(a.id, a.source));
    }

    static int parseLimit(String limit) {
        try {
            int n = Integer.parseInt(limit.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new BadRequestException("'limit' must be a whole number from 1 to " + MAX_LIMIT + ", got '" + limit + "'");
    }
}
