package org.newsfacts.query.db;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A statement built from fixed SQL fragments and bound values: every value the user gave goes
 * through a placeholder, never into the SQL text.
 */
public final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> values = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> conditionValues = new ArrayList<>();

    public Sql(String select, Object... bound) {
        text.append(select);
        values.addAll(Arrays.asList(bound));
    }

    /** Appends a fixed fragment and the values of its placeholders. */
    public Sql append(String fragment, Object... bound) {
        text.append(fragment);
        values.addAll(Arrays.asList(bound));
        return this;
    }

    /** A condition joined with AND into the WHERE clause that {@link #where()} writes. */
    public Sql and(String condition, Object... bound) {
        conditions.add("(" + condition + ")");
        conditionValues.addAll(Arrays.asList(bound));
        return this;
    }

    /** Writes the WHERE clause of the conditions added so far (nothing when there are none). */
    public Sql where() {
        if (!conditions.isEmpty()) {
            text.append(" WHERE ").append(String.join(" AND ", conditions));
            values.addAll(conditionValues);
        }
        return this;
    }

    public String text() {
        return text.toString();
    }

    /** The bound values in placeholder order (after {@link #where()}, including the conditions'). */
    public List<Object> values() {
        return new ArrayList<>(values);
    }

    public PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement ps = c.prepareStatement(text.toString());
        for (int i = 0; i < values.size(); i++) {
            bind(c, ps, i + 1, values.get(i));
        }
        return ps;
    }

    /** Runs this query and returns the first column of its one row (a count). */
    public long queryLong(Connection c) throws SQLException {
        try (PreparedStatement ps = prepare(c);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void bind(Connection c, PreparedStatement ps, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            ps.setTimestamp(index, Timestamp.from(instant));
        } else if (value instanceof Collection<?> list) {
            ps.setArray(index, c.createArrayOf("text", list.toArray()));
        } else if (value instanceof BigDecimal d) {
            ps.setBigDecimal(index, d);
        } else if (value instanceof Double d) {
            ps.setDouble(index, d);
        } else if (value instanceof Float f) {
            ps.setFloat(index, f);
        } else if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setObject(index, value);
        }
    }

    /** {@code LIKE} pattern for "contains", with the wildcards of the user's text escaped. */
    public static String containsPattern(String text) {
        return "%" + escapeLike(text) + "%";
    }

    /** The text with LIKE's wildcards (and its escape character) escaped. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
