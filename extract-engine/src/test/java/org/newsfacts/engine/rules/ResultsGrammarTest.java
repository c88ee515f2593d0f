package org.newsfacts.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Facts;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/** The results grammar of MetricRule on sentences written for these tests. */
class ResultsGrammarTest {

    private static final String LEAD = "Quillane Group has reported its annual results. ";

    private static List<String> brief(String text) {
        return Facts.of(LEAD + text).stream()
                .filter(f -> f.type() == FactType.FINANCIAL_METRIC || f.type() == FactType.METRIC_CHANGE)
                .map(f -> f.type().wire().charAt(0) + " " + f.subject() + " " + f.metric() + " "
                        + f.value().stripTrailingZeros().toPlainString() + " " + f.unit()
                        + (f.direction() == null ? "" : " " + f.direction()))
                .toList();
    }

    @Test
    void aChangeTheLevelNowAndTheLevelBeforeFromOneSentence() {
        assertEquals(
                List.of(
                        "M Quillane Group REVENUE 6 PERCENT DOWN",
                        "F Quillane Group REVENUE 2600000000 GBP",
                        "F Quillane Group REVENUE 2450000000 GBP"),
                brief("Turnover dropped 6% from £2.6bn to £2.45bn last year."));
    }

    @Test
    void aNounChangeBeforeTheMetricAndThePriorAfterFrom() {
        assertEquals(
                List.of(
                        "M Quillane Group NET_INCOME 18 PERCENT UP",
                        "F Quillane Group NET_INCOME 95000000 GBP",
                        "F Quillane Group NET_INCOME 80500000 GBP"),
                brief("It reported an 18% increase in profits, to £95m from £80.5m."));
    }

    @Test
    void analystsFiguresAreEstimatesAndAPlainProfitKeepsTheLineTheArticleNamed() {
        assertEquals(
                List.of(
                        "M Quillane Group PRE_TAX_PROFIT 9 PERCENT UP",
                        "F Quillane Group PRE_TAX_PROFIT 210000000 GBP",
                        "F Quillane Group PRE_TAX_PROFIT_ESTIMATE 205000000 GBP",
                        "F Quillane Group PRE_TAX_PROFIT 190000000 GBP"),
                brief("Pre-tax profits climbed 9% to £210m, above consensus estimates of £205m. "
                        + "Full-year profits were £190m in 2003."));
    }

    @Test
    void aLossIsANegativeLevelAlsoAsThePriorFigure() {
        assertEquals(
                List.of(
                        "F Quillane Group OPERATING_INCOME 300000000 EUR",
                        "F Quillane Group OPERATING_INCOME -120000000 EUR"),
                brief("Operating profit came to 300m euros against a loss of 120m euros in 2003."));
        assertEquals(
                List.of("F Quillane Group NET_INCOME -45000000 USD"),
                brief("It made a net loss of $45m in the quarter."));
    }

    @Test
    void perShareAmountsAreEpsAndDividendsAndACurrencyConversionIsTheSameFact() {
        assertEquals(
                List.of("F Quillane Group EPS 0.52 USD", "F Quillane Group EPS_ESTIMATE 0.49 USD"),
                brief("Earnings per share were 52 cents, above consensus estimates of 49 cents."));
        List<Fact> level =
                Facts.of(FactType.FINANCIAL_METRIC, LEAD + "Revenue was 4.1bn kronor (£310m) in the quarter.");
        assertEquals(1, level.size(), level.toString());
        assertEquals("SEK", level.get(0).unit());
        assertEquals(
                new BigDecimal("310000000"),
                level.get(0).alt().get(0).value().stripTrailingZeros().setScale(0));
    }

    @Test
    void moneyMovesAndSharePriceLevels() {
        assertEquals(
                List.of("M Quillane Group REVENUE 900000000 USD UP", "F Quillane Group REVENUE 12300000000 USD"),
                brief("Turnover rose $900m to $12.3bn."));
        assertTrue(brief("Quillane shares fell 4% to 215 pence in London.")
                .contains("F Quillane Group SHARE_PRICE 2.15 GBP"));
    }

