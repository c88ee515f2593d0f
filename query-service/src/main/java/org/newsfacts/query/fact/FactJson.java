package org.newsfacts.query.fact;

import java.math.BigDecimal;
import java.util.List;

/** One fact in the FACTS.md shape, as this service returns and exports it, with the version of the extractor that made it. */
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
        List<Alt> alt,
        Evidence evidence,
        double confidence,
        String extractorVersion,
        // How valueUsd was found, or why it is null (docs/fx.md); null without money or in dollars.
        Fx fx,
        // The company register's identifiers of the subject and object (fact.v1 subjectIds/objectIds), null when
        // unlinked.
        RegisterIds subjectIds,
        RegisterIds objectIds) {

    /** The same fact, as made by the given extractor version. */
    public FactJson withExtractorVersion(String version) {
        return new FactJson(
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
                version,
                fx,
                subjectIds,
                objectIds);
    }

    /** fact.v1's registerIds: the register's canonical name, the primary listing, ISIN and SEC CIK. */
    public record RegisterIds(String name, String ticker, String exchange, String isin, String cik) {}

    public record Alt(BigDecimal value, String unit) {}

    public record Evidence(String articleId, String source, String sentence, int start, int end) {}

    /** A money fact's conversion to dollars (contracts/fact.v1.schema.json "fx"); dates as YYYY-MM-DD. */
    public record Fx(String date, BigDecimal rate, String rateDate, String source, String unconverted, String reason) {}
}
