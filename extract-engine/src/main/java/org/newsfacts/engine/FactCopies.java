package org.newsfacts.engine;

import java.math.BigDecimal;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.Fact.RegisterIds;

/**
 * The copies of a fact with a field or two changed that the engine's later stages make. Every copy
 * goes through {@link #copy}, the one place that lists the record's components.
 */
public final class FactCopies {

    private FactCopies() {}

    /** The same fact with its dollar value and how it was found (FxConverter). */
    public static Fact withValueUsd(Fact f, BigDecimal usd, Fact.Fx fx) {
        return copy(
                f,
                f.subject(),
                f.subjectType(),
                f.object(),
                f.objectType(),
                usd,
                f.confidence(),
                fx,
                f.subjectIds(),
                f.objectIds());
    }

    /** The same reading about another subject. */
    public static Fact withSubject(Fact f, String name, EntityType type) {
        return copy(
                f,
                name,
                type,
                f.object(),
                f.objectType(),
                f.valueUsd(),
                f.confidence(),
                f.fx(),
                f.subjectIds(),
                f.objectIds());
    }

    /** The same reading with another object (a role's organisation). */
    public static Fact withObject(Fact f, String name, EntityType type) {
        return copy(
                f,
                f.subject(),
                f.subjectType(),
                name,
                type,
                f.valueUsd(),
                f.confidence(),
                f.fx(),
                f.subjectIds(),
                f.objectIds());
    }

    /** The same fact with the company register's identifiers of its subject and object (FactIdentifiers). */
    public static Fact withIds(Fact f, RegisterIds subject, RegisterIds object) {
        return copy(
                f,
                f.subject(),
                f.subjectType(),
                f.object(),
                f.objectType(),
                f.valueUsd(),
                f.confidence(),
                f.fx(),
                subject,
                object);
    }

    /** The same fact with the decision's probability as its confidence. */
    public static Fact withConfidence(Fact f, double p) {
        return copy(
                f,
                f.subject(),
                f.subjectType(),
                f.object(),
                f.objectType(),
                f.valueUsd(),
                p,
                f.fx(),
                f.subjectIds(),
                f.objectIds());
    }

    /** {@code f} with the components the later stages change given anew; the others as they are. */
    private static Fact copy(
            Fact f,
            String subject,
            EntityType subjectType,
            String object,
            EntityType objectType,
            BigDecimal valueUsd,
            double confidence,
            Fact.Fx fx,
            RegisterIds subjectIds,
            RegisterIds objectIds) {
        return new Fact(
                f.type(),
                subject,
                subjectType,
                object,
                objectType,
                f.value(),
                f.unit(),
                valueUsd,
                f.approx(),
                f.direction(),
                f.metric(),
                f.role(),
                f.market(),
                f.period(),
                f.periodText(),
                f.text(),
                f.alt(),
                f.evidence(),
                confidence,
                f.extractorVersion(),
                fx,
                subjectIds,
                objectIds);
    }
}
