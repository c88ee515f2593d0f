package org.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * One fact on the wire, in the shape of docs/FACTS.md and contracts/fact.v1.schema.json: what
 * {@code facts.extracted} carries, the query API returns and exports, and {@code ./newsfacts extract}
 * prints. The only definition of that shape in Java (the components in the order of the JSON).
 *
 * @param extractorVersion the extractor version that made the fact: set by the query API; null, and then
 *     left out of the JSON, where the version is said once for all facts (facts.extracted) or not at all
 *     ({@code ./newsfacts extract})
 * @param fx how {@code valueUsd} was found, or why it is null; null for facts without money or in dollars
 * @param subjectIds the company register's identifiers of the subject, null when unlinked
 * @param objectIds the same of the object
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
        @JsonInclude(JsonInclude.Include.NON_NULL) String extractorVersion,
        Fx fx,
        RegisterIds subjectIds,
        RegisterIds objectIds) {

    /** The same amount stated again in another unit ("380 billion yuan ($53 billion)"). */
    public record Alt(BigDecimal value, String unit) {}

    /** The sentence that states the fact, its offsets in the article's body, and the article. */
    public record Evidence(String articleId, String source, String sentence, int start, int end) {}

    /**
     * A money fact's conversion to dollars (fact.v1 {@code fx}; docs/fx.md); dates as YYYY-MM-DD.
     *
     * @param date the day the amount is converted for: the article's date
     * @param rate units of the fact's currency per US dollar; null when unconverted
     * @param rateDate the day of the published rate used; null for {@link FxSource#ARTICLE} and when unconverted
     * @param source who published the rate; null when unconverted
     * @param unconverted why there is no dollar value; null when converted
     * @param reason the same in words; null when converted
     */
    public record Fx(
            String date, BigDecimal rate, String rateDate, FxSource source, Unconverted unconverted, String reason) {}

    /**
     * fact.v1's {@code registerIds}: the company register's canonical name, the primary listing's ticker
     * and exchange, the primary ISIN and the SEC CIK; fields the register does not know are null.
     */
    public record RegisterIds(String name, String ticker, String exchange, String isin, String cik) {}

    /**
     * The same fact with the article's id and source in its evidence. The engine finds a fact before it knows
     * the article (its evidence's {@code articleId} and {@code source} null); extract-service and {@code
     * ./newsfacts extract} fill them in when they publish it.
     */
    public Fact withEvidenceOf(String articleId, String source) {
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
                new Evidence(articleId, source, evidence.sentence(), evidence.start(), evidence.end()),
                confidence,
                extractorVersion,
                fx,
                subjectIds,
                objectIds);
    }

    /** The same fact, as made by the given extractor version. */
    public Fact withExtractorVersion(String version) {
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
                version,
                fx,
                subjectIds,
                objectIds);
    }
}
