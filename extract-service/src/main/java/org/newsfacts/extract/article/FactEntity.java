package org.newsfacts.extract.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsfacts.engine.mentions.MoneyNormalizer;
import org.newsfacts.extract.fx.FxFacts;
import org.newsfacts.model.Approx;
import org.newsfacts.model.Direction;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * A row of table {@code fact} (the migrations of the schema module): the wire fact ({@link Fact}) column
 * by column, its evidence's article as {@code article_id} (the source and the extractor version are the
 * article's), {@code alt} and the register identifiers as JSON. {@link #of} stores an engine fact,
 * {@link #toWire} reads it back; FactEntityTest checks that a fact with every field set comes back whole.
 */
@Entity
@Table(name = "fact")
public class FactEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fact_seq")
    @SequenceGenerator(name = "fact_seq", sequenceName = "fact_seq", allocationSize = 50)
    public Long id;

    @Column(name = "article_id")
    public String articleId;

    public int ordinal;
    public String type;
    public String subject;

    @Column(name = "subject_type")
    public String subjectType;

    public String object;

    @Column(name = "object_type")
    public String objectType;

    public BigDecimal value;
    public String unit;

    @Column(name = "value_usd")
    public BigDecimal valueUsd;

    public String approx;
    public String direction;
    public String metric;
    public String role;
    public String market;
    public String period;

    @Column(name = "period_text")
    public String periodText;

    @Column(name = "quote_text")
    public String quoteText;

    public String alt;
    public String sentence;

    @Column(name = "start_offset")
    public int startOffset;

    @Column(name = "end_offset")
    public int endOffset;

    public double confidence;
    /** fact.v1's subjectIds and objectIds as JSON (the company register's identifiers), null when unlinked. */
    @Column(name = "subject_ids")
    public String subjectIds;

    @Column(name = "object_ids")
    public String objectIds;
    // FX (issue 26): how valueUsd was found or why it is null (FxConversion; docs/fx.md)
    @Column(name = "fx_date")
    public LocalDate fxDate;

    @Column(name = "fx_rate")
    public BigDecimal fxRate;

    @Column(name = "fx_rate_date")
    public LocalDate fxRateDate;

    @Column(name = "fx_source")
    public String fxSource;

    @Column(name = "fx_unconverted")
    public String fxUnconverted;

    @Column(name = "fx_reason")
    public String fxReason;

    /** The row of the engine's fact {@code f}, the article's fact number {@code ordinal}. */
    public static FactEntity of(Fact f, String articleId, int ordinal, ObjectMapper json) {
        FactEntity e = new FactEntity();
        e.articleId = articleId;
        e.ordinal = ordinal;
        e.type = f.type().wire();
        e.subject = f.subject();
        e.subjectType = f.subjectType() == null ? null : f.subjectType().wire();
        e.object = f.object();
        e.objectType = f.objectType() == null ? null : f.objectType().wire();
        e.value = f.value();
        e.unit = f.unit();
        e.valueUsd = f.valueUsd();
        e.approx = f.approx() == null ? null : f.approx().wire();
        e.direction = f.direction() == null ? null : f.direction().wire();
        e.metric = f.metric();
        e.role = f.role();
        e.market = f.market();
        e.period = f.period();
        e.periodText = f.periodText();
        e.quoteText = f.text();
        e.alt = f.alt() == null ? null : toJson(f.alt(), json);
        e.sentence = f.evidence().sentence();
        e.startOffset = f.evidence().start();
        e.endOffset = f.evidence().end();
        e.confidence = f.confidence();
        e.subjectIds = f.subjectIds() == null ? null : toJson(f.subjectIds(), json);
        e.objectIds = f.objectIds() == null ? null : toJson(f.objectIds(), json);
        FxFacts.set(e, f.fx());
        return e;
    }

    /**
     * The fact of this row on the wire, {@code source} (its article's) in its evidence, no extractor version
     * of its own (the event's is theirs).
     */
    public Fact toWire(String source, ObjectMapper json) {
        List<Fact.Alt> alts;
        try {
            alts = alt == null ? null : List.of(json.readValue(alt, Fact.Alt[].class));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored 'alt' is not a JSON list: " + alt, ex);
        }
        return new Fact(
                FactType.fromWire(type),
                subject,
                EntityType.fromWire(subjectType),
                object,
                EntityType.fromWire(objectType),
                plain(value),
                unit,
                plain(valueUsd),
                Approx.fromWire(approx),
                Direction.fromWire(direction),
                metric,
                role,
                market,
                period,
                periodText,
                quoteText,
                alts,
                new Fact.Evidence(articleId, source, sentence, startOffset, endOffset),
                confidence,
                null,
                FxFacts.json(this),
                identifiers(subjectIds, json),
                identifiers(objectIds, json));
    }

    /** A stored subjectIds/objectIds (JSON) as the register's identifiers; null when unlinked. */
    private static Fact.RegisterIds identifiers(String stored, ObjectMapper json) {
        try {
            return stored == null ? null : json.readValue(stored, Fact.RegisterIds.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored register identifiers are not a JSON object: " + stored, ex);
        }
    }

    private static String toJson(Object value, ObjectMapper json) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    private static BigDecimal plain(BigDecimal v) {
        return v == null ? null : MoneyNormalizer.plain(v);
    }

    /** Whether the two state the same fact in the same words at the same place (row id and article aside). */
    boolean sameAs(FactEntity o) {
        return ordinal == o.ordinal
                && Objects.equals(type, o.type)
                && Objects.equals(subject, o.subject)
                && Objects.equals(subjectType, o.subjectType)
                && Objects.equals(object, o.object)
                && Objects.equals(objectType, o.objectType)
                && sameNumber(value, o.value)
                && Objects.equals(unit, o.unit)
                && sameNumber(valueUsd, o.valueUsd)
                && Objects.equals(approx, o.approx)
                && Objects.equals(direction, o.direction)
                && Objects.equals(metric, o.metric)
                && Objects.equals(role, o.role)
                && Objects.equals(market, o.market)
                && Objects.equals(period, o.period)
                && Objects.equals(periodText, o.periodText)
                && Objects.equals(quoteText, o.quoteText)
                && Objects.equals(alt, o.alt)
                && Objects.equals(sentence, o.sentence)
                && startOffset == o.startOffset
                && endOffset == o.endOffset
                && Double.compare(confidence, o.confidence) == 0
                && sameFx(o)
                && Objects.equals(subjectIds, o.subjectIds)
                && Objects.equals(objectIds, o.objectIds);
    }

    /** Whether the two were converted to dollars alike (FX, issue 26). */
    public boolean sameFx(FactEntity o) {
        return Objects.equals(fxDate, o.fxDate)
                && sameNumber(fxRate, o.fxRate)
                && Objects.equals(fxRateDate, o.fxRateDate)
                && Objects.equals(fxSource, o.fxSource)
                && Objects.equals(fxUnconverted, o.fxUnconverted)
                && Objects.equals(fxReason, o.fxReason);
    }

    /** Becomes the other's fact, keeping this row (its id, so the facts' order by id stays). */
    void take(FactEntity o) {
        type = o.type;
        subject = o.subject;
        subjectType = o.subjectType;
        object = o.object;
        objectType = o.objectType;
        value = o.value;
        unit = o.unit;
        approx = o.approx;
        direction = o.direction;
        metric = o.metric;
        role = o.role;
        market = o.market;
        period = o.period;
        periodText = o.periodText;
        quoteText = o.quoteText;
        alt = o.alt;
        sentence = o.sentence;
        startOffset = o.startOffset;
        endOffset = o.endOffset;
        confidence = o.confidence;
        subjectIds = o.subjectIds;
        objectIds = o.objectIds;
        takeFx(o);
    }

    /** Takes the other's dollar value and how it was found (FX, issue 26). */
    public void takeFx(FactEntity o) {
        valueUsd = o.valueUsd;
        fxDate = o.fxDate;
        fxRate = o.fxRate;
        fxRateDate = o.fxRateDate;
        fxSource = o.fxSource;
        fxUnconverted = o.fxUnconverted;
        fxReason = o.fxReason;
    }

    /** Adds the names the fact is about (its subject and object). */
    void addNames(Set<String> names) {
        if (subject != null) {
            names.add(subject);
        }
        if (object != null) {
            names.add(object);
        }
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