    @Test
    void marginsAndPlainCountsAreNoFacts() {
        assertEquals(List.of(), brief("Its operating margin rose to 14.2% from 13.1%."));
    }

    @Test
    void aMoneyLossBeforeTheMetricAndAVerbBeforeTheMetricGiveTheDirection() {
        assertEquals(
                List.of("F Quillane Group OPERATING_INCOME -600000000 EUR"),
                brief("It now sees a 600m euro operating loss for the year."));
        assertEquals(
                List.of(
                        "M Quillane Group DIVIDEND_PER_SHARE 15 PERCENT UP",
                        "F Quillane Group DIVIDEND_PER_SHARE 0.3 EUR"),
                brief("Quillane raised its annual dividend by 15% to 30 euro cents a share."));
    }

    @Test
    void aChangeNamedAfterItsFigureAndMoneyMovesOfASharePrice() {
        assertEquals(
                List.of("M Quillane Group NET_INCOME 4.5 PERCENT UP", "F Quillane Group NET_INCOME 12100000000 EUR"),
                brief(
                        "Quillane's profits, which posted a 4.5% gain to 12.1bn euros ($15.2bn; £8.3bn), beat forecasts."));
        assertEquals(
                List.of("M Quillane Group SHARE_PRICE 0.35 GBP DOWN", "F Quillane Group SHARE_PRICE 8.15 GBP"),
                brief("Quillane stock ended 35 pence lower at 815p."));
    }

    @Test
    void theCompanysOwnForecastIsGuidanceAndAnalystsFiguresAreEstimates() {
        assertEquals(
                List.of("F Quillane Group REVENUE 5100000000 USD", "F Quillane Group EPS 2.1 USD"),
                brief(
                        "For 2006 Quillane expects revenue of $5.1bn to $5.3bn, with earnings of $2.10 to $2.20 per share."));
        assertEquals(
                List.of("F Quillane Group REVENUE_ESTIMATE 5400000000 USD"),
                brief("Before the results, analysts had estimated revenues for 2006 of $5.4bn."));
    }

    @Test
    void thePriorLossAfterThanAndRevenuesAtADescribedCompany() {
        assertEquals(
                List.of("F Quillane Group NET_INCOME -540000000 USD", "F Quillane Group NET_INCOME -900000000 USD"),
                brief("Quillane's annual loss shrank to $540m, smaller than 2003's $900m loss."));
        assertEquals(
                List.of("M Quillane Group REVENUE 9 PERCENT DOWN"),
                brief("Sales at the food group Quillane fell 9% last year."));
    }

    @Test
    void aSegmentWordOrAnAdverbBeforeABareMetricKeepsTheFocusButAnIndustryDoesNot() {
        assertEquals(List.of("M Quillane Group REVENUE 3 PERCENT UP"), brief("Snack sales grew 3% in the year."));
        assertEquals(
                List.of("M Quillane Group REVENUE 5 PERCENT UP", "F Quillane Group REVENUE 21000000000 DKK"),
                brief("Still, group sales climbed 5% to 21bn kroner."));
        assertEquals(List.of(), brief("Industry sales were up 3% in the year."));
    }

    @Test
    void anotherCompanysFigureIsThatCompanys() {
        List<Fact> f =
                Facts.of(FactType.METRIC_CHANGE, LEAD + "Its 4% revenue growth pales next to Hartwell's 28% surge.");
        assertEquals(2, f.size(), f.toString());
        assertEquals("Hartwell", f.get(1).subject());
    }

