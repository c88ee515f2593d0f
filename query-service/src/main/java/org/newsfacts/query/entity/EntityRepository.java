package org.newsfacts.query.entity;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.newsfacts.query.api.Cursor;
import org.newsfacts.query.api.Page;
import org.newsfacts.query.db.Sql;

/** Reads entities, their aliases and mentions (plain JDBC, bound parameters). */
@ApplicationScoped
public class EntityRepository {

    static final String SORT = "name";

    private final DataSource dataSource;

    public EntityRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The canonical names a user's name stands for: entities whose canonical name or any alias equals
     * it, ignoring case, plus the name itself (a topic or a name no article has used yet).
     */
    public Set<String> canonicalNames(String name) {
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT e.canonical FROM entity e WHERE lower(e.canonical) = lower(?) "
                                + "UNION SELECT e.canonical FROM entity_alias a JOIN entity e ON e.id = a.entity_id WHERE lower(a.alias) = lower(?)")) {
            ps.setString(1, name);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failure("resolve the name '" + name + "'", e);
        }
        return names;
    }

    /** The canonical names of the organisations that carry {@code id} (the register's identifiers), none when no entity does. */
    public Set<String> canonicalNames(Identifier id) {
        Set<String> names = new LinkedHashSet<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT DISTINCT e.canonical FROM entity_identifier i JOIN entity e ON e.id = i.entity_id "
                                + "WHERE i.scheme = ? AND upper(i.value) = upper(?)")) {
            ps.setString(1, id.scheme().name());
            ps.setString(2, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failure("look up " + id.scheme() + " " + id.value(), e);
        }
        return names;
    }

    /** Entities by name (case-insensitive, then id), optionally those whose name or an alias contains {@code q}. */
    public Page<EntityDtos.EntitySummary> list(String q, String type, Cursor after, int limit) {
        return list(q, type, null, after, limit);
    }

    /** As {@link #list(String, String, Cursor, int)}, only the entities that carry {@code id} when it is given. */
    public Page<EntityDtos.EntitySummary> list(String q, String type, Identifier id, Cursor after, int limit) {
        try (Connection c = dataSource.getConnection()) {
            long total = filtered("SELECT count(*) FROM entity e", q, type, id)
                    .where()
                    .queryLong(c);
            Sql page = filtered("SELECT e.id, e.canonical, e.type, lower(e.canonical) FROM entity e", q, type, id);
            if (after != null) {
                page.and("(lower(e.canonical), e.id) > (?, ?)", after.key(), after.longId());
            }
            page.where().append(" ORDER BY lower(e.canonical), e.id LIMIT ?", limit + 1);
            List<Long> ids = new ArrayList<>();
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement ps = page.prepare(c);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    rows.add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            String next = null;
            if (rows.size() > limit) {
                rows = rows.subList(0, limit);
                ids = ids.subList(0, limit);
                next = new Cursor(SORT, rows.get(limit - 1)[2], String.valueOf(ids.get(limit - 1))).encode();
            }
            Map<Long, List<String>> aliases = aliases(c, ids);
            Map<String, Long> counts =
                    factCounts(c, rows.stream().map(r -> r[0]).toList());
            Map<Long, EntityDtos.Register> registers = registers(c, ids);
            List<EntityDtos.EntitySummary> items = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                String canonical = rows.get(i)[0];
                items.add(new EntityDtos.EntitySummary(
                        ids.get(i),
                        canonical,
                        rows.get(i)[1],
                        aliases.getOrDefault(ids.get(i), List.of()),
                        counts.getOrDefault(canonical, 0L),
                        registers.get(ids.get(i))));
            }
            return new Page<>(total, items, next);
        } catch (SQLException e) {
            throw failure("list entities", e);
        }
    }

    /** Entities whose canonical name or an alias contains {@code q} (ignoring case), of {@code type}, carrying {@code id}. */
    private static Sql filtered(String select, String q, String type, Identifier id) {
        Sql sql = new Sql(select);
        if (id != null) {
            sql.and(
                    "EXISTS (SELECT 1 FROM entity_identifier i WHERE i.entity_id = e.id AND i.scheme = ? AND upper(i.value) = upper(?))",
                    id.scheme().name(),
                    id.value());
        }
        if (q != null) {
            String pattern = Sql.containsPattern(q);
            sql.and(
                    "lower(e.canonical) LIKE lower(?) OR EXISTS (SELECT 1 FROM entity_alias x WHERE x.entity_id = e.id "
                            + "AND lower(x.alias) LIKE lower(?))",
                    pattern,
                    pattern);
        }
        if (type != null) {
            sql.and("e.type = ?", type);
        }
        return sql;
    }

    /** The canonical name of entity {@code id}, if there is one. */
    public Optional<String> canonical(long id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = new Sql("SELECT canonical FROM entity")
                        .and("id = ?", id)
                        .where()
                        .prepare(c);
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw failure("read entity " + id, e);
        }
    }

    public Optional<EntityDtos.EntityDetail> get(long id) {
        try (Connection c = dataSource.getConnection()) {
            String canonical;
            String type;
            try (PreparedStatement ps = c.prepareStatement("SELECT canonical, type FROM entity WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    canonical = rs.getString(1);
                    type = rs.getString(2);
                }
            }
            long articles = new Sql("SELECT count(DISTINCT article_id) FROM mention")
                    .and("entity_id = ?", id)
                    .where()
                    .queryLong(c);
            return Optional.of(new EntityDtos.EntityDetail(
                    id,
                    canonical,
                    type,
                    aliases(c, List.of(id)).getOrDefault(id, List.of()),
                    factCounts(c, List.of(canonical)).getOrDefault(canonical, 0L),
                    articles,
                    registers(c, List.of(id)).get(id)));
        } catch (SQLException e) {
            throw failure("read entity " + id, e);
        }
    }

    /** The entities an article mentions, most mentioned first. */
    public List<EntityDtos.ArticleEntity> ofArticle(String articleId) {
        List<EntityDtos.ArticleEntity> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT e.id, e.canonical, e.type, count(*) FROM mention m "
                        + "JOIN entity e ON e.id = m.entity_id WHERE m.article_id = ? GROUP BY e.id, e.canonical, e.type "
                        + "ORDER BY count(*) DESC, lower(e.canonical)")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EntityDtos.ArticleEntity(
                            rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw failure("read the entities of article " + articleId, e);
        }
        return out;
    }

    private static Map<Long, List<String>> aliases(Connection c, List<Long> ids) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT entity_id, alias FROM entity_alias WHERE entity_id = ANY(?) ORDER BY entity_id, alias")) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    /** The register's name, country and identifiers of each linked entity among {@code ids}. */
    private static Map<Long, EntityDtos.Register> registers(Connection c, List<Long> ids) throws SQLException {
        Map<Long, EntityDtos.Register> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Map<Long, String[]> linked = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, register_name, register_country FROM entity "
                + "WHERE id = ANY(?) AND register_name IS NOT NULL")) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    linked.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        if (linked.isEmpty()) {
            return out;
        }
        Map<Long, String> ciks = new HashMap<>();
        Map<Long, List<String>> isins = new HashMap<>();
        Map<Long, List<EntityDtos.Listing>> listings = new HashMap<>();
        // Tickers in the register's order is not kept in the table: listings on a named exchange first, then by ticker.
        try (PreparedStatement ps =
                c.prepareStatement("SELECT entity_id, scheme, value, exchange FROM entity_identifier "
                        + "WHERE entity_id = ANY(?) ORDER BY entity_id, scheme, exchange = 'US', exchange, value")) {
            ps.setArray(1, c.createArrayOf("bigint", linked.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    switch (Identifier.Scheme.valueOf(rs.getString(2))) {
                        case CIK -> ciks.putIfAbsent(id, rs.getString(3));
                        case ISIN ->
                            isins.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString(3));
                        case TICKER ->
                            listings.computeIfAbsent(id, k -> new ArrayList<>())
                                    .add(new EntityDtos.Listing(rs.getString(3), rs.getString(4)));
                    }
                }
            }
        }
        linked.forEach((id, nc) -> out.put(
                id,
                new EntityDtos.Register(
                        nc[0],
                        nc[1],
                        ciks.get(id),
                        isins.getOrDefault(id, List.of()),
                        listings.getOrDefault(id, List.of()))));
        return out;
    }

    /** Facts naming each canonical name as subject or object (a fact naming it as both counts once). */
    private static Map<String, Long> factCounts(Connection c, List<String> names) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        if (names.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT n, count(*) FROM ("
                        + "SELECT subject AS n FROM fact WHERE subject = ANY(?) "
                        + "UNION ALL SELECT object FROM fact WHERE object = ANY(?) AND object IS DISTINCT FROM subject) t GROUP BY n")) {
            ps.setArray(1, c.createArrayOf("text", names.toArray()));
            ps.setArray(2, c.createArrayOf("text", names.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("cannot " + what + ": " + e.getMessage(), e);
    }
}
