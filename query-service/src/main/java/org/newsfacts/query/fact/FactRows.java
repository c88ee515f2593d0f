package org.newsfacts.query.fact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsfacts.model.Approx;
import org.newsfacts.model.Direction;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.model.FxSource;
import org.newsfacts.model.Unconverted;
import org.newsfacts.query.db.Numbers;

/**
 * How a fact is read from the database: the select list (a fact row {@code f} joined to its article
 * {@code a}), each column with the component of {@link Fact} it fills, and the fact made of a row.
 * {@code FactRowsTest} checks the list against the record, so a component added to the fact without a
 * column here fails the build.
 */
public final class FactRows {

    /** One column of the select list and the component it fills ({@code "evidence.start"}: a component's). */
    record Column(String sql, String component) {}

    /** In the order of the select list. {@code alt}, {@code subjectIds} and {@code objectIds} are stored as JSON. */
    static final List<Column> COLUMNS = List.of(
            new Column("f.type", "type"),
            new Column("f.subject", "subject"),
            new Column("f.subject_type", "subjectType"),
            new Column("f.object", "object"),
            new Column("f.object_type", "objectType"),
            new Column("f.value", "value"),
            new Column("f.unit", "unit"),
            new Column("f.value_usd", "valueUsd"),
            new Column("f.approx", "approx"),
            new Column("f.direction", "direction"),
            new Column("f.metric", "metric"),
            new Column("f.role", "role"),
            new Column("f.market", "market"),
            new Column("f.period", "period"),
            new Column("f.period_text", "periodText"),
            new Column("f.quote_text", "text"),
            new Column("f.alt", "alt"),
            new Column("f.article_id", "evidence.articleId"),
            new Column("a.source", "evidence.source"),
            new Column("f.sentence", "evidence.sentence"),
            new Column("f.start_offset", "evidence.start"),
            new Column("f.end_offset", "evidence.end"),
            new Column("f.confidence", "confidence"),
            new Column("a.extractor_version", "extractorVersion"),
            new Column("f.fx_date", "fx.date"),
            new Column("f.fx_rate", "fx.rate"),
            new Column("f.fx_rate_date", "fx.rateDate"),
            new Column("f.fx_source", "fx.source"),
            new Column("f.fx_unconverted", "fx.unconverted"),
            new Column("f.fx_reason", "fx.reason"),
            new Column("f.subject_ids", "subjectIds"),
            new Column("f.object_ids", "objectIds"));

    /** The select list: a fact row {@code f}, its article {@code a}. */
    public static final String SELECT_LIST = COLUMNS.stream().map(Column::sql).collect(Collectors.joining(", "));
    /** How many columns the select list has: a query's own columns follow from {@code COUNT + 1} on. */
    public static final int COUNT = COLUMNS.size();

    private static final Map<String, Integer> INDEX = new HashMap<>();

    static {
        for (int i = 0; i < COLUMNS.size(); i++) {
            INDEX.put(COLUMNS.get(i).component(), i + 1);
        }
    }

    private static final int TYPE = at("type");
    private static final int SUBJECT = at("subject");
    private static final int SUBJECT_TYPE = at("subjectType");
    private static final int OBJECT = at("object");
    private static final int OBJECT_TYPE = at("objectType");
    private static final int VALUE = at("value");
    private static final int UNIT = at("unit");
    private static final int VALUE_USD = at("valueUsd");
    private static final int APPROX = at("approx");
    private static final int DIRECTION = at("direction");
    private static final int METRIC = at("metric");
    private static final int ROLE = at("role");
    private static final int MARKET = at("market");
    private static final int PERIOD = at("period");
    private static final int PERIOD_TEXT = at("periodText");
    private static final int TEXT = at("text");
    private static final int ALT = at("alt");
    private static final int ARTICLE_ID = at("evidence.articleId");
    private static final int SOURCE = at("evidence.source");
    private static final int SENTENCE = at("evidence.sentence");
    private static final int START = at("evidence.start");
    private static final int END = at("evidence.end");
    private static final int CONFIDENCE = at("confidence");
    private static final int EXTRACTOR_VERSION = at("extractorVersion");
    private static final int FX_DATE = at("fx.date");
    private static final int FX_RATE = at("fx.rate");
    private static final int FX_RATE_DATE = at("fx.rateDate");
    private static final int FX_SOURCE = at("fx.source");
    private static final int FX_UNCONVERTED = at("fx.unconverted");
    private static final int FX_REASON = at("fx.reason");
    private static final int SUBJECT_IDS = at("subjectIds");
    private static final int OBJECT_IDS = at("objectIds");

    private static final TypeReference<List<Fact.Alt>> ALT_LIST = new TypeReference<>() {};

    private FactRows() {}

    /** The select list's column (1-based) of a component. */
    static int at(String component) {
        Integer i = INDEX.get(component);
        if (i == null) {
            throw new IllegalStateException("no column of the select list fills " + component);
        }
        return i;
    }

    /** The fact of the current row of a query whose columns begin with {@link #SELECT_LIST}. */
    public static Fact read(ResultSet rs, ObjectMapper mapper) throws SQLException {
        return new Fact(
                FactType.fromWire(rs.getString(TYPE)),
                rs.getString(SUBJECT),
                EntityType.fromWire(rs.getString(SUBJECT_TYPE)),
                rs.getString(OBJECT),
                EntityType.fromWire(rs.getString(OBJECT_TYPE)),
                Numbers.plain(rs.getBigDecimal(VALUE)),
                rs.getString(UNIT),
                Numbers.plain(rs.getBigDecimal(VALUE_USD)),
                Approx.fromWire(rs.getString(APPROX)),
                Direction.fromWire(rs.getString(DIRECTION)),
                rs.getString(METRIC),
                rs.getString(ROLE),
                rs.getString(MARKET),
                rs.getString(PERIOD),
                rs.getString(PERIOD_TEXT),
                rs.getString(TEXT),
                alt(rs.getString(ALT), mapper),
                new Fact.Evidence(
                        rs.getString(ARTICLE_ID),
                        rs.getString(SOURCE),
                        rs.getString(SENTENCE),
                        rs.getInt(START),
                        rs.getInt(END)),
                rs.getDouble(CONFIDENCE),
                rs.getString(EXTRACTOR_VERSION),
                fx(rs),
                ids(rs.getString(SUBJECT_IDS), mapper),
                ids(rs.getString(OBJECT_IDS), mapper));
    }

    /** The fact's "fx" (V7's fx_* columns); null when it has none. */
    private static Fact.Fx fx(ResultSet rs) throws SQLException {
        java.sql.Date date = rs.getDate(FX_DATE);
        if (date == null) {
            return null;
        }
        java.sql.Date rateDate = rs.getDate(FX_RATE_DATE);
        return new Fact.Fx(
                date.toLocalDate().toString(),
                Numbers.plain(rs.getBigDecimal(FX_RATE)),
                rateDate == null ? null : rateDate.toLocalDate().toString(),
                FxSource.fromWire(rs.getString(FX_SOURCE)),
                Unconverted.fromWire(rs.getString(FX_UNCONVERTED)),
                rs.getString(FX_REASON));
    }

    private static Fact.RegisterIds ids(String json, ObjectMapper mapper) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue(json, Fact.RegisterIds.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored register identifiers are not a JSON object: " + json, e);
        }
    }

    private static List<Fact.Alt> alt(String json, ObjectMapper mapper) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue(json, ALT_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored 'alt' is not a JSON list: " + json, e);
        }
    }
}
