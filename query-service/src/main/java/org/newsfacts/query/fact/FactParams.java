package org.newsfacts.query.fact;

import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.newsfacts.model.FactType;
import org.newsfacts.query.api.BadParameterException;
import org.newsfacts.query.api.Params;
import org.newsfacts.query.entity.EntityNames;
import org.newsfacts.query.entity.Identifier;

/** The fact filters shared by /api/facts and /api/facts/export, as the query string carries them. */
public class FactParams {

    /** The fact types of FACTS.md, by their wire names. */
    public static final Set<String> TYPES =
            Arrays.stream(FactType.values()).map(FactType::wire).collect(Collectors.toUnmodifiableSet());

    /** The description of every {@code minConfidence} parameter. */
    public static final String MIN_CONFIDENCE =
            "Only facts whose confidence (the probability that the fact is right) " + "is at least this, from 0 to 1";

    @QueryParam("type")
    @Parameter(description = "A FACTS.md type", schema = @Schema(implementation = FactType.class))
    public String type;

    @QueryParam("subject")
    @Parameter(
            description =
                    "The subject by its canonical name or any alias, ignoring case (\"Alibaba Group Holding Ltd\" finds Alibaba Group)")
    public String subject;

    @QueryParam("subjectTicker")
    @Parameter(
            description =
                    "Only facts whose subject is an organisation listed under this ticker (company register, docs/register.md)",
            example = "BABA")
    public String subjectTicker;

    @QueryParam("subjectIsin")
    @Parameter(description = "Only facts whose subject is an organisation with this ISIN", example = "US0378331005")
    public String subjectIsin;

    @QueryParam("subjectCik")
    @Parameter(description = "Only facts whose subject is an organisation with this SEC CIK", example = "1577552")
    public String subjectCik;

    @QueryParam("object")
    @Parameter(description = "The object by canonical name, alias or topic text")
    public String object;

    @QueryParam("metric")
    @Parameter(description = "REVENUE, NET_INCOME, … (FACTS.md)")
    public String metric;

    @QueryParam("role")
    @Parameter(description = "CEO, FOUNDER, ANALYST, … (FACTS.md)")
    public String role;

    @QueryParam("unit")
    @Parameter(description = "USD, CNY, …, PERCENT or SHARES")
    public String unit;

    @QueryParam("minUsd")
    @Parameter(description = "Only facts worth at least this many US dollars")
    public String minUsd;

    @QueryParam("maxUsd")
    @Parameter(description = "Only facts worth at most this many US dollars")
    public String maxUsd;

    @QueryParam("period")
    @Parameter(description = "An ISO period as stored (P3Y, FY2025, 2024-Q4); a year also finds its quarters and dates")
    public String period;

    @QueryParam("article")
    @Parameter(description = "An article id")
    public String article;

    @QueryParam("since")
    @Parameter(description = "Only facts extracted at or after this date or instant")
    public String since;

    @QueryParam("minConfidence")
    @Parameter(
            description = MIN_CONFIDENCE,
            schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "1"),
            example = "0.8")
    public String minConfidence;

    /**
     * Checks every parameter and resolves names to canonical names; a subject's identifier to the
     * canonical names of the organisations that carry it ({@code byIdentifier}), together with
     * {@code subject} when both are given (the facts must match both).
     */
    public FactFilter toFilter(EntityNames entities, Function<Identifier, Set<String>> byIdentifier) {
        String t = Params.oneOf("type", type, TYPES);
        Set<String> subjects = names("subject", subject, entities::canonicalNames);
        Identifier id = Identifier.of(
                "subjectTicker",
                Params.text("subjectTicker", subjectTicker, 40),
                "subjectIsin",
                Params.text("subjectIsin", subjectIsin, 40),
                "subjectCik",
                Params.text("subjectCik", subjectCik, 40));
        if (id != null) {
            Set<String> listed = new java.util.TreeSet<>(byIdentifier.apply(id));
            if (subjects != null) {
                listed.retainAll(subjects);
            }
            subjects = Set.copyOf(listed);
        }
        Set<String> objects = names("object", object, entities::canonicalNames);
        BigDecimal min = Params.decimal("minUsd", minUsd);
        BigDecimal max = Params.decimal("maxUsd", maxUsd);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new BadParameterException("minUsd", minUsd, "is greater than 'maxUsd' (" + maxUsd + ")");
        }
        String p = Params.text("period", period, 32);
        if (p != null && !p.matches("[A-Za-z0-9-]+")) {
            throw new BadParameterException(
                    "period", period, "must be an ISO period like P3Y, 2025, 2024-Q4, FY2025 or 2025-02-24");
        }
        Instant from = Params.from("since", since);
        return new FactFilter(
                t,
                subjects,
                objects,
                null,
                Params.upperSnake("metric", metric),
                Params.upperSnake("role", role),
                Params.upperSnake("unit", unit),
                min,
                max,
                p == null ? null : p.toUpperCase(),
                Params.articleId("article", article),
                from,
                Params.probability("minConfidence", minConfidence));
    }

    private static Set<String> names(String parameter, String value, Function<String, Set<String>> resolve) {
        String name = Params.text(parameter, value, 200);
        return name == null ? null : resolve.apply(name);
    }
}
