package org.newsfacts.extract.syndication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.hibernate.Session;

/** Signatures, band buckets and near-duplicate links of stored articles (plain JDBC in the caller's transaction). */
@ApplicationScoped
public class NearDuplicateRepository {

    /** A stored original that shares a bucket with a new article (only originals are indexed): its signature, when it came. */
    public record Candidate(String id, int[] signature, Instant ingestedAt) {}

    /** What to store for one article. */
    public record Signed(String id, int[] signature, long[] buckets, String nearDuplicateOf) {}

    private final EntityManager em;

    public NearDuplicateRepository(EntityManager em) {
        this.em = em;
    }

    /** Stored articles sharing any of these (band, bucket) pairs, other than the given ones. */
    public List<Candidate> candidates(List<Integer> bands, List<Long> buckets, Collection<String> except) {
        return work(c -> {
            List<Candidate> out = new ArrayList<>();
            if (bands.isEmpty()) {
                return out;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.minhash, a.ingested_at "
                    + "FROM article a WHERE a.id IN (SELECT b.article_id FROM article_band b "
                    + "JOIN unnest(?::smallint[], ?::bigint[]) AS k(band, bucket) ON b.band = k.band AND b.bucket = k.bucket) "
                    + "AND a.minhash IS NOT NULL AND NOT a.id = ANY(?)")) {
                ps.setArray(1, c.createArrayOf("smallint", bands.toArray()));
                ps.setArray(2, c.createArrayOf("bigint", buckets.toArray()));
                ps.setArray(3, c.createArrayOf("varchar", except.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp at = rs.getTimestamp(3);
                        out.add(new Candidate(
                                rs.getString(1),
                                unboxed((Integer[]) rs.getArray(2).getArray()),
                                at == null ? Instant.EPOCH : at.toInstant()));
                    }
                }
            }
            return out;
        });
    }

    /** Stores signatures and links of articles stored without them (an article signed meanwhile keeps what it has). */
    public void updateSignatures(List<Signed> signed) {
        if (signed.isEmpty()) {
            return;
        }
        work(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE article SET minhash = ?, near_duplicate_of = ? WHERE id = ? AND minhash IS NULL")) {
                for (Signed s : signed) {
                    update.setArray(1, c.createArrayOf("integer", boxed(s.signature())));
                    update.setString(2, s.nearDuplicateOf());
                    update.setString(3, s.id());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    /** One row per band of each original (copies have no buckets to store). */
    public void insertBands(List<Signed> signed) {
        List<Object> bands = new ArrayList<>();
        List<Object> buckets = new ArrayList<>();
        List<Object> ids = new ArrayList<>();
        for (Signed s : signed) {
            for (int band = 0; band < s.buckets().length; band++) {
                bands.add(band);
                buckets.add(s.buckets()[band]);
                ids.add(s.id());
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        work(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO article_band (band, bucket, article_id) "
                            + "SELECT * FROM unnest(?::smallint[], ?::bigint[], ?::varchar[]) ORDER BY 1, 2, 3 ON CONFLICT DO NOTHING")) {
                insert.setArray(1, c.createArrayOf("smallint", bands.toArray()));
                insert.setArray(2, c.createArrayOf("bigint", buckets.toArray()));
                insert.setArray(3, c.createArrayOf("varchar", ids.toArray()));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Up to {@code limit} stored articles without a signature, oldest first: (id, body). */
    public List<String[]> unsigned(int limit) {
        return work(c -> {
            List<String[]> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, body FROM article WHERE minhash IS NULL ORDER BY ingested_at, id LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            return out;
        });
    }

    private static Integer[] boxed(int[] values) {
        return Arrays.stream(values).boxed().toArray(Integer[]::new);
    }

    private static int[] unboxed(Integer[] values) {
        return Arrays.stream(values).mapToInt(Integer::intValue).toArray();
    }

    private <T> T work(SqlWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::apply);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T apply(Connection c) throws SQLException;
    }
}
