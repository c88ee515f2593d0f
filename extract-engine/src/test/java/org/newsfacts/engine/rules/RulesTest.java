package org.newsfacts.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Facts;
import org.newsfacts.model.Approx;
import org.newsfacts.model.Direction;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/** One nested class per fact rule; sentences are made-up instances of the patterns, not copied articles. */
class RulesTest {

    private static void value(String expected, Fact f) {
        assertEquals(0, new BigDecimal(expected).compareTo(f.value()), f.toString());
    }

    @Nested
    class Investment {
        @Test
        void verbAmountTargetAndPeriod() {
            Fact f = Facts.one(
                    FactType.INVESTMENT,
                    "Siemens AG has committed to investing more than 2 billion euros ($2.2 billion) in "
                            + "factory automation over the next four years.");
            assertEquals("Siemens", f.subject());
            value("2000000000", f);
            assertEquals("EUR", f.unit());
            assertEquals(Approx.MORE_THAN, f.approx());
            assertEquals("P4Y", f.period());
            assertEquals("factory automation", f.object());
            assertEquals(
                    0, new BigDecimal("2200000000").compareTo(f.valueUsd()), "the stated dollar amount is valueUsd");
        }

        @Test
        void nounFormAndPossessiveOwner() {
            Fact f = Facts.one(FactType.INVESTMENT, "Toyota's $1.5 billion bet on battery plants surprised analysts.");
            assertEquals("Toyota", f.subject());
            value("1500000000", f);
        }

        @Test
        void respectivelyPairsSubjectsWithAmounts() {
            List<Fact> f = Facts.of(
                    FactType.INVESTMENT,
                    "Sony and Nintendo plan to spend $4 billion and $2 billion respectively on games through 2027.");
            assertEquals(2, f.size(), f.toString());
            assertEquals("Sony", f.get(0).subject());
            value("4000000000", f.get(0));
            assertEquals("Nintendo", f.get(1).subject());
            value("2000000000", f.get(1));
        }

        @Test
        void examplesAreNotSubjectsButRelativeClausesAre() {
            Fact f = Facts.one(
                    FactType.INVESTMENT,
                    "It trails rivals such as Oracle, which plans to invest $9 billion in cloud this year.");
            assertEquals("Oracle", f.subject());
        }

        @Test
        void intoNamedCompaniesWithoutAmount() {
            List<Fact> f = Facts.of(
                    FactType.INVESTMENT,
                    "Tencent has invested in several young firms, including Kuaishou and Meituan.");
            assertEquals(
                    List.of("Kuaishou", "Meituan"), f.stream().map(Fact::object).toList());
            assertTrue(Facts.of(FactType.INVESTMENT, "Tencent is making big investments in data centres.")
                    .isEmpty());
        }
    }

    @Nested
    class Funding {
        @Test
        void roundAndLeadInvestor() {
            Fact f = Facts.one(
                    FactType.FUNDING, "Mistral raised $640 million in a Series B round led by Andreessen Horowitz.");
            assertEquals("Mistral", f.subject());
            assertEquals("SERIES_B", f.metric());
            assertEquals("Andreessen Horowitz", f.object());
            value("640000000", f);
        }
    }

    @Nested
    class Acquisition {
        @Test
        void activeNounAndPassiveForms() {
            Fact a = Facts.one(FactType.ACQUISITION, "Vodafone agreed to buy Mannesmann for £100bn.");
            assertEquals("Vodafone", a.subject());
            assertEquals("Mannesmann", a.object());
            value("100000000000", a);
            Fact b = Facts.one(
                    FactType.ACQUISITION, "Glazer's £800m takeover of Manchester United Group was completed.");
            assertEquals("Glazer", b.subject());
            Fact c = Facts.one(FactType.ACQUISITION, "Mannesmann was bought by Vodafone in 2000.");
            assertEquals("Vodafone", c.subject());
            assertEquals("Mannesmann", c.object());
            assertNull(c.value());
        }
    }

