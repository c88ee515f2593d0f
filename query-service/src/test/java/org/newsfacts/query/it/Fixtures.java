package org.newsfacts.query.it;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import org.newsfacts.devstack.StackConnection;

/**
 * Writes articles, entities and facts into extract-service's schema the way it stores them (as the
 * owning role), for the query API tests. Names carry a per-run suffix so that a shared database
 * (servers named in the environment) keeps runs apart.
 */
final class Fixtures implements AutoCloseable {

    private final Connection db;

    Fixtures(StackConnection stack) throws SQLException {
        db = DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
    }

    static String sha256(String body) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores an article (its id the SHA-256 of the body) under one source name; returns the id. */
    String article(String source, String title, String body, String outlet, Instant published, Instant ingested)
            throws SQLException {
        String id = sha256(body);
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO article (id, source, title, body, outlet, published_at, "
                        + "content_type, ingested_at, sha256, extractor_version, extracted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, id);
            ps.setString(2, source);
            ps.setString(3, title);
            ps.setString(4, body);
            ps.setString(5, outlet);
            ps.setTimestamp(6, published == null ? null : Timestamp.from(published));
            ps.setString(7, "text/plain");
            ps.setTimestamp(8, Timestamp.from(ingested));
            ps.setString(9, id);
            ps.setString(10, "1.0.0");
            ps.setTimestamp(11, Timestamp.from(ingested));
            ps.executeUpdate();
        }
        try (PreparedStatement ps =
                db.prepareStatement("INSERT INTO article_source (article_id, source, ingested_at) VALUES (?,?,?)")) {
            ps.setString(1, id);
            ps.setString(2, source);
            ps.setTimestamp(3, Timestamp.from(ingested));
            ps.executeUpdate();
        }
        return id;
    }

