package org.newsfacts.extract.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hibernate.Session;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.entity.RegisterEntry;
import org.newsfacts.model.EntityType;

/**
 * Stores the entities an article mentions: the canonical entity (created once, shared by all
 * articles), each written form as an alias, and the article's mentions (replaced on re-extraction).
 *
 * <p>Five statements per batch of articles whatever their length (arrays bound as parameters,
 * unnested in SQL), instead of one round trip per mention. New entities and aliases are inserted in a fixed order, so
 * concurrent consumers that meet the same names take their locks in the same order and cannot
 * deadlock; an existing entity is only rewritten when a register link changes its register name or country.
 *
 * <p>The entities, their aliases and register links are written in a short transaction of their
 * own, committed before the caller's goes on; the caller's transaction writes only the articles'
 * mentions. They are a dictionary of names: written in the caller's transaction, a new name (or alias,
 * or identifier) stayed locked until its whole batch committed, and another consumer meeting the same
 * name waited for that batch (18 % of PostgreSQL's active time in a cold start, docs/benchmarks.md). A
 * batch that then fails leaves its new names behind without mentions, as any entity whose articles
 * were deleted.
 */
@ApplicationScoped
public class EntityRepository {

    private static final String INSERT_ENTITIES = """
            INSERT INTO entity (canonical, type)
            SELECT u.canonical, u.type FROM unnest(?::text[], ?::text[]) AS u(canonical, type) ORDER BY 2, 1
            ON CONFLICT (canonical, type) DO NOTHING""";
    // A separate statement, so that it sees entities another transaction committed meanwhile.
    private static final String SELECT_ENTITIES = """
            SELECT e.id, e.canonical, e.type FROM entity e
            JOIN unnest(?::text[], ?::text[]) AS u(canonical, type) ON e.canonical = u.canonical AND e.type = u.type""";
    private static final String DELETE_MENTIONS = "DELETE FROM mention WHERE article_id = ANY (?::text[])";
    private static final String INSERT_MENTIONS = """
            INSERT INTO mention (article_id, start_offset, end_offset, entity_id, written)
            SELECT u.a, u.s, u.e, u.id, u.w FROM unnest(?::text[], ?::int[], ?::int[], ?::bigint[], ?::text[]) AS u(a, s, e, id, w)
            ON CONFLICT DO NOTHING""";
    private static final String INSERT_ALIASES = """
            INSERT INTO entity_alias (entity_id, alias)
            SELECT u.id, u.alias FROM unnest(?::bigint[], ?::text[]) AS u(id, alias) ORDER BY 1, 2
            ON CONFLICT DO NOTHING""";

    // A linked organisation: its register name and country (rows locked in id order first, so that
    // concurrent consumers cannot deadlock; unchanged rows are neither locked nor written).
    private static final String LOCK_CHANGED_LINKS = """
            SELECT e.id FROM entity e JOIN unnest(?::bigint[], ?::text[], ?::text[]) AS u(id, name, country) ON e.id = u.id
            WHERE e.register_name IS DISTINCT FROM u.name OR e.register_country IS DISTINCT FROM u.country
            ORDER BY e.id FOR UPDATE OF e""";
    private static final String UPDATE_LINKS = """
            UPDATE entity SET register_name = u.name, register_country = u.country
            FROM unnest(?::bigint[], ?::text[], ?::text[]) AS u(id, name, country)
            WHERE entity.id = u.id AND (entity.register_name IS DISTINCT FROM u.name OR entity.register_country IS DISTINCT FROM u.country)""";
    private static final String INSERT_IDENTIFIERS = """
            INSERT INTO entity_identifier (entity_id, scheme, value, exchange)
            SELECT u.id, u.scheme, u.value, u.exchange FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[]) AS u(id, scheme, value, exchange)
            ORDER BY 1, 2, 3, 4
            ON CONFLICT DO NOTHING""";

    private final EntityManager em;

    public EntityRepository(EntityManager em) {
        this.em = em;
    }

