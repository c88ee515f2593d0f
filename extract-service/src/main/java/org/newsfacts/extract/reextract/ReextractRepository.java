package org.newsfacts.extract.reextract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.newsfacts.extract.article.ArticleService.StoredArticle;

/**
 * Which stored articles are due for re-extraction, and claiming them. An article is due when an
 * older extractor version made its facts, or when this version (or one equal to it) made them before
 * the newest "re-extract all" request; a newer version's articles are never touched (an older
 * instance left running during an upgrade does not undo the new one's work). A claim locks the rows
 * it returns and skips rows another transaction holds, so that any number of instances share the
 * backlog without doing an article twice; a claim that never commits (a crash) leaves its rows due.
 */
@ApplicationScoped
public class ReextractRepository {

    private static final Instant NEVER = Instant.parse("0001-01-01T00:00:00Z");
    private static final String CLAIM = """
            SELECT a.id, a.source, a.body, a.published_at, a.ingested_at FROM article a
            WHERE (a.extractor_version = ANY (?) OR (a.extracted_at < ? AND a.extractor_version = ANY (?)))
              AND (a.ingested_at, a.id) > (?, ?) AND NOT (a.id = ANY (?))
            ORDER BY a.ingested_at, a.id LIMIT ? FOR UPDATE SKIP LOCKED""";

    /** Where a pass over the backlog stands: after this article (oldest first). */
    public record Position(Instant ingestedAt, String id) {
        public static final Position START = new Position(NEVER, "");
    }

    /**
     * What is due, as the versions stored when it was worked out: articles of the {@code older}
     * versions, and articles of the {@code current} ones extracted before {@code allRequestedAt}.
     */
    public record Due(List<String> older, List<String> current, Instant allRequestedAt) {}

    /** The backlog as counted now: due articles, and the stored versions (oldest first) with their articles. */
    public record Backlog(long due, Map<String, Long> versions) {}

    private final EntityManager em;
    private final DataSource dataSource;

    public ReextractRepository(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /** What is due for the given extractor version, from the versions stored now. */
    public Due due(String version) {
        try (Connection c = dataSource.getConnection()) {
            return due(version, versions(c).keySet(), lastAllRequest(c));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the stored extractor versions: " + e.getMessage(), e);
        }
    }

    /** Counts the backlog: by version, and the articles extracted before an "all" request (a scan of the table each). */
    public Backlog backlog(String version) {
        try (Connection c = dataSource.getConnection()) {
            Map<String, Long> versions = versions(c);
            Due due = due(version, versions.keySet(), lastAllRequest(c));
            long n = due.older().stream().mapToLong(versions::get).sum();
            if (!due.allRequestedAt().equals(NEVER) && !due.current().isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT count(*) FROM article WHERE extracted_at < ? AND extractor_version = ANY (?)")) {
                    ps.setObject(1, due.allRequestedAt().atOffset(ZoneOffset.UTC));
                    ps.setArray(2, c.createArrayOf("text", due.current().toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        n += rs.getLong(1);
                    }
                }
            }
            return new Backlog(n, versions);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the articles due for re-extraction: " + e.getMessage(), e);
        }
    }

    /** Locks and returns up to {@code limit} due articles after {@code after}, oldest first, in the caller's transaction. */
    public List<StoredArticle> claim(Due due, Position after, Collection<String> skip, int limit) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            List<StoredArticle> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(CLAIM)) {
                ps.setArray(1, c.createArrayOf("text", due.older().toArray()));
                ps.setObject(2, due.allRequestedAt().atOffset(ZoneOffset.UTC));
                ps.setArray(3, c.createArrayOf("text", due.current().toArray()));
                ps.setObject(4, after.ingestedAt().atOffset(ZoneOffset.UTC));
                ps.setString(5, after.id());
                ps.setArray(6, c.createArrayOf("text", skip.toArray()));
                ps.setInt(7, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StoredArticle(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                instant(rs.getObject(4, OffsetDateTime.class)),
                                instant(rs.getObject(5, OffsetDateTime.class))));
                    }
                }
            }
            return out;
        });
    }

    /** Asks for every article to be extracted again (by every instance, until each is done once more). */
    public void requestAll() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO reextract_request DEFAULT VALUES")) {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot record the request to re-extract every article: " + e.getMessage(), e);
        }
    }

    static Due due(String version, Collection<String> stored, Instant allRequestedAt) {
        List<String> older = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String v : stored) {
            int c = ExtractorVersions.compare(v, version);
            if (c < 0) {
                older.add(v);
            } else if (c == 0) {
                current.add(v);
            }
        }
        return new Due(older, current, allRequestedAt == null ? NEVER : allRequestedAt);
    }

    private static Map<String, Long> versions(Connection c) throws SQLException {
        Map<String, Long> byVersion = new TreeMap<>(ExtractorVersions.ORDER.thenComparing(v -> v));
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT extractor_version, count(*) FROM article GROUP BY extractor_version");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byVersion.put(rs.getString(1), rs.getLong(2));
            }
        }
        return new LinkedHashMap<>(byVersion);
    }

    private static Instant lastAllRequest(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT max(requested_at) FROM reextract_request");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return instant(rs.getObject(1, OffsetDateTime.class));
        }
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
