package org.newsfacts.extract.article;

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
import java.util.Objects;
import java.util.Set;

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