    /** Links a syndicated copy to its original, as extract-service does when it stores the copy. */
    void nearDuplicate(String copyId, String originalId) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("UPDATE article SET near_duplicate_of = ? WHERE id = ?")) {
            ps.setString(1, originalId);
            ps.setString(2, copyId);
            ps.executeUpdate();
        }
    }

    long entity(String canonical, String type, String... aliases) throws SQLException {
        long id;
        try (PreparedStatement ps =
                db.prepareStatement("INSERT INTO entity (canonical, type) VALUES (?, ?) RETURNING id")) {
            ps.setString(1, canonical);
            ps.setString(2, type);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO entity_alias (entity_id, alias) VALUES (?, ?)")) {
            for (String alias : aliases) {
                ps.setLong(1, id);
                ps.setString(2, alias);
                ps.executeUpdate();
            }
        }
        return id;
    }

    /**
     * Links an organisation to a company-register entry as extract-service stores the link: the
     * register's name and country on the entity, each identifier a row ({@code listings} as EXCHANGE:TICKER).
     */
    void link(long entityId, String name, String country, String cik, String isin, String... listings)
            throws SQLException {
        try (PreparedStatement ps =
                db.prepareStatement("UPDATE entity SET register_name = ?, register_country = ? WHERE id = ?")) {
            ps.setString(1, name);
            ps.setString(2, country);
            ps.setLong(3, entityId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO entity_identifier (entity_id, scheme, value, exchange) VALUES (?,?,?,?)")) {
            for (String listing : listings) {
                String[] et = listing.split(":", 2);
                identifier(ps, entityId, "TICKER", et[1], et[0]);
            }
            identifier(ps, entityId, "ISIN", isin, "");
            identifier(ps, entityId, "CIK", cik, "");
        }
    }

    private static void identifier(PreparedStatement ps, long entityId, String scheme, String value, String exchange)
            throws SQLException {
        ps.setLong(1, entityId);
        ps.setString(2, scheme);
        ps.setString(3, value);
        ps.setString(4, exchange);
        ps.executeUpdate();
    }

    void mention(String articleId, long entityId, String body, String written) throws SQLException {
        int start = body.indexOf(written);
        if (start < 0) {
            throw new IllegalArgumentException("'" + written + "' is not in the body");
        }
        try (PreparedStatement ps =
                db.prepareStatement("INSERT INTO mention (article_id, start_offset, end_offset, entity_id, written) "
                        + "VALUES (?,?,?,?,?)")) {
            ps.setString(1, articleId);
            ps.setInt(2, start);
            ps.setInt(3, start + written.length());
            ps.setLong(4, entityId);
            ps.setString(5, written);
            ps.executeUpdate();
        }
    }

    /** A fact of {@code type}; the fields not set stay null, as the extractor leaves them. */
    FactRow fact(String articleId, String body, String sentence, String type) {
        return new FactRow(articleId, body, sentence, type);
    }

    final class FactRow {
        private final String articleId;
        private final String body;
        private final String sentence;
        private final String type;
        private String subject;
        private String object;
        private String objectType;
        private BigDecimal value;
        private String unit;
        private BigDecimal valueUsd;
        private String approx;
        private String direction;
        private String metric;
        private String role;
        private String period;
        private String text;
        private String alt;
        private String subjectIds;
        private double confidence = 0.9;
        // FX (issue 26): the fx_* columns of V7
        private String fxDate;
        private BigDecimal fxRate;
        private String fxRateDate;
        private String fxSource;

        private FactRow(String articleId, String body, String sentence, String type) {
            this.articleId = articleId;
            this.body = body;
            this.sentence = sentence;
            this.type = type;
        }

        FactRow subject(String s) {
            subject = s;
            return this;
        }

        FactRow object(String o, String t) {
            object = o;
            objectType = t;
            return this;
        }

        FactRow money(String v, String currency, String usd) {
            value = new BigDecimal(v);
            unit = currency;
            valueUsd = usd == null ? null : new BigDecimal(usd);
            return this;
        }

        FactRow percent(String v, String dir) {
            value = new BigDecimal(v);
            unit = "PERCENT";
            direction = dir;
            return this;
        }

        FactRow approx(String a) {
            approx = a;
            return this;
        }

        FactRow metric(String m) {
            metric = m;
            return this;
        }

        FactRow role(String r) {
            role = r;
            return this;
        }

        FactRow period(String p) {
            period = p;
            return this;
        }

        FactRow text(String t) {
            text = t;
            return this;
        }

        /** The probability that the fact is right, as the extraction model set it (0.9 unless set). */
        FactRow confidence(double c) {
            confidence = c;
            return this;
        }

        /** The subject's register identifiers, as extract-service stores fact.v1's subjectIds (JSON). */
        FactRow subjectIds(String json) {
            subjectIds = json;
            return this;
        }

        /** Converted at a published rate, as extract-service stores it (docs/fx.md). */
        FactRow fx(String date, String rate, String rateDate, String source) {
            fxDate = date;
            fxRate = rate == null ? null : new BigDecimal(rate);
            fxRateDate = rateDate;
            fxSource = source;
            return this;
        }

        FactRow statedUsd(String usd) {
            alt = "[{\"value\":" + usd + ",\"unit\":\"USD\"}]";
            return this;
        }

        void save(int ordinal) throws SQLException {
            int start = body.indexOf(sentence);
            if (start < 0) {
                throw new IllegalArgumentException("the sentence is not in the body: " + sentence);
            }
            try (PreparedStatement ps = db.prepareStatement(
                    "INSERT INTO fact (id, article_id, ordinal, type, subject, subject_type, "
                            + "object, object_type, value, unit, value_usd, approx, direction, metric, role, period, quote_text, alt, "
                            + "sentence, start_offset, end_offset, confidence, subject_ids) VALUES (nextval('fact_seq'),?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                int i = 1;
                ps.setString(i++, articleId);
                ps.setInt(i++, ordinal);
                ps.setString(i++, type);
                ps.setString(i++, subject);
                ps.setString(i++, "ROLE".equals(type) || "QUOTE".equals(type) ? "PERSON" : "ORGANIZATION");
                ps.setString(i++, object);
                ps.setString(i++, objectType);
                ps.setBigDecimal(i++, value);
                ps.setString(i++, unit);
                ps.setBigDecimal(i++, valueUsd);
                ps.setString(i++, approx == null && value != null ? "EXACT" : approx);
                ps.setString(i++, direction);
                ps.setString(i++, metric);
                ps.setString(i++, role);
                ps.setString(i++, period);
                ps.setString(i++, text);
                ps.setString(i++, alt);
                ps.setString(i++, sentence);
                ps.setInt(i++, start);
                ps.setInt(i++, start + sentence.length());
                ps.setDouble(i++, confidence);
                ps.setString(i, subjectIds);
                ps.executeUpdate();
            }
            if (fxDate != null) {
                try (PreparedStatement ps =
                        db.prepareStatement("UPDATE fact SET fx_date = ?::date, fx_rate = ?, fx_rate_date = ?::date, "
                                + "fx_source = ? WHERE article_id = ? AND ordinal = ?")) {
                    ps.setString(1, fxDate);
                    ps.setBigDecimal(2, fxRate);
                    ps.setString(3, fxRateDate);
                    ps.setString(4, fxSource);
                    ps.setString(5, articleId);
                    ps.setInt(6, ordinal);
                    ps.executeUpdate();
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
