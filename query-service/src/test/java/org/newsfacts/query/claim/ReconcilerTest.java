package org.newsfacts.query.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.Approx;
import org.newsfacts.model.Direction;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.query.claim.ClaimDtos.Claim;
import org.newsfacts.query.claim.ClaimDtos.Verdict;

class ReconcilerTest {

    /** Every article its own original unless its id says "copy" (then a copy of "original"). */
    private final Reconciler reconciler = new Reconciler(id -> id.startsWith("copy") ? "original" : id);

    private static Builder fact(String article, String type, String subject) {
        return new Builder(article, type, subject);
    }

    @Nested
    class Money {

        @Test
        void theSeedsInvestmentIsOneEquivalentClaim() {
            List<Claim> claims = reconciler.reconcile(List.of(
                    fact("a0", "INVESTMENT", "Alibaba Group")
                            .money("380000000000", "CNY", "53000000000")
                            .statedUsd("53000000000")
                            .approx("MORE_THAN")
                            .build(),
                    fact("a1", "INVESTMENT", "Alibaba Group")
                            .money("53000000000", "USD", "53000000000")
                            .topic("AI infrastructure")
                            .build(),
                    fact("a2", "INVESTMENT", "Alibaba Group")
                            .money("53000000000", "USD", "53000000000")
                            .build(),
                    fact("a3", "INVESTMENT", "Alibaba Group")
                            .money("52000000000", "USD", "52000000000")
                            .topic("AI and cloud")
                            .build(),
                    fact("a4", "INVESTMENT", "Alibaba Group")
                            .money("53000000000", "USD", "53000000000")
                            .build()));
            assertEquals(1, claims.size());
            Claim c = claims.get(0);
            assertEquals(Verdict.EQUIVALENT, c.verdict());
            assertEquals(5, c.articles());
            assertEquals(5, c.independentSources());
            assertEquals(0, new BigDecimal("1000000000").compareTo(c.usd().spread()));
            assertEquals("AI infrastructure", c.object());
        }

        @Test
        void sameValueEverywhereAgrees() {
            Claim c = only(
                    fact("a", "FINANCIAL_METRIC", "X")
                            .metric("REVENUE")
                            .money("10", "USD", "10")
                            .build(),
                    fact("b", "FINANCIAL_METRIC", "X")
                            .metric("REVENUE")
                            .money("10.0", "USD", "10")
                            .build());
            assertEquals(Verdict.AGREE, c.verdict());
        }

        @Test
        void beyondPrecisionConflicts() {
            Claim c = only(
                    fact("a", "FINANCIAL_METRIC", "X")
                            .metric("REVENUE")
                            .money("53000000000", "USD", "53000000000")
                            .build(),
                    fact("b", "FINANCIAL_METRIC", "X")
                            .metric("REVENUE")
                            .money("60000000000", "USD", "60000000000")
                            .build());
            assertEquals(Verdict.CONFLICT, c.verdict());
            assertTrue(
                    c.reason().contains("at most 53500000000 USD") && c.reason().contains("at least 59500000000 USD"),
                    c.reason());
        }

        @Test
        void aConvertedAmountWithinTheFxAllowanceIsEquivalent() {
            Claim c = only(
                    fact("a", "INVESTMENT", "X")
                            .money("380000000000", "CNY", "52413793103")
                            .build(),
                    fact("b", "INVESTMENT", "X")
                            .money("53000000000", "USD", "53000000000")
                            .build());
            assertEquals(Verdict.EQUIVALENT, c.verdict());
            assertTrue(c.reason().contains("currency conversion"), c.reason());
        }

        @Test
        void oneCurrencyIsComparedAsStatedWithoutConversion() {
            Claim c = only(
                    fact("a", "INVESTMENT", "X")
                            .money("380000000000", "CNY", null)
                            .build(),
                    fact("b", "INVESTMENT", "X")
                            .money("400000000000", "CNY", null)
                            .build());
            assertEquals(Verdict.CONFLICT, c.verdict());
            assertTrue(c.reason().endsWith("CNY)"), c.reason());
        }

