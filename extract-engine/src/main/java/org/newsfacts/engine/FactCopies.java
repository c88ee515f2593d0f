package org.newsfacts.engine;

import java.math.BigDecimal;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.Fact.RegisterIds;

/** The copies of a fact with a field or two changed that the engine's later stages make. */
public final class FactCopies {

    private FactCopies() {}

    /** The same fact with its dollar value and how it was found (FxConverter). */
    public static Fact withValueUsd(Fact f, BigDecimal usd, Fact.Fx fx) {
        return new Fact(
                f.type(),
                f.subject(),
                f.subjectType(),
                f.object(),
                f.objectType(),
                f.value(),
                f.unit(),
                usd,
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
                f.confidence(),
                f.extractorVersion(),
                fx,
                f.subjectIds(),
                f.objectIds());
    }

    /** The same reading about another subject. */
    public static Fact withSubject(Fact f, String name, EntityType type) {
        return new Fact(
                f.type(),
                name,
                type,
                f.object(),
                f.objectType(),
                f.value(),
                f.unit(),
                f.valueUsd(),
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
                f.confidence(),
                f.extractorVersion(),
                f.fx(),
                f.subjectIds(),
                f.objectIds());
    }

    /** The same reading with another object (a role's organisation). */
    public static Fact withObject(Fact f, String name, EntityType type) {
        return new Fact(
                f.type(),
                f.subject(),
                f.subjectType(),
                name,
                type,
                f.value(),
                f.unit(),
                f.valueUsd(),
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
                f.confidence(),
                f.extractorVersion(),
                f.fx(),
                f.subjectIds(),
                f.objectIds());
    }

    /** The same fact with the register's identifiers of its subject and object. */
    public static Fact withIds(Fact f, RegisterIds subject, RegisterIds object) {
        return new Fact(
                f.type(),
                f.subject(),
                f.subjectType(),
                f.object(),
                f.objectType(),
                f.value(),
                f.unit(),
                f.valueUsd(),
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
                f.confidence(),
                f.extractorVersion(),
                f.fx(),
                subject,
                object);
    }

    /** The same fact with another confidence (the learned decision's). */
    public static Fact withConfidence(Fact f, double p) {
        return new Fact(
                f.type(),
                f.subject(),
                f.subjectType(),
                f.object(),
                f.objectType(),
                f.value(),
                f.unit(),
                f.valueUsd(),
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
                p,
                f.extractorVersion(),
                f.fx(),
                f.subjectIds(),
                f.objectIds());
    }
}