    @Test
    void analystsExpectationsWithoutACompanyNameAreTheFocusCompanys() {
        assertEquals(
                List.of("F Quillane Group REVENUE_ESTIMATE 212000000 USD"),
                brief("On average, analysts had forecast turnover of $212 million, according to FactSet data."));
        assertEquals(
                List.of("M Quillane Group REVENUE 3.1 PERCENT UP", "M Quillane Group REVENUE_ESTIMATE 2.2 PERCENT UP"),
                brief("Comparable sales grew 3.1%, ahead of estimates of a 2.2% rise."));
    }

    @Test
    void anAmountHeldInAMetricPerShareFiguresAndTheEarlierProfit() {
        assertEquals(
                List.of(
                        "F Quillane Group FREE_CASH_FLOW 1200000000 USD",
                        "F Quillane Group FREE_CASH_FLOW 900000000 USD"),
                brief("Quillane generated $1.2 billion in free cash flow, against $900 million a year earlier."));
        assertEquals(
                List.of(
                        "F Quillane Group NET_INCOME 640000000 USD",
                        "F Quillane Group EPS 0.41 USD",
                        "F Quillane Group NET_INCOME 1300000000 USD",
                        "F Quillane Group EPS 0.83 USD"),
                brief(
                        "Net income was $640 million, or 41 cents per share, compared with a profit of $1.3 billion, or 83 cents per share, a year earlier."));
        assertEquals(
                List.of(
                        "F Quillane Group OPERATING_INCOME -18000000 USD",
                        "F Quillane Group OPERATING_INCOME -11000000 USD"),
                brief("Operating losses, meanwhile, grew to $18 million from $11 million."));
    }

    @Test
    void aValuationAndAHypotheticalOne() {
        List<Fact> f = Facts.of(
                FactType.FINANCIAL_METRIC,
                LEAD + "The offering values Quillane at $8.2 billion. A bid would have valued Hartwell at $9 billion.");
        assertEquals(
                List.of("MARKET_VALUE", "IMPLIED_VALUATION"),
                f.stream().map(Fact::metric).toList());
    }

    @Test
    void aBareMetricOpeningALaterClauseIsTheFocusCompanys() {
        assertEquals(
                List.of(
                        "F Quillane Group EBITDA 41200000 EUR",
                        "M Quillane Group REVENUE 12 PERCENT UP",
                        "F Quillane Group REVENUE 96000000 EUR"),
                brief(
                        "Earnings before interest, tax, depreciation and amortisation (EBITDA) fell to 41.2 million euros in the half, "
                                + "while sales climbed 12% to 96 million euros."));
        assertEquals(
                List.of("M Quillane Group NET_INCOME 15 PERCENT UP", "F Quillane Group NET_INCOME 30000000 USD"),
                brief("Despite reporting net profits up 15% at $30m, the board cut jobs."));
    }

    @Test
    void chargesSavingsAndWriteDownsAreFiguresOfTheirOwn() {
        assertEquals(
                List.of(
                        "F Quillane Group COST_SAVINGS 45000000 GBP",
                        "F Quillane Group RESTRUCTURING_CHARGE 60000000 GBP"),
                brief(
                        "The company said its efficiency drive had saved £45m. It expects a £60m restructuring charge next year."));
    }

    @Test
    void perShareOnABasisAndTheCompanysOwnEarlierForecastIsNoEstimate() {
        assertEquals(
                List.of("F Quillane Group EPS 2.15 USD", "F Quillane Group EPS 2.4 USD"),
                brief(
                        "Quillane now sees earnings of $2.15 to $2.30 on a per share basis this year, down from its previous forecast of $2.40."));
    }

    @Test
    void aChangeInItsMetricIsTheNamedCompanys() {
        assertEquals(
                List.of("M Ostmark REVENUE 7 PERCENT UP"),
                brief("Then Ostmark opened forty shops, which brought a 7% increase in its revenues."));
    }

    @Test
    void aPayoutPerShareIsTheDividendAndItSaidIsTheFocusCompany() {
        assertEquals(
                List.of("F Quillane Group DIVIDEND_PER_SHARE 1.5 USD"),
                brief("It will make a shareholder payout of $1.50 per share in May."));
    }
}
