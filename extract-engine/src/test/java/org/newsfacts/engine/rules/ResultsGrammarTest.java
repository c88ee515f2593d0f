package org.newsfacts.engine.rules;

import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Fact;
import org.newsfacts.engine.Facts;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The results grammar of MetricRule on sentences written for these tests. */
class ResultsGrammarTest {

    private static final String LEAD = "Quillane Group has reported its annual results. ";

    private static List<String> brief(String text) {
        return Facts.of(LEAD + text).stream()
                .filter(f -> f.type().equals("FINANCIAL_METRIC") || f.type().equals("METRIC_CHANGE"))
                .map(f -> f.type().charAt(0) + " " + f.subject() + " " + f.metric() + " " + f.value().stripTrailingZeros().toPlainString()
                        + " " + f.unit() + (f.direction() == null ? "" : " " + f.direction()))
                .toList();
    }

    @Test
    void aChangeTheLevelNowAndTheLevelBeforeFromOneSentence() {
        assertEquals(List.of("M Quillane Group REVENUE 6 PERCENT DOWN", "F Quillane Group REVENUE 2600000000 GBP",
                        "F Quillane Group REVENUE 2450000000 GBP"),
                brief("Sales slipped 6% from £2.6bn in 2003 to £2.45bn in 2004."));
    }

    @Test
    void aNounChangeBeforeTheMetricAndThePriorAfterFrom() {
        assertEquals(List.of("M Quillane Group NET_INCOME 18 PERCENT UP", "F Quillane Group NET_INCOME 95000000 GBP",
                        "F Quillane Group NET_INCOME 80500000 GBP"),
                brief("It posted an 18% rise in profits to £95m from the £80.5m seen a year earlier."));
    }

    @Test
    void analystsFiguresAreEstimatesAndAPlainProfitKeepsTheLineTheArticleNamed() {
        assertEquals(List.of("M Quillane Group PRE_TAX_PROFIT 9 PERCENT UP", "F Quillane Group PRE_TAX_PROFIT 210000000 GBP",
                        "F Quillane Group PRE_TAX_PROFIT_ESTIMATE 205000000 GBP", "F Quillane Group PRE_TAX_PROFIT 190000000 GBP"),
                brief("Pre-tax profits rose 9% to reach £210m, ahead of analysts' forecasts of £205m. "
                        + "Full-year profits were £190m in 2003."));
    }

    @Test
    void aLossIsANegativeLevelAlsoAsThePriorFigure() {
        assertEquals(List.of("F Quillane Group OPERATING_INCOME 300000000 EUR", "F Quillane Group OPERATING_INCOME -120000000 EUR"),
                brief("Operating profit was 300m euros, compared with a loss of 120m euros a year earlier."));
        assertEquals(List.of("F Quillane Group NET_INCOME -45000000 USD"), brief("It made a net loss of $45m in the quarter."));
    }

    @Test
    void perShareAmountsAreEpsAndDividendsAndACurrencyConversionIsTheSameFact() {
        assertEquals(List.of("F Quillane Group EPS 0.52 USD", "F Quillane Group EPS_ESTIMATE 0.49 USD"),
                brief("Earnings per share were 52 cents, above consensus estimates of 49 cents."));
        List<Fact> level = Facts.of("FINANCIAL_METRIC", LEAD + "Revenue was 4.1bn kronor (£310m) in the quarter.");
        assertEquals(1, level.size(), level.toString());
        assertEquals("SEK", level.get(0).unit());
        assertEquals(new BigDecimal("310000000"), level.get(0).alt().get(0).value().stripTrailingZeros().setScale(0));
    }

    @Test
    void moneyMovesAndSharePriceLevels() {
        assertEquals(List.of("M Quillane Group REVENUE 900000000 USD UP", "F Quillane Group REVENUE 12300000000 USD"),
                brief("Turnover rose $900m to $12.3bn."));
        assertTrue(brief("Quillane shares fell 4% to 215 pence in London.").contains("F Quillane Group SHARE_PRICE 2.15 GBP"));
    }

    @Test
    void marginsAndPlainCountsAreNoFacts() {
        assertEquals(List.of(), brief("Its operating margin rose to 14.2% from 13.1%."));
    }

    @Test
    void aMoneyLossBeforeTheMetricAndAVerbBeforeTheMetricGiveTheDirection() {
        assertEquals(List.of("F Quillane Group OPERATING_INCOME -600000000 EUR"),
                brief("It is expected to make a 600m euro operating loss this year."));
        assertEquals(List.of("M Quillane Group DIVIDEND_PER_SHARE 15 PERCENT UP", "F Quillane Group DIVIDEND_PER_SHARE 0.3 EUR"),
                brief("Quillane increased its dividend payment by 15% to 30 euro cents."));
    }

