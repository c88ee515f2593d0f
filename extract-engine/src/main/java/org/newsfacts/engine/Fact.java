package org.newsfacts.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.newsfacts.engine.fx.FxConversion;
import org.newsfacts.model.Approx;
import org.newsfacts.model.Direction;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact.Alt;
import org.newsfacts.model.Fact.RegisterIds;
import org.newsfacts.model.FactType;

/**
 * One fact as the engine finds it, its fields those of FACTS.md: the engine's working form, whose
 * evidence does not know the article yet and whose conversion to dollars keeps its dates and rate
 * as found. {@link #toWire} gives the fact on the wire ({@link org.newsfacts.model.Fact}, the one
 * definition of that shape), with the article id and source in its evidence.
 */
public record Fact(
        FactType type,
        String subject,
        EntityType subjectType,
        String object,
        EntityType objectType,
        BigDecimal value,
        String unit,
        BigDecimal valueUsd,
        Approx approx,
        Direction direction,
        String metric,
        String role,
        String market,
        String period,
        String periodText,
        String text,
        List<Alt> alt,
        Evidence evidence,
        double confidence,
        FxConversion fx,
        // The company register's identifiers of the subject and of the object (null when unlinked).
        RegisterIds subjectIds,
        RegisterIds objectIds) {

    /** The sentence that states the fact and its offsets in the body. */
    public record Evidence(String sentence, int start, int end) {}

    /**
     * The fact on the wire ({@code facts.extracted}, the export, {@code ./newsfacts extract}): the
     * article's id and source in its evidence, no extractor version of its own.
     */
    public org.newsfacts.model.Fact toWire(String articleId, String source) {
        return new org.newsfacts.model.Fact(
                type,
                subject,
                subjectType,
                object,
                objectType,
                value,
                unit,
                valueUsd,
                approx,
                direction,
                metric,
                role,
                market,
                period,
                periodText,
                text,
                alt,
                new org.newsfacts.model.Fact.Evidence(
                        articleId, source, evidence.sentence(), evidence.start(), evidence.end()),
                confidence,
                null,
                wireFx(fx),
                subjectIds,
                objectIds);
    }

    /** A conversion as published: dates as YYYY-MM-DD. */
    static org.newsfacts.model.Fact.Fx wireFx(FxConversion c) {
        return c == null
                ? null
                : new org.newsfacts.model.Fact.Fx(
                        day(c.date()), c.rate(), day(c.rateDate()), c.source(), c.unconverted(), c.reason());
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    /** The same fact with its dollar value and how it was found (FxConverter). */
    public Fact withValueUsd(BigDecimal usd, FxConversion conversion) {
        return new Fact(
                type,
                subject,
                subjectType,
                object,
                objectType,
                value,
                unit,
                usd,
                approx,
                direction,
                metric,
                role,
                market,
                period,
                periodText,
                text,
                alt,
                evidence,
                confidence,
                conversion,
                subjectIds,
                objectIds);
    }

    /** The same reading about another subject. */
    public Fact withSubject(String name, EntityType type) {
        return new Fact(
                this.type,
                name,
                type,
                object,
                objectType,
                value,
                unit,
                valueUsd,
                approx,
                direction,
                metric,
                role,
                market,
                period,
                periodText,
                text,
                alt,
                evidence,
                confidence,
                fx,
                subjectIds,
                objectIds);
    }

    /** The same reading with another object (a role's organisation). */
    public Fact withObject(String name, EntityType type) {
        return new Fact(
                this.type,
                subject,
                subjectType,
                name,
                type,
                value,
                unit,
                valueUsd,
                approx,
                direction,
                metric,
                role,
                market,
                period,
                periodText,
                text,
                alt,
                evidence,
                confidence,
                fx,
                subjectIds,
                objectIds);
    }

    /** The same fact with the register's identifiers of its subject and object. */
    public Fact withIds(RegisterIds subject, RegisterIds object) {
        return new Fact(
                type,
                this.subject,
                subjectType,
                this.object,
                objectType,
                value,
                unit,
                valueUsd,
                approx,
                direction,
                metric,
                role,
                market,
                period,
                periodText,
                text,
                alt,
                evidence,
                confidence,
                fx,
                subject,
                object);
    }

    public Fact withConfidence(double p) {
        return new Fact(
                type,
                subject,
                subjectType,
                object,
                objectType,
                value,
                unit,
                valueUsd,
                approx,
                direction,
                metric,
                role,
                market,
                period,
                periodText,
                text,
                alt,
                evidence,
                p,
                fx,
                subjectIds,
                objectIds);
    }

    public static Builder builder(FactType type, String subject, Evidence evidence) {
        return new Builder(type, subject, evidence);
    }

    /** Most facts fill a few fields only. */
    public static final class Builder {
        private final FactType type;
        private final String subject;
        private final Evidence evidence;
        private EntityType subjectType;
        private String object;
        private EntityType objectType;
        private BigDecimal value;
        private String unit;
        private BigDecimal valueUsd;
        private Approx approx;
        private Direction direction;
        private String metric;
        private String role;
        private String market;
        private String period;
        private String periodText;
        private String text;
        private List<Alt> alt;
        private double confidence = 0.5;

        private Builder(FactType type, String subject, Evidence evidence) {
            this.type = type;
            this.subject = subject;
            this.evidence = evidence;
        }

        public Builder subjectType(EntityType v) {
            subjectType = v;
            return this;
        }

        public Builder object(String v, EntityType type) {
            object = v;
            objectType = type;
            return this;
        }

        public Builder money(BigDecimal v, String currency, Approx approximation) {
            value = v;
            unit = currency;
            approx = approximation;
            return this;
        }

        public Builder valueUsd(BigDecimal v) {
            valueUsd = v;
            return this;
        }

        public Builder direction(Direction v) {
            direction = v;
            return this;
        }

        public Builder metric(String v) {
            metric = v;
            return this;
        }

        public Builder role(String v) {
            role = v;
            return this;
        }

        public Builder market(String v) {
            market = v;
            return this;
        }

        public Builder period(String iso, String words) {
            period = iso;
            periodText = words;
            return this;
        }

        public Builder text(String v) {
            text = v;
            return this;
        }

        public Builder alt(List<Alt> v) {
            alt = v;
            return this;
        }

        public Builder confidence(double v) {
            confidence = v;
            return this;
        }

        public Fact build() {
            return new Fact(
                    type,
                    subject,
                    subjectType,
                    object,
                    objectType,
                    value,
                    unit,
                    valueUsd,
                    approx,
                    direction,
                    metric,
                    role,
                    market,
                    period,
                    periodText,
                    text,
                    alt,
                    evidence,
                    confidence,
                    null,
                    null,
                    null);
        }
    }
}
