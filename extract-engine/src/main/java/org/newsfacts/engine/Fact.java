package org.newsfacts.engine;

import java.math.BigDecimal;
import java.util.List;
import org.newsfacts.engine.entity.Identifiers;
import org.newsfacts.engine.fx.FxConversion;

/**
 * One fact in the shape of FACTS.md, as the engine finds it; the service adds the article id and
 * source to its evidence.
 */
public record Fact(
        String type,
        String subject,
        String subjectType,
        String object,
        String objectType,
        BigDecimal value,
        String unit,
        BigDecimal valueUsd,
        String approx,
        String direction,
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
        Identifiers subjectIds,
        Identifiers objectIds) {

    /** The same amount stated again in another unit. */
    public record Alt(BigDecimal value, String unit) {}

    /** The sentence that states the fact and its offsets in the body. */
    public record Evidence(String sentence, int start, int end) {}

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
    public Fact withSubject(String name, String type) {
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
    public Fact withObject(String name, String type) {
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
    public Fact withIds(Identifiers subject, Identifiers object) {
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

    public static Builder builder(String type, String subject, Evidence evidence) {
        return new Builder(type, subject, evidence);
    }

    /** Most facts fill a few fields only. */
    public static final class Builder {
        private final String type;
        private final String subject;
        private final Evidence evidence;
        private String subjectType;
        private String object;
        private String objectType;
        private BigDecimal value;
        private String unit;
        private BigDecimal valueUsd;
        private String approx;
        private String direction;
        private String metric;
        private String role;
        private String market;
        private String period;
        private String periodText;
        private String text;
        private List<Alt> alt;
        private double confidence = 0.5;

        private Builder(String type, String subject, Evidence evidence) {
            this.type = type;
            this.subject = subject;
            this.evidence = evidence;
        }

        public Builder subjectType(String v) {
            subjectType = v;
            return this;
        }

        public Builder object(String v, String type) {
            object = v;
            objectType = type;
            return this;
        }

        public Builder money(BigDecimal v, String currency, String approximation) {
            value = v;
            unit = currency;
            approx = approximation;
            return this;
        }

        public Builder valueUsd(BigDecimal v) {
            valueUsd = v;
            return this;
        }

        public Builder direction(String v) {
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
