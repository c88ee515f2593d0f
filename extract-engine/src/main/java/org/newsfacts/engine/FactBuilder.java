package org.newsfacts.engine;

import java.math.BigDecimal;
import java.util.List;
import org.newsfacts.model.Approx;
import org.newsfacts.model.Direction;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.Fact.Alt;
import org.newsfacts.model.Fact.Evidence;
import org.newsfacts.model.FactType;

/**
 * A fact ({@link Fact}, the one definition of its shape) as a rule makes it: most facts fill a few fields
 * only. The engine does not know the article: its facts' evidence has no article id or source (see {@link
 * #evidence}; {@link Fact#withEvidenceOf} fills them in), and no extractor version.
 */
public final class FactBuilder {
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

    private FactBuilder(FactType type, String subject, Evidence evidence) {
        this.type = type;
        this.subject = subject;
        this.evidence = evidence;
    }

    public static FactBuilder of(FactType type, String subject, Evidence evidence) {
        return new FactBuilder(type, subject, evidence);
    }

    /** The sentence that states a fact and its offsets in the body, the article not yet known. */
    public static Evidence evidence(String sentence, int start, int end) {
        return new Evidence(null, null, sentence, start, end);
    }

    public FactBuilder subjectType(EntityType v) {
        subjectType = v;
        return this;
    }

    public FactBuilder object(String v, EntityType type) {
        object = v;
        objectType = type;
        return this;
    }

    public FactBuilder money(BigDecimal v, String currency, Approx approximation) {
        value = v;
        unit = currency;
        approx = approximation;
        return this;
    }

    public FactBuilder valueUsd(BigDecimal v) {
        valueUsd = v;
        return this;
    }

    public FactBuilder direction(Direction v) {
        direction = v;
        return this;
    }

    public FactBuilder metric(String v) {
        metric = v;
        return this;
    }

    public FactBuilder role(String v) {
        role = v;
        return this;
    }

    public FactBuilder market(String v) {
        market = v;
        return this;
    }

    public FactBuilder period(String iso, String words) {
        period = iso;
        periodText = words;
        return this;
    }

    public FactBuilder text(String v) {
        text = v;
        return this;
    }

    public FactBuilder alt(List<Alt> v) {
        alt = v;
        return this;
    }

    public FactBuilder confidence(double v) {
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
                null,
                null);
    }
}