    @Test
    void aChangeNamedAfterItsFigureAndMoneyMovesOfASharePrice() {
        assertEquals(List.of("M Quillane Group NET_INCOME 4.5 PERCENT UP", "F Quillane Group NET_INCOME 12100000000 EUR"),
                brief("Higher demand boosted Quillane's profits, which showed a 4.5% rise to 12.1bn euros ($15.2bn; £8.3bn)."));
        assertEquals(List.of("M Quillane Group SHARE_PRICE 0.35 GBP DOWN", "F Quillane Group SHARE_PRICE 8.15 GBP"),
                brief("Quillane's shares were 35 pence lower at 815p by midday."));
    }

    @Test
    void theCompanysOwnForecastIsGuidanceAndAnalystsFiguresAreEstimates() {
        assertEquals(List.of("F Quillane Group REVENUE 5100000000 USD", "F Quillane Group EPS 2.1 USD"),
                brief("Quillane now forecasts 2006 revenue of $5.1bn to $5.3bn and earnings of $2.10 to $2.20 per share."));
        assertEquals(List.of("F Quillane Group REVENUE_ESTIMATE 5400000000 USD"),
                brief("Analysts had previously estimated that Quillane would achieve 2006 revenues of $5.4bn."));
    }

    @Test
    void thePriorLossAfterThanAndRevenuesAtADescribedCompany() {
        assertEquals(List.of("F Quillane Group NET_INCOME -540000000 USD", "F Quillane Group NET_INCOME -900000000 USD"),
                brief("For the full year, Quillane posted a loss of $540m, lower than 2003's $900m loss."));
        assertEquals(List.of("M Quillane Group REVENUE 9 PERCENT DOWN"), brief("Revenues at food group Quillane slipped 9% during 2004."));
    }

    @Test
    void aSegmentWordOrAnAdverbBeforeABareMetricKeepsTheFocusButAnIndustryDoesNot() {
        assertEquals(List.of("M Quillane Group REVENUE 3 PERCENT UP"), brief("Drinks sales were up 3% in the year."));
        assertEquals(List.of("M Quillane Group REVENUE 5 PERCENT UP", "F Quillane Group REVENUE 21000000000 DKK"),
                brief("Nevertheless, total sales increased 5% to 21bn kroner."));
        assertEquals(List.of(), brief("Industry sales were up 3% in the year."));
    }

    @Test
    void anotherCompanysFigureIsThatCompanys() {
        List<Fact> f = Facts.of("METRIC_CHANGE", LEAD + "Its 4% revenue growth pales next to Hartwell's 28% surge.");
        assertEquals(2, f.size(), f.toString());
        assertEquals("Hartwell", f.get(1).subject());
    }

    @Test
    void analystsExpectationsWithoutACompanyNameAreTheFocusCompanys() {
        assertEquals(List.of("F Quillane Group REVENUE_ESTIMATE 447000000 USD"),
                brief("Analysts were expecting revenue of $447 million, according to Refinitiv data."));
        assertEquals(List.of("M Quillane Group REVENUE 6.5 PERCENT UP", "M Quillane Group REVENUE_ESTIMATE 4.7 PERCENT UP"),
                brief("Same-store sales rose 6.5%, beating estimates of a 4.7% jump."));
    }

    @Test
    void anAmountHeldInAMetricPerShareFiguresAndTheEarlierProfit() {
        assertEquals(List.of("F Quillane Group FREE_CASH_FLOW 4450000000 USD", "F Quillane Group FREE_CASH_FLOW 8510000000 USD"),
                brief("Quillane had $4.45 billion in free cash flow, compared with $8.51 billion a year ago."));
        assertEquals(List.of("F Quillane Group NET_INCOME 1020000000 USD", "F Quillane Group EPS 0.25 USD",
                        "F Quillane Group NET_INCOME 6820000000 USD", "F Quillane Group EPS 1.67 USD"),
                brief("Net income was $1.02 billion, or 25 cents per share, compared with a profit of $6.82 billion, or $1.67 per share, a year earlier."));
        assertEquals(List.of("F Quillane Group NET_INCOME -45000000 USD", "F Quillane Group NET_INCOME -26000000 USD"),
                brief("Net loss, however, widened to $45 million from $26 million."));
    }

    @Test
    void aValuationAndAHypotheticalOne() {
        List<Fact> f = Facts.of("FINANCIAL_METRIC", LEAD + "The listing values Quillane at $16.7 billion. A bid would have valued Hartwell at $9 billion.");
        assertEquals(List.of("MARKET_VALUE", "IMPLIED_VALUATION"), f.stream().map(Fact::metric).toList());
    }
}