    /** The canonical entity an article mentions, as the table keys it. */
    record Key(String type, String canonical) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::type).thenComparing(Key::canonical);
    }

    /** A mention to store: which article, and the entity's canonical key. */
    private record Stored(String articleId, Key key, Mention mention) {}

    /** Replaces the mentions of each given article (article id → what the extractor found in it); no register links. */
    public void replaceMentions(Map<String, List<Mention>> byArticle) {
        replaceMentions(byArticle, Map.of());
    }

    /**
     * Replaces the mentions of each given article and records the register links the extractor made
     * (article id → organisation's canonical name → its register entry): the entity gets the
     * register's name and country, its identifiers (added to those it has), and the register's names
     * as aliases.
     */
    public void replaceMentions(
            Map<String, List<Mention>> byArticle, Map<String, Map<String, RegisterEntry>> linksByArticle) {
        List<Stored> stored = new ArrayList<>();
        Map<Key, TreeSet<String>> aliases = new HashMap<>();
        Map<Key, RegisterEntry> links = new HashMap<>();
        byArticle.forEach((articleId, mentions) -> {
            for (Mention m : mentions) {
                String type = type(m.kind());
                if (type == null || m.reference()) {
                    continue;
                }
                Key key = new Key(type, m.canonical());
                stored.add(new Stored(articleId, key, m));
                aliases.computeIfAbsent(key, k -> new TreeSet<>()).add(alias(m.text()));
            }
        });
        linksByArticle
                .values()
                .forEach(byName -> byName.forEach((canonical, entry) -> {
                    Key key = new Key(EntityType.ORGANIZATION.wire(), canonical);
                    TreeSet<String> forms = aliases.get(key);
                    if (forms != null) { // the organisation is among the stored mentions
                        links.put(key, entry);
                        forms.add(entry.name());
                        forms.addAll(entry.akas());
                    }
                }));
        List<Key> keys = aliases.keySet().stream().sorted(Key.ORDER).toList();
        Map<Key, Long> ids = QuarkusTransaction.requiringNew()
                .call(() -> em.unwrap(Session.class).doReturningWork(c -> {
                    insertEntities(c, keys);
                    Map<Key, Long> found = entityIds(c, keys);
                    insertAliases(c, aliases, found);
                    storeLinks(c, links, found);
                    return found;
                }));
        em.flush(); // the article rows must exist before their mentions reference them
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(DELETE_MENTIONS)) {
                delete.setArray(
                        1, connection.createArrayOf("text", byArticle.keySet().toArray()));
                delete.executeUpdate();
            }
            insertMentions(connection, stored, ids);
        });
    }

    private static void storeLinks(Connection c, Map<Key, RegisterEntry> links, Map<Key, Long> ids)
            throws SQLException {
        if (links.isEmpty()) {
            return;
        }
        List<Key> keys = links.keySet().stream().sorted(Key.ORDER).toList();
        Object[] entityIds = keys.stream().map(ids::get).toArray();
        Object[] names = keys.stream().map(k -> links.get(k).name()).toArray();
        Object[] countries = keys.stream().map(k -> links.get(k).country()).toArray();
        for (String sql : List.of(LOCK_CHANGED_LINKS, UPDATE_LINKS)) {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setArray(1, c.createArrayOf("int8", entityIds));
                st.setArray(2, c.createArrayOf("text", names));
                st.setArray(3, c.createArrayOf("text", countries));
                st.execute();
            }
        }
        List<Object> idCol = new ArrayList<>();
        List<Object> schemes = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<Object> exchanges = new ArrayList<>();
        for (Key k : keys) {
            RegisterEntry e = links.get(k);
            Long id = ids.get(k);
            for (RegisterEntry.Listing l : e.listings()) {
                idCol.add(id);
                schemes.add("TICKER");
                values.add(l.ticker());
                exchanges.add(l.exchange());
            }
            for (String isin : e.isins()) {
                idCol.add(id);
                schemes.add("ISIN");
                values.add(isin);
                exchanges.add("");
            }
            if (e.cik() != null) {
                idCol.add(id);
                schemes.add("CIK");
                values.add(e.cik());
                exchanges.add("");
            }
        }
        if (idCol.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT_IDENTIFIERS)) {
            insert.setArray(1, c.createArrayOf("int8", idCol.toArray()));
            insert.setArray(2, c.createArrayOf("text", schemes.toArray()));
            insert.setArray(3, c.createArrayOf("text", values.toArray()));
            insert.setArray(4, c.createArrayOf("text", exchanges.toArray()));
            insert.executeUpdate();
        }
    }

    /** Creates the entities not there yet (in the order given: see the class comment). */
    private static void insertEntities(Connection c, List<Key> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT_ENTITIES)) {
            setKeys(c, insert, keys);
            insert.executeUpdate();
        }
    }

    /** The ids of entities that exist (committed). */
    private static Map<Key, Long> entityIds(Connection c, List<Key> keys) throws SQLException {
        Map<Key, Long> ids = new HashMap<>();
        if (keys.isEmpty()) {
            return ids;
        }
        try (PreparedStatement select = c.prepareStatement(SELECT_ENTITIES)) {
            setKeys(c, select, keys);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.put(new Key(rs.getString(3), rs.getString(2)), rs.getLong(1));
                }
            }
        }
        if (ids.size() != keys.size()) {
            throw new IllegalStateException(
                    "expected " + keys.size() + " entities after the upsert, found " + ids.size());
        }
        return ids;
    }

    /** The keys as the statement's first two parameters: their canonical names and their types, in order. */
    private static void setKeys(Connection c, PreparedStatement st, List<Key> keys) throws SQLException {
        st.setArray(1, c.createArrayOf("text", keys.stream().map(Key::canonical).toArray()));
        st.setArray(2, c.createArrayOf("text", keys.stream().map(Key::type).toArray()));
    }

    private static void insertMentions(Connection c, List<Stored> mentions, Map<Key, Long> ids) throws SQLException {
        if (mentions.isEmpty()) {
            return;
        }
        int n = mentions.size();
        Object[] articles = new Object[n];
        Object[] starts = new Object[n];
        Object[] ends = new Object[n];
        Object[] entityIds = new Object[n];
        Object[] written = new Object[n];
        for (int i = 0; i < n; i++) {
            Stored s = mentions.get(i);
            articles[i] = s.articleId();
            starts[i] = s.mention().span().start();
            ends[i] = s.mention().span().end();
            entityIds[i] = ids.get(s.key());
            written[i] = s.mention().text();
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT_MENTIONS)) {
            insert.setArray(1, c.createArrayOf("text", articles));
            insert.setArray(2, c.createArrayOf("int4", starts));
            insert.setArray(3, c.createArrayOf("int4", ends));
            insert.setArray(4, c.createArrayOf("int8", entityIds));
            insert.setArray(5, c.createArrayOf("text", written));
            insert.executeUpdate();
        }
    }

    private static void insertAliases(Connection c, Map<Key, TreeSet<String>> aliases, Map<Key, Long> ids)
            throws SQLException {
        List<Object> entityIds = new ArrayList<>();
        List<Object> names = new ArrayList<>();
        aliases.forEach((key, forms) -> forms.forEach(form -> {
            entityIds.add(ids.get(key));
            names.add(form);
        }));
        if (names.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT_ALIASES)) {
            insert.setArray(1, c.createArrayOf("int8", entityIds.toArray()));
            insert.setArray(2, c.createArrayOf("text", names.toArray()));
            insert.executeUpdate();
        }
    }

    /** The written form without a possessive ending: "Alibaba's" is an alias written "Alibaba". */
    static String alias(String written) {
        return written.replaceFirst("[’']s$", "");
    }

    static String type(Mention.Kind kind) {
        return switch (kind) {
            case ORG -> EntityType.ORGANIZATION.wire();
            case PERSON -> EntityType.PERSON.wire();
            case PLACE -> EntityType.PLACE.wire();
            case MEDIA -> "MEDIA"; // an entity of the entity table only: no fact is about a medium
            default -> null;
        };
    }
}
