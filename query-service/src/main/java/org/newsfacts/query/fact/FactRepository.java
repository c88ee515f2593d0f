package org.newsfacts.query.fact;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.newsfacts.model.Fact;
import org.newsfacts.query.api.Cursor;
import org.newsfacts.query.api.Page;
import org.newsfacts.query.db.Sql;

/** Reads facts with plain JDBC and bound parameters; keyset paging; a streaming export. */
@ApplicationScoped
public class FactRepository {

    private static final String COLUMNS = FactRows.SELECT_LIST;
    private static final String FROM = " FROM fact f JOIN article a ON a.id = f.article_id";
    /** {@link #COLUMNS} over a page {@code t} of fact rows (joined to their articles after the page is chosen). */
    private static final String PAGE_COLUMNS = COLUMNS.replace("f.", "t.");
    /** Where the sort key and the id follow {@link #COLUMNS} in a page query. */
    private static final int KEY_COLUMN = FactRows.COUNT + 1;

    private final DataSource dataSource;
    private final ObjectMapper mapper;

    public FactRepository(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /** The article's facts in their order; of confidence {@code minConfidence} or more when it is given. */
    public List<Fact> ofArticle(String articleId, Double minConfidence) {
        List<Fact> out = new ArrayList<>();
        Sql sql = new Sql("SELECT " + COLUMNS + FROM).and("f.article_id = ?", articleId);
        if (minConfidence != null && minConfidence > 0) {
            sql.and("f.confidence >= ?", minConfidence);
        }
        sql.where().append(" ORDER BY f.ordinal");
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = sql.prepare(c);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(map(rs));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the facts of article " + articleId + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * One page of the facts that match, in the given order, after the cursor's position, and the
     * number of all that match (a query of its own: for a name it is an index-only scan, whereas a
     * count over the page's window would read every matching row of a frequent name).
     */
    public Page<Fact> page(FactFilter filter, FactSort sort, Cursor after, int limit) {
        // The page is chosen from fact alone; its rows are then joined to their articles (source, extractor version).
        // (A join in the inner query makes the planner hash the whole article table for every page.)
        Sql inner = new Sql("SELECT f.*, " + sort.key + " AS sort_key FROM fact f");
        filter.applyTo(inner);
        if (after != null) {
            Object key = sort.byId() ? (Object) after.longKey() : (Object) after.doubleKey();
            inner.and("(" + sort.key + ", f.id) " + (sort.ascending ? ">" : "<") + " (?, ?)", key, after.longId());
        }
        String direction = sort.ascending ? " ASC" : " DESC";
        inner.where().append(" ORDER BY " + sort.key + direction + ", f.id" + direction + " LIMIT ?", limit + 1);
        Sql page = new Sql("SELECT " + PAGE_COLUMNS + ", t.sort_key, t.id FROM (")
                .append(inner.text(), inner.values().toArray())
                .append(") t JOIN article a ON a.id = t.article_id ORDER BY t.sort_key" + direction + ", t.id"
                        + direction);
        try (Connection c = dataSource.getConnection()) {
            Sql count = new Sql("SELECT count(*) FROM fact f");
            filter.applyTo(count);
            long total = count.where().queryLong(c);
            List<Fact> items = new ArrayList<>();
            String next = null;
            try (PreparedStatement ps = page.prepare(c);
                    ResultSet rs = ps.executeQuery()) {
                String lastKey = null;
                long lastId = 0;
                while (rs.next()) {
                    if (items.size() == limit) {
                        next = new Cursor(sort.param, lastKey, String.valueOf(lastId)).encode();
                        break;
                    }
                    items.add(map(rs));
                    lastKey = sort.byId()
                            ? String.valueOf(rs.getLong(KEY_COLUMN))
                            : String.valueOf(rs.getDouble(KEY_COLUMN));
                    lastId = rs.getLong(KEY_COLUMN + 1);
                }
            }
            return new Page<>(total, items, next);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read facts: " + e.getMessage(), e);
        }
    }

    /** The subjects with the most facts, most first (at most {@code n}). */
    public List<String> frequentSubjects(int n) {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT subject FROM fact GROUP BY subject ORDER BY count(*) DESC, subject LIMIT ?")) {
            ps.setInt(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the most frequent subjects: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Hands every matching fact to the consumer, article by article, in a stable order, through a
     * server-side cursor (auto-commit off, fetch size) so that any number passes through constant memory.
     */
    public void export(FactFilter filter, Consumer<Fact> sink) {
        Sql sql = new Sql("SELECT " + COLUMNS + FROM);
        filter.applyTo(sql);
        sql.where().append(" ORDER BY f.article_id, f.ordinal");
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = sql.prepare(c)) {
                ps.setFetchSize(2000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(map(rs));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot export the facts: " + e.getMessage(), e);
        }
    }

    private Fact map(ResultSet rs) throws SQLException {
        return FactRows.read(rs, mapper);
    }
}
