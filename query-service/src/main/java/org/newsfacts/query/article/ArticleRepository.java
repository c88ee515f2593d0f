package org.newsfacts.query.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.newsfacts.query.api.Cursor;
import org.newsfacts.query.api.Page;
import org.newsfacts.query.db.Sql;

/**
 * Articles: one by id through Panache; lists and full-text search through plain JDBC (the
 * {@code search} tsvector and its GIN index belong to extract-service's schema).
 */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, String> {

    static final String NEWEST = "newest";
    static final String RELEVANCE = "relevance";
    private static final String COLUMNS =
            "a.id, a.source, a.title, a.outlet, a.author, a.url, a.published_at, a.ingested_at, "
                    + "a.extractor_version";
    /** ts_headline marks matches with these; the snippet is HTML-escaped before they become {@code <mark>}. */
    private static final char MARK_START = '\u0001';

    private static final char MARK_END = '\u0002';
    private static final String HEADLINE_OPTIONS = "StartSel=\"" + MARK_START + "\", StopSel=\"" + MARK_END
            + "\", MaxFragments=2, MaxWords=30, MinWords=10, FragmentDelimiter=\" … \"";

    private final DataSource dataSource;

    public ArticleRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Newest first (ingest time, then id) or, with {@code q}, most relevant first (rank, then id). */
    public Page<ArticleDtos.ArticleSummary> page(ArticleFilter filter, Cursor after, int limit) {
        boolean search = filter.q() != null;
        Sql count = new Sql("SELECT count(*) FROM article a");
        filter.applyTo(count);
        count.where();
        Sql page;
        if (search) {
            // The rank is computed once in the inner query; the cursor compares against it.
            Sql inner = new Sql(
                    "SELECT " + COLUMNS
                            + ", ts_rank_cd(a.search, websearch_to_tsquery('english', ?)) AS rank FROM article a",
                    filter.q());
            filter.applyTo(inner);
            inner.where();
            page = new Sql(
                            "SELECT r.*, ts_headline('english', b.body, websearch_to_tsquery('english', ?), ?) FROM (SELECT * FROM (",
                            filter.q(),
                            HEADLINE_OPTIONS)
                    .append(inner.text(), inner.values().toArray());
            page.append(") t");
            if (after != null) {
                float rank = (float) after.doubleKey();
                page.append(" WHERE t.rank < ? OR (t.rank = ? AND t.id > ?)", rank, rank, after.id());
            }
            page.append(
                    " ORDER BY t.rank DESC, t.id LIMIT ?) r JOIN article b ON b.id = r.id ORDER BY r.rank DESC, r.id",
                    limit + 1);
        } else {
            page = new Sql("SELECT " + COLUMNS + " FROM article a");
            filter.applyTo(page);
            if (after != null) {
                page.and("(a.ingested_at, a.id) < (?, ?)", after.instantKey(), after.id());
            }
            page.where().append(" ORDER BY a.ingested_at DESC, a.id DESC LIMIT ?", limit + 1);
        }
        try (Connection c = dataSource.getConnection()) {
            long total = count.queryLong(c);
            List<ArticleDtos.ArticleSummary> items = new ArrayList<>();
            String next = null;
            try (PreparedStatement ps = page.prepare(c);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (items.size() == limit) {
                        ArticleDtos.ArticleSummary last = items.get(limit - 1);
                        next = search
                                ? new Cursor(RELEVANCE, String.valueOf(last.rank()), last.id()).encode()
                                : new Cursor(NEWEST, last.ingestedAt().toString(), last.id()).encode();
                        break;
                    }
                    items.add(new ArticleDtos.ArticleSummary(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            instant(rs.getTimestamp(7)),
                            instant(rs.getTimestamp(8)),
                            rs.getString(9),
                            search ? rs.getFloat(10) : null,
                            search ? snippet(rs.getString(11)) : null));
                }
            }
            return new Page<>(total, items, next);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list articles: " + e.getMessage(), e);
        }
    }

    public List<String> sources(String articleId) {
        return getEntityManager()
                .createNativeQuery(
                        "SELECT source FROM article_source WHERE article_id = ?1 ORDER BY ingested_at, source",
                        String.class)
                .setParameter(1, articleId)
                .getResultList();
    }

    /** HTML: the text escaped, the matches in {@code <mark>}. */
    static String snippet(String headline) {
        if (headline == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(headline.length() + 32);
        for (int i = 0; i < headline.length(); i++) {
            char ch = headline.charAt(i);
            switch (ch) {
                case MARK_START -> out.append("<mark>");
                case MARK_END -> out.append("</mark>");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(ch);
            }
        }
        return out.toString().strip();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
