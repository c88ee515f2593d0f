package org.newsfacts.query.fact;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.newsfacts.query.db.Sql;

/**
 * Which facts a request wants; every field optional. Names ({@code subjects}, {@code objects},
 * {@code entity}) are canonical names already resolved from the user's alias. {@code minConfidence}:
 * the lowest confidence kept, null for any (0 is made null, so that both share a cached page).
 */
public record FactFilter(
        String type,
        Set<String> subjects,
        Set<String> objects,
        Set<String> entity,
        String metric,
        String role,
        String unit,
        BigDecimal minUsd,
        BigDecimal maxUsd,
        String period,
        String article,
        Instant since,
        Double minConfidence) {

    public static final FactFilter ALL =
            new FactFilter(null, null, null, null, null, null, null, null, null, null, null, null, null);

    public FactFilter {
        if (minConfidence != null && minConfidence <= 0) {
            minConfidence = null;
        }
    }

    public static FactFilter ofEntity(Set<String> names, Double minConfidence) {
        return new FactFilter(null, null, null, names, null, null, null, null, null, null, null, null, minConfidence);
    }

    /** Adds this filter's conditions (bound, never concatenated) to a query over {@code fact f}. */
    void applyTo(Sql sql) {
        if (type != null) {
            sql.and("f.type = ?", type);
        }
        if (subjects != null) {
            oneOf(sql, "f.subject", subjects);
        }
        if (objects != null) {
            oneOf(sql, "f.object", objects);
        }
        if (entity != null) {
            sql.and("f.subject = ANY(?) OR f.object = ANY(?)", entity, entity);
        }
        if (metric != null) {
            sql.and("f.metric = ?", metric);
        }
        if (role != null) {
            sql.and("f.role = ?", role);
        }
        if (unit != null) {
            sql.and("f.unit = ?", unit);
        }
        if (minUsd != null) {
            sql.and("f.value_usd >= ?", minUsd);
        }
        if (maxUsd != null) {
            sql.and("f.value_usd <= ?", maxUsd);
        }
        if (period != null) {
            // "2025" also finds 2025-Q4 and 2025-02-24; "FY2025" and "P3Y" only themselves.
            sql.and("f.period = ? OR f.period LIKE ?", period, Sql.escapeLike(period) + "-%");
        }
        if (article != null) {
            sql.and("f.article_id = ?", article);
        }
        if (since != null) {
            sql.and("f.article_id IN (SELECT s.id FROM article s WHERE s.extracted_at >= ?)", since);
        }
        if (minConfidence != null) {
            sql.and("f.confidence >= ?", minConfidence);
        }
    }

    /**
     * A name that resolves to one canonical name is an equality, which the (subject, id) and (object, id)
     * indexes answer in id order, so a page stops after its rows however many facts the name has;
     * PostgreSQL before 17 reads "= ANY" in no order, so it fetches and sorts every match.
     */
    private static void oneOf(Sql sql, String column, Set<String> names) {
        if (names.size() == 1) {
            sql.and(column + " = ?", names.iterator().next());
        } else {
            sql.and(column + " = ANY(?)", names);
        }
    }
}
