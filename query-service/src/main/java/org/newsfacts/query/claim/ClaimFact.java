package org.newsfacts.query.claim;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored fact with what reconciliation needs of its article. */
public record ClaimFact(
        String articleId,
        String source,
        String outlet,
        Instant published,
        String type,
        String subject,
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
        String text,
        BigDecimal statedUsd,
        String sentence,
        int start,
        int end,
        double confidence) {

    /** True when the article itself gave the amount in dollars (as its unit or beside another currency). */
    public boolean usdStated() {
        return "USD".equals(unit) || statedUsd != null;
    }
}
