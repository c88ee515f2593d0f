package org.newsfacts.engine;

import java.math.BigDecimal;
import java.util.List;
import org.newsfacts.engine.entity.Identifiers;
import org.newsfacts.engine.fx.FxConversion;

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
        // How valueUsd was found, or why it is null; null for facts without money or in dollars: FACTS.md, Fx.
        Fx fx,
        // The company register's identifiers of the subject and object (null when unlinked): FACTS.md, Identifiers.
        Identifiers subjectIds,
        Identifiers objectIds) {

    public record Evidence(String articleId, String source, String sentence, int start, int end) {}

    /** A money fact's conversion to dollars as published (contracts/fact.v1.schema.json, docs/fx.md); dates as YYYY-MM-DD. */
    public record Fx(String date, BigDecimal rate, String rateDate, String source, String unconverted, String reason) {

        public static Fx of(FxConversion c) {
            return c == null
                    ? null
                    : new Fx(
                            text(c.date()),
                            c.rate(),
                            text(c.rateDate()),
                            c.source() == null ? null : c.source().name(),
                            c.unconverted() == null ? null : c.unconverted().name(),
                            c.reason());
        }

        private static String text(java.time.LocalDate day) {
            return day == null ? null : day.toString();
        }
    }

    public static FactJson of(Fact f, String articleId, String source) {
        return new FactJson(
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
                new Evidence(
                        articleId,
                        source,
                        f.evidence().sentence(),
                        f.evidence().start(),
                        f.evidence().end()),
                f.confidence(),
                Fx.of(f.fx()),
                f.subjectIds(),
                f.objectIds());
    }
}