    @Nested
    class StockMove {
        @Test
        void verbAndNounFormsWithMarketAndDirection() {
            Fact a = Facts.one(FactType.STOCK_MOVE, "Shares in Rolls-Royce Group fell 4.5% in London on Tuesday.");
            assertEquals(Direction.DOWN, a.direction());
            value("4.5", a);
            assertEquals("London", a.market());
            Fact b = Facts.one(FactType.STOCK_MOVE, "The results led to a 7% rise in Toyota's Tokyo shares.");
            assertEquals("Toyota", b.subject());
            assertEquals(Direction.UP, b.direction());
            assertEquals("Tokyo", b.market());
        }

        @Test
        void aSecondMoveInTheSameSentenceAndTheFocusCompany() {
            List<Fact> f = Facts.of(
                    FactType.STOCK_MOVE,
                    "Tesco reported sales. Shares surged 6% on the news and have gained nearly 20% this year.");
            assertEquals(2, f.size(), f.toString());
            assertEquals("Tesco", f.get(1).subject());
            assertEquals(Approx.ABOUT, f.get(1).approx());
        }

        @Test
        void marketShareIsNotAStockMove() {
            assertTrue(Facts.of(FactType.STOCK_MOVE, "Nokia's market share fell 3% last year.")
                    .isEmpty());
        }
    }

    @Nested
    class Metric {
        @Test
        void changeThenLevelAndASecondMetric() {
            List<Fact> f =
                    Facts.of("Honda said its revenue rose by 5% to $40 billion, and net profit reached $2.1 billion.");
            assertEquals(
                    List.of(
                            "METRIC_CHANGE:REVENUE:5",
                            "FINANCIAL_METRIC:REVENUE:40000000000",
                            "FINANCIAL_METRIC:NET_INCOME:2100000000"),
                    f.stream()
                            .map(x -> x.type() + ":" + x.metric() + ":"
                                    + x.value().toPlainString())
                            .toList());
            assertEquals("Honda", f.get(2).subject());
        }

        @Test
        void levelWithAlternativeThenUpAndQuarterFromContext() {
            List<Fact> f = Facts.of(
                    "Sony released its third quarter 2024 results. Revenue hit ¥3.1tn (€19bn), up 4% year over year.");
            Fact level = f.stream()
                    .filter(x -> x.type() == FactType.FINANCIAL_METRIC)
                    .findFirst()
                    .orElseThrow();
            assertEquals("Sony", level.subject());
            assertEquals("EUR", level.alt().get(0).unit());
            Fact change = f.stream()
                    .filter(x -> x.type() == FactType.METRIC_CHANGE)
                    .findFirst()
                    .orElseThrow();
            assertEquals(Direction.UP, change.direction());
        }

        @Test
        void lossesAreNegativeAndEstimatesAreMarked() {
            Fact loss = Facts.one(FactType.FINANCIAL_METRIC, "Marconi made a pre-tax loss of £50m.");
            assertEquals("PRE_TAX_PROFIT", loss.metric());
            value("-50000000", loss);
            Fact est = Facts.one(FactType.FINANCIAL_METRIC, "Analysts had expected BP's profit to be $5bn.");
            assertEquals("NET_INCOME_ESTIMATE", est.metric());
        }

        @Test
        void percentGrowthNounAndMoneyChange() {
            Fact g = Facts.one(
                    FactType.METRIC_CHANGE, "While Oracle leads, its 6% year-on-year revenue growth disappointed.");
            assertEquals("Oracle", g.subject());
            assertEquals(Direction.UP, g.direction());
            Fact mv = Facts.one(
                    FactType.METRIC_CHANGE, "Nvidia's market value has climbed by over $200 billion in 2024.");
            assertEquals("MARKET_VALUE", mv.metric());
            assertEquals(Approx.MORE_THAN, mv.approx());
            assertEquals("2024", mv.period());
        }
    }

    @Nested
    class MarketShare {
        @Test
        void shareWithMarketFromContext() {
            Fact f = Facts.one(
                    FactType.MARKET_SHARE, "Naver, Korea's leading search provider with a 60% market share, grew.");
            assertEquals("Naver", f.subject());
            assertEquals("South Korea search market", f.object());
            value("60", f);
        }
    }

