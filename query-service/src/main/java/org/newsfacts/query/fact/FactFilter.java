package org.newsfacts.query.fact;

import org.newsfacts.query.db.Sql;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * Which facts a request wants; every field optional. Names ({@code subjects}, {@code objects},
 * {@code entity}) are canonical names already resolved from the user's alias.
 */
public record FactFilter(String type, Set<String> subjects, Set<String> objects, Set<String> entity, String metric,
                         String role, String unit, BigDecimal minUsd, BigDecimal maxUsd, String period, String article,
                         Instant since) {

    public static final FactFilter ALL = new FactFilter(null, null, null, null, null, null, null, null, null, null, null, null);

    public static FactFilter ofEntity(Set<String> names) {
        return new FactFilter(null, null, null, names, null, null, null, null, null, null, null, null);
    }

    /** True when the filter names what the facts are about (few rows match). */
    boolean narrow() {
        return subjects != null || objects != null || entity != null || article != null;
    }

    /** Adds this filter's conditions (bound, never concatenated) to a query over {@code fact f}. */
    void applyTo(Sql sql) {
        if (type != null) {
            sql.and("f.type = ?", type);
        }
        if (subjects != null) {
            sql.and("f.subject = ANY(?)", subjects);
        }
        if (objects != null) {
            sql.and("f.object = ANY(?)", objects);
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
    }
}