        @Test
        void anAmountWithoutARateIsListedNotJudged() {
            Claim c = only(
                    fact("a", "INVESTMENT", "X").money("1000", "TWD", null).build(),
                    fact("b", "INVESTMENT", "X").money("30", "USD", "30").build());
            assertEquals(Verdict.AGREE, c.verdict());
            assertEquals(2, c.sources().size());
        }
    }

    @Nested
    class Grouping {

        @Test
        void aPeriodLeftUnsaidJoinsTheOneStatedElsewhere() {
            List<Claim> claims = reconciler.reconcile(List.of(
                    fact("a", "INVESTMENT", "X")
                            .money("5", "USD", "5")
                            .period("P3Y")
                            .build(),
                    fact("b", "INVESTMENT", "X")
                            .money("5", "USD", "5")
                            .period(null)
                            .build()));
            assertEquals(1, claims.size());
            assertEquals("P3Y", claims.get(0).period());
        }

        @Test
        void differentPeriodsAreDifferentClaims() {
            List<Claim> claims = reconciler.reconcile(List.of(
                    fact("a", "FINANCIAL_METRIC", "X")
                            .metric("REVENUE")
                            .money("5", "USD", "5")
                            .period("2024")
                            .build(),
                    fact("b", "FINANCIAL_METRIC", "X")
                            .metric("REVENUE")
                            .money("7", "USD", "7")
                            .period("2025")
                            .build(),
                    fact("c", "FINANCIAL_METRIC", "X")
                            .metric("REVENUE")
                            .money("7", "USD", "7")
                            .period(null)
                            .build()));
            assertEquals(3, claims.size(), "the unsaid period cannot choose between 2024 and 2025");
        }

        @Test
        void namedTargetsSplitTopicsDoNot() {
            List<Claim> claims = reconciler.reconcile(List.of(
                    fact("a", "INVESTMENT", "X").organization("Moonshot").build(),
                    fact("b", "INVESTMENT", "X").organization("Zhipu").build(),
                    fact("c", "INVESTMENT", "X")
                            .money("5", "USD", "5")
                            .topic("AI")
                            .build(),
                    fact("d", "INVESTMENT", "X")
                            .money("5", "USD", "5")
                            .topic("artificial intelligence")
                            .build()));
            assertEquals(3, claims.size());
        }

        @Test
        void nearDuplicateArticlesCountOnce() {
            Claim c = only(
                    fact("copy-1", "STOCK_MOVE", "X").percent("3", "DOWN").build(),
                    fact("copy-2", "STOCK_MOVE", "X").percent("3", "DOWN").build(),
                    fact("own", "STOCK_MOVE", "X").percent("3", "DOWN").build());
            assertEquals(3, c.articles());
            assertEquals(2, c.independentSources());
        }

        @Test
        void anArticleWithoutAKnownOriginalIsItsOwnSource() {
            Reconciler unsigned = new Reconciler(id -> id.equals("gone") ? null : "the-original");
            List<Claim> claims = unsigned.reconcile(List.of(
                    fact("gone", "STOCK_MOVE", "X").percent("3", "DOWN").build(),
                    fact("a", "STOCK_MOVE", "X").percent("3", "DOWN").build(),
                    fact("b", "STOCK_MOVE", "X").percent("3", "DOWN").build()));
            assertEquals(2, claims.get(0).independentSources());
        }

        @Test
        void aRiseAndAFallOfTheSameSizeConflict() {
            Claim c = only(
                    fact("a", "STOCK_MOVE", "X").percent("3", "DOWN").build(),
                    fact("b", "STOCK_MOVE", "X").percent("3", "UP").build());
            assertEquals(Verdict.CONFLICT, c.verdict());
        }
    }

    @Nested
    class Roles {