    @Nested
    class Role {
        @Test
        void everyTitleForm() {
            assertEquals("Oracle|CEO", role("Oracle CEO Larry Ellison spoke."));
            assertEquals("Toyota|CHAIRMAN", role("Toyota's chairman, Akio Toyoda, spoke."));
            assertEquals("Intel|CFO", role("David Zinsner, chief financial officer of Intel, spoke."));
            assertEquals("Amazon|FOUNDER", role("Amazon, founded by Jeff Bezos, grew."));
            assertEquals("null|INVESTOR", role("Carl Icahn, a famous investor, spoke."));
            assertEquals("Tesco|CEO", role("Tesco grew. CEO Dave Lewis spoke."));
            assertEquals("Tesco|CEO", role("Tesco will grow, CEO Dave Lewis said."));
        }

        @Test
        void pluralTitlesGiveOneFactPerPerson() {
            assertEquals(
                    2,
                    Facts.of(FactType.ROLE, "Barclays analysts Mary Smith and John Brown disagreed.")
                            .size());
        }

        private String role(String text) {
            Fact f = Facts.one(FactType.ROLE, text);
            return f.object() + "|" + f.role();
        }
    }

    @Nested
    class QuoteRuleTest {
        @Test
        void speakerAfterBeforeOrByPronounAndAnonymous() {
            assertEquals(
                    "Jane Fraser",
                    Facts.one(
                                    FactType.QUOTE,
                                    "Jane Fraser runs it. “We are very pleased with the results,” Fraser said.")
                            .subject());
            assertEquals(
                    "Jane Fraser",
                    Facts.one(FactType.QUOTE, "Jane Fraser spoke. She said, “Our plan is working well.”")
                            .subject());
            assertTrue(
                    Facts.of(FactType.QUOTE, "“It is a bubble and it will burst,” one banker said.")
                            .isEmpty(),
                    "an anonymous speaker gives no fact");
        }

        @Test
        void scareQuotesAreNotQuotations() {
            assertTrue(Facts.of(FactType.QUOTE, "The so-called “co-scientist” tool is new.")
                    .isEmpty());
        }
    }

    @Nested
    class Stake {
        @Test
        void valueSharesListAndOwns() {
            Fact f = Facts.one(
                    FactType.STAKE,
                    "Carl Icahn has raised his stake in Apple to about $4 billion, holding nearly nine million shares.");
            assertEquals("Carl Icahn", f.subject());
            assertEquals("Apple", f.object());
            assertEquals("SHARES", f.alt().get(0).unit());
            assertEquals(
                    3,
                    Facts.of(FactType.STAKE, "Carl Icahn's record includes stakes in Netflix, Dell, and eBay.")
                            .size());
            Fact owns = Facts.one(FactType.STAKE, "Time Warner owns 5% of Google.");
            assertEquals("Google", owns.object());
            value("5", owns);
        }
    }

    @Nested
    class Partnership {
        @Test
        void twoOrganisationsAndACue() {
            Fact f = Facts.one(FactType.PARTNERSHIP, "Samsung has teamed up with Google to build phones.");
            assertEquals("Samsung Electronics", f.subject());
            assertEquals("Google", f.object());
            assertTrue(Facts.of(FactType.PARTNERSHIP, "Samsung competes with Google and Apple.")
                    .isEmpty());
        }
    }

    @Nested
    class Merge {
        @Test
        void aRestatedClaimIsOneFactWithItsFirstEvidenceAndTheOtherCurrencyAsAlternative() {
            List<Fact> f = Facts.of(
                    FactType.INVESTMENT,
                    "Baidu will invest 70 billion yuan ($10 billion) in AI over three years. "
                            + "Baidu's $10 billion investment is large.");
            assertEquals(1, f.size(), f.toString());
            assertEquals("CNY", f.get(0).unit());
            assertEquals(0, new BigDecimal("10000000000").compareTo(f.get(0).valueUsd()));
            assertEquals(0, f.get(0).evidence().start());
        }
    }
}
