package org.newsfacts.query.claim;

import java.math.BigDecimal;
import java.time.Instant;
import org.newsfacts.model.Approx;
import org.newsfacts.model.Direction;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.query.db.Numbers;

/**
 * A stored fact with what reconciliation needs of its article (its outlet and publication time). The
 * accessors read the fact's fields for the reconciler.
 */
public record ClaimFact(Fact fact, String outlet, Instant published) {

    public String articleId() {
        return fact.evidence().articleId();
    }

    public String source() {
        return fact.evidence().source();
    }

    public FactType type() {
        return fact.type();
    }

    public String subject() {
        return fact.subject();
    }

    public String object() {
        return fact.object();
    }

    public EntityType objectType() {
        return fact.objectType();
    }

    public BigDecimal value() {
        return fact.value();
    }

    public String unit() {
        return fact.unit();
    }

    public BigDecimal valueUsd() {
        return fact.valueUsd();
    }

    public Approx approx() {
        return fact.approx();
    }

    public Direction direction() {
        return fact.direction();
    }

    public String metric() {
        return fact.metric();
    }

    public String role() {
        return fact.role();
    }

    public String market() {
        return fact.market();
    }

    public String period() {
        return fact.period();
    }

    public String text() {
        return fact.text();
    }

    public String sentence() {
        return fact.evidence().sentence();
    }

    public int start() {
        return fact.evidence().start();
    }

    public int end() {
        return fact.evidence().end();
    }

    public double confidence() {
        return fact.confidence();
    }

    /** The dollar amount the article gave beside another currency ("380 billion yuan ($53 billion)"); else null. */
    public BigDecimal statedUsd() {
        if (fact.alt() != null) {
            for (Fact.Alt a : fact.alt()) {
                if ("USD".equals(a.unit()) && a.value() != null) {
                    return Numbers.plain(a.value());
                }
            }
        }
        return null;
    }

    /** True when the article itself gave the amount in dollars (as its unit or beside another currency). */
    public boolean usdStated() {
        return "USD".equals(unit()) || statedUsd() != null;
    }
}
