package org.newsfacts.query.fact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads facts with plain JDBC: the export streams rows through a server-side cursor (fetch size,
 * auto-commit off) so that any number of facts passes through constant memory.
 */
@ApplicationScoped
public class FactRepository {

    private static final String COLUMNS = "f.type, f.subject, f.subject_type, f.object, f.object_type, f.value, f.unit, "
            + "f.value_usd, f.approx, f.direction, f.metric, f.role, f.market, f.period, f.period_text, f.quote_text, "
            + "f.alt, f.article_id, a.source, f.sentence, f.start_offset, f.end_offset, f.confidence";
    private static final TypeReference<List<FactJson.Alt>> ALT_LIST = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final ObjectMapper mapper;

    public FactRepository(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    public List<FactJson> ofArticle(String articleId, String source) {
        List<FactJson> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                     + " FROM fact f JOIN article a ON a.id = f.article_id WHERE f.article_id = ? ORDER BY f.ordinal")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the facts of article " + articleId + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Hands every fact to the consumer, article by article, in a stable order. */
    public void exportAll(Consumer<FactJson> sink) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM fact f JOIN article a ON a.id = f.article_id ORDER BY f.article_id, f.ordinal")) {
                ps.setFetchSize(1000);
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
        return new FactJson(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                plain(rs.getBigDecimal(6)), rs.getString(7), plain(rs.getBigDecimal(8)), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                rs.getString(16), alt(rs.getString(17)),
                new FactJson.Evidence(rs.getString(18), rs.getString(19), rs.getString(20), rs.getInt(21), rs.getInt(22)),
                rs.getDouble(23));
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

    /** 5.3E+10 → 53000000000: money values print as plain numbers. */
    private static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