        @Test
        void twoCeosOfOneCompanyConflict() {
            Claim c = only(
                    fact("a", "ROLE", "Eddie Wu")
                            .organization("Alibaba Group")
                            .role("CEO")
                            .build(),
                    fact("b", "ROLE", "Jack Ma")
                            .organization("Alibaba Group")
                            .role("CEO")
                            .build(),
                    fact("c", "ROLE", "Eddie Wu")
                            .organization("Alibaba Group")
                            .role("CEO")
                            .build());
            assertEquals(Verdict.CONFLICT, c.verdict());
            assertEquals("Alibaba Group", c.subject());
            assertNull(c.object());
            assertEquals(
                    "different people named CEO of Alibaba Group: Eddie Wu (2 articles), Jack Ma (1 article)",
                    c.reason());
        }

        @Test
        void manyAnalystsOrFoundersAreNoConflict() {
            List<Claim> claims = reconciler.reconcile(List.of(
                    fact("a", "ROLE", "Alicia Yap")
                            .organization("Citigroup")
                            .role("ANALYST")
                            .build(),
                    fact("b", "ROLE", "Someone Else")
                            .organization("Citigroup")
                            .role("ANALYST")
                            .build(),
                    fact("c", "ROLE", "Jack Ma")
                            .organization("Alibaba Group")
                            .role("CO_FOUNDER")
                            .build(),
                    fact("d", "ROLE", "Jack Ma")
                            .organization("Alibaba Group")
                            .role("FOUNDER")
                            .build()));
            assertEquals(3, claims.size());
            assertTrue(claims.stream().allMatch(c -> c.verdict() == Verdict.AGREE));
            Claim founder = claims.stream()
                    .filter(c -> "FOUNDER".equals(c.role()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(2, founder.articles(), "co-founder and founder are one claim");
            assertEquals("Jack Ma", founder.object());
        }
    }

    private Claim only(ClaimFact... facts) {
        List<Claim> claims = reconciler.reconcile(List.of(facts));
        assertEquals(1, claims.size(), () -> "one claim expected: " + claims);
        return claims.get(0);
    }

    private static final class Builder {
        private final String article;
        private final String type;
        private final String subject;
        private String object;
        private String objectType;
        private BigDecimal value;
        private String unit;
        private BigDecimal valueUsd;
        private BigDecimal statedUsd;
        private String approx = "EXACT";
        private String direction;
        private String metric;
        private String role;
        private String period = "P3Y";

        Builder(String article, String type, String subject) {
            this.article = article;
            this.type = type;
            this.subject = subject;
        }

        Builder money(String v, String u, String usd) {
            value = new BigDecimal(v);
            unit = u;
            valueUsd = usd == null ? null : new BigDecimal(usd);
            return this;
        }

        Builder percent(String v, String dir) {
            value = new BigDecimal(v);
            unit = "PERCENT";
            direction = dir;
            return this;
        }

        Builder statedUsd(String usd) {
            statedUsd = new BigDecimal(usd);
            return this;
        }

        Builder approx(String a) {
            approx = a;
            return this;
        }

        Builder topic(String t) {
            object = t;
            objectType = "TOPIC";
            return this;
        }

        Builder organization(String o) {
            object = o;
            objectType = "ORGANIZATION";
            return this;
        }

        Builder metric(String m) {
            metric = m;
            return this;
        }

        Builder role(String r) {
            role = r;
            period = null;
            return this;
        }

        Builder period(String p) {
            period = p;
            return this;
        }

        ClaimFact build() {
            Fact fact = new Fact(
                    FactType.fromWire(type),
                    subject,
                    null,
                    object,
                    EntityType.fromWire(objectType),
                    value,
                    unit,
                    valueUsd,
                    value == null ? null : Approx.fromWire(approx),
                    Direction.fromWire(direction),
                    metric,
                    role,
                    null,
                    period,
                    null,
                    null,
                    statedUsd == null ? null : List.of(new Fact.Alt(statedUsd, "USD")),
                    new Fact.Evidence(article, article + ".txt", "s", 0, 1),
                    0.9,
                    null,
                    null,
                    null,
                    null);
            return new ClaimFact(fact, null, null);
        }
    }
}
