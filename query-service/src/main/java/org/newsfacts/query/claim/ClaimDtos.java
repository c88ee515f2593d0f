package org.newsfacts.query.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.newsfacts.model.Approx;
import org.newsfacts.model.Direction;
import org.newsfacts.model.FactType;

/** The JSON shapes of /api/claims. */
public final class ClaimDtos {

    private ClaimDtos() {}

    public enum Verdict {
        /** Every source states the same value. */
        AGREE,
        /** The values differ only as currency conversion and stated precision allow. */
        EQUIVALENT,
        /** Beyond that tolerance; for ROLE, different people in a role only one person holds. */
        CONFLICT
    }

    /**
     * One thing several articles may state. For ROLE the claim is about the organization ({@code subject})
     * and its {@code role}; the people are the stated values (and, for a role many hold, such as ANALYST,
     * each person has a claim of their own, named in {@code object}).
     */
    public record Claim(
            FactType type,
            String subject,
            String object,
            String metric,
            String role,
            String market,
            String period,
            Verdict verdict,
            String reason,
            int articles,
            int independentSources,
            UsdSpread usd,
            List<Source> sources) {

        /** The claim as a summary: everything but its sources. */
        public Claim withoutSources() {
            return new Claim(
                    type,
                    subject,
                    object,
                    metric,
                    role,
                    market,
                    period,
                    verdict,
                    reason,
                    articles,
                    independentSources,
                    usd,
                    null);
        }
    }

    /** The dollar values of the sources that have one: lowest, highest, their difference and its share of the highest. */
    public record UsdSpread(BigDecimal min, BigDecimal max, BigDecimal spread, double relative) {}

    /**
     * One article's statement: its value as stated (or, for ROLE, the person; for QUOTE, the words), its
     * evidence and the fact's confidence.
     */
    public record Source(
            String articleId,
            String source,
            String outlet,
            Instant publishedAt,
            String stated,
            BigDecimal value,
            String unit,
            Approx approx,
            Direction direction,
            BigDecimal valueUsd,
            boolean usdStated,
            String period,
            String sentence,
            int start,
            int end,
            double confidence) {}
}
