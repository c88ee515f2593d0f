package org.newsfacts.engine;

import org.newsfacts.engine.entity.Identifiers;

import java.math.BigDecimal;
import java.util.List;

/** One fact as published on {@code facts.extracted}, returned by the query API and printed by {@code ./newsfacts extract}: the shape of docs/FACTS.md, with the article id and source in its evidence. */
public record FactJson(
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
        List<Fact.Alt> alt,
        Evidence evidence,
        double confidence,
        // The company register's identifiers of the subject and object (null when unlinked): FACTS.md, Identifiers.
        Identifiers subjectIds,
        Identifiers objectIds) {

    public record Evidence(String articleId, String source, String sentence, int start, int end) {
    }

    public static FactJson of(Fact f, String articleId, String source) {
        return new FactJson(f.type(), f.subject(), f.subjectType(), f.object(), f.objectType(), f.value(), f.unit(),
                f.valueUsd(), f.approx(), f.direction(), f.metric(), f.role(), f.market(), f.period(), f.periodText(),
                f.text(), f.alt(), new Evidence(articleId, source, f.evidence().sentence(), f.evidence().start(),
                f.evidence().end()), f.confidence(), f.subjectIds(), f.objectIds());
    }
}
