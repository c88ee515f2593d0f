package org.newsfacts.query.fact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
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
import org.newsfacts.query.api.Cursor;
import org.newsfacts.query.api.Page;
import org.newsfacts.query.db.Numbers;
import org.newsfacts.query.db.Sql;

/** Reads facts with plain JDBC and bound parameters; keyset paging; a streaming export. */
@ApplicationScoped
public class FactRepository {

    private static final String COLUMNS =
            "f.type, f.subject, f.subject_type, f.object, f.object_type, f.value, f.unit, "
                    + "f.value_usd, f.approx, f.direction, f.metric, f.role, f.market, f.period, f.period_text, f.quote_text, "
                    + "f.alt, f.article_id, a.source, f.sentence, f.start_offset, f.end_offset, f.confidence, a.extractor_version"
                    // the fact's fx: columns 25-30; the register's identifiers: 31-32
                    + ", f.fx_date, f.fx_rate, f.fx_rate_date, f.fx_source, f.fx_unconverted, f.fx_reason, f.subject_ids, f.object_ids";
    private static final String FROM = " FROM fact f JOIN article a ON a.id = f.article_id";
    /** {@link #COLUMNS} over a page {@code t} of fact rows (joined to their articles after the page is chosen). */
    private static final String PAGE_COLUMNS = COLUMNS.replace("f.", "t.");
    /** Where the sort key and the id follow {@link #COLUMNS} in a page query. */
    private static final int KEY_COLUMN = 33;

    private static final TypeReference<List<FactJson.Alt>> ALT_LIST = new TypeReference<>() {};

    private final DataSource dataSource;
    private final ObjectMapper mapper;

    public FactRepository(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /** The article's facts in their order; of confidence {@code minConfidence} or more when it is given. */
    public List<FactJson> ofArticle(String articleId, Double minConfidence) {
        List<FactJson> out = new ArrayList<>();
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
    public Page<FactJson> page(FactFilter filter, FactSort sort, Cursor after, int limit) {
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
            List<FactJson> items = new ArrayList<>();
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
    public void export(FactFilter filter, Consumer<FactJson> sink) {
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

    private FactJson map(ResultSet rs) throws SQLException {
        return new FactJson(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                Numbers.plain(rs.getBigDecimal(6)),
                rs.getString(7),
                Numbers.plain(rs.getBigDecimal(8)),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14),
                rs.getString(15),
                rs.getString(16),
                alt(rs.getString(17)),
                new FactJson.Evidence(
                        rs.getString(18), rs.getString(19), rs.getString(20), rs.getInt(21), rs.getInt(22)),
                rs.getDouble(23),
                rs.getString(24),
                fx(rs),
                ids(rs.getString(31)),
                ids(rs.getString(32)));
    }

    private FactJson.RegisterIds ids(String json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue(json, FactJson.RegisterIds.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored register identifiers are not a JSON object: " + json, e);
        }
    }

    /** The fact's "fx" from columns 25-30 (V7); null when it has none. */
    private static FactJson.Fx fx(ResultSet rs) throws SQLException {
        java.sql.Date date = rs.getDate(25);
        if (date == null) {
            return null;
        }
        java.sql.Date rateDate = rs.getDate(27);
        return new FactJson.Fx(
                date.toLocalDate().toString(),
                Numbers.plain(rs.getBigDecimal(26)),
                rateDate == null ? null : rateDate.toLocalDate().toString(),
                rs.getString(28),
                rs.getString(29),
                rs.getString(30));
    }

    private List<FactJson.Alt> alt(String json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue(json, ALT_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored 'alt' is not a JSON list: " + json, e);
        }
    }
}
