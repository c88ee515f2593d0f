package org.newsfacts.query.claim;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.newsfacts.model.FactType;
import org.newsfacts.query.db.Sql;
import org.newsfacts.query.fact.FactRows;

/** Loads the facts that claims are made of, whole groups at a time. */
@ApplicationScoped
public class ClaimRepository {

    /** A fact's columns (the select list of {@link FactRows}), then its article's outlet and publication time. */
    private static final String SELECT = "SELECT " + FactRows.SELECT_LIST + ", a.outlet, a.published_at "
            + "FROM fact f JOIN article a ON a.id = f.article_id";

    private static final int OUTLET = FactRows.COUNT + 1;
    private static final int PUBLISHED = FactRows.COUNT + 2;

    private final DataSource dataSource;
    private final ObjectMapper mapper;

    public ClaimRepository(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /**
     * Facts of {@code type} and {@code metric} (each optional) about any of {@code names} (optional),
     * of confidence {@code minConfidence} or more. A ROLE claim is about an organization: naming a
     * person or the organization loads every ROLE fact of that organization, so that the claim is whole.
     */
    public List<ClaimFact> load(String type, Set<String> names, String metric, double minConfidence) {
        try (Connection c = dataSource.getConnection()) {
            Sql sql = new Sql(SELECT).and("f.subject IS NOT NULL");
            if (minConfidence > 0) {
                sql.and("f.confidence >= ?", minConfidence);
            }
            if (type != null) {
                sql.and("f.type = ?", type);
            }
            if (metric != null) {
                sql.and("f.metric = ?", metric);
            }
            if (names != null) {
                boolean roles = type == null || type.equals(FactType.ROLE.wire());
                Set<String> organizations = roles ? organizationsInRoles(c, names) : Set.of();
                if (roles) {
                    sql.and(
                            "f.subject = ANY(?) OR (f.type = ? AND f.object = ANY(?))",
                            names,
                            FactType.ROLE.wire(),
                            organizations);
                } else {
                    sql.and("f.subject = ANY(?)", names);
                }
            }
            sql.where().append(" ORDER BY coalesce(a.published_at, a.ingested_at), f.article_id, f.ordinal");
            List<ClaimFact> out = new ArrayList<>();
            try (PreparedStatement ps = sql.prepare(c)) {
                ps.setFetchSize(2000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read facts for claims: " + e.getMessage(), e);
        }
    }

    /** The organizations of the ROLE facts that name any of these as person or organization. */
    private static Set<String> organizationsInRoles(Connection c, Set<String> names) throws SQLException {
        Set<String> out = new LinkedHashSet<>(names);
        try (PreparedStatement ps = new Sql("SELECT DISTINCT f.object FROM fact f")
                        .and(
                                "f.type = ? AND f.object IS NOT NULL AND (f.subject = ANY(?) OR f.object = ANY(?))",
                                FactType.ROLE.wire(),
                                names,
                                names)
                        .where()
                        .prepare(c);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Each article's original: the article a near duplicate is linked to, else the article itself. */
    public Map<String, String> originals(Collection<String> articleIds) {
        Map<String, String> out = new HashMap<>();
        if (articleIds.isEmpty()) {
            return out;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = new Sql("SELECT id, coalesce(near_duplicate_of, id) FROM article")
                        .and("id = ANY(?)", articleIds)
                        .where()
                        .prepare(c);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the articles' originals: " + e.getMessage(), e);
        }
        return out;
    }

    private ClaimFact map(ResultSet rs) throws SQLException {
        java.sql.Timestamp published = rs.getTimestamp(PUBLISHED);
        return new ClaimFact(
                FactRows.read(rs, mapper), rs.getString(OUTLET), published == null ? null : published.toInstant());
    }
}
