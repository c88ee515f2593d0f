package org.newsfacts.engine.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Candidate;
import org.newsfacts.engine.Facts;
import org.newsfacts.model.Approx;
import org.newsfacts.model.Direction;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/** The metric rule's broad readings (candidates for the decision model); invented sentences and companies. */
class MetricBroadTest {

    private static List<Fact> broad(FactType type, String text) {
        return Facts.candidates(type, text).stream()
                .filter(Candidate::broad)
                .map(Candidate::fact)
                .toList();
    }

    private static boolean has(List<Fact> facts, String metric, String value, Direction direction) {
        return facts.stream()
                .anyMatch(f -> f.metric() != null
                        && f.metric().equals(metric)
                        && f.value() != null
                        && f.value().compareTo(new BigDecimal(value)) == 0
                        && (direction == null || direction == f.direction()));
    }

    private static String text(List<Fact> facts) {
        return facts.toString();
    }

    @Test
    void moneyLineCharge() {
        List<Fact> f = broad(
                FactType.FINANCIAL_METRIC,
                "Brindlecombe Holdings took a pre-tax charge of $412m in the third quarter.");
        assertTrue(has(f, "ONE_TIME_CHARGE", "412000000", null), text(f));
    }

    @Test
    void moneyLineFineAndSettlement() {
        List<Fact> fine = broad(
                FactType.FINANCIAL_METRIC, "Quorvel Industries was fined 23m euros by the competition regulator.");
        assertTrue(has(fine, "FINE", "23000000", null), text(fine));
        List<Fact> settled =
                broad(FactType.FINANCIAL_METRIC, "Quorvel Industries agreed to pay $140m to settle the claims.");
        assertTrue(
                settled.stream().anyMatch(x -> x.value().compareTo(new BigDecimal("140000000")) == 0), text(settled));
    }

    @Test
    void bracketedConversionIsNoOtherAmount() {
        List<Fact> f = broad(
                FactType.FINANCIAL_METRIC, "Quorvel Industries was fined 23m euros ($25m; £19m) by the regulator.");
        assertFalse(f.stream().anyMatch(x -> x.value().compareTo(new BigDecimal("25000000")) == 0), text(f));
    }

    @Test
    void analystsFigureIsAnEstimate() {
        List<Fact> f = broad(
                FactType.FINANCIAL_METRIC, "Analysts had expected Tarvinor Group to post a charge of about $90m.");
        assertTrue(has(f, "ONE_TIME_CHARGE_ESTIMATE", "90000000", null), text(f));
    }

    @Test
    void lossAfterAmountIsNegative() {
        List<Fact> f = broad(
                FactType.FINANCIAL_METRIC,
                "Its carmaking arm, which Delmont Motors says will recover, is expected to make a "
                        + "700m euro loss this year, while its sales engine keeps running.");
        assertTrue(f.stream().anyMatch(x -> x.value().compareTo(new BigDecimal("-700000000")) == 0), text(f));
    }

    @Test
    void perShareOffer() {
        List<Fact> f = broad(
                FactType.FINANCIAL_METRIC,
                "Halloway Mining offered to buy the remaining shares of Pentrose for $14 each.");
        assertTrue(has(f, "PRICE_PAID_PER_SHARE", "14", null), text(f));
    }

    @Test
    void percentChangeNounAfter() {
        List<Fact> f = broad(
                FactType.METRIC_CHANGE,
                "Delmont Motors sold well abroad, where it notched up a 17% surge in March sales.");
        assertTrue(has(f, "REVENUE", "17", Direction.UP), text(f));
    }

    @Test
    void moneyChangeKnockedOff() {
        List<Fact> f = broad(
                FactType.METRIC_CHANGE,
                "Tarvinor Group warned the weak dollar would knock 60m euros off its operating profits.");
        assertTrue(has(f, "OPERATING_INCOME", "60000000", Direction.DOWN), text(f));
    }

    @Test
    void rangeIsItsLowerBound() {
        List<Fact> f =
                broad(FactType.METRIC_CHANGE, "Brindlecombe Holdings said its revenues would fall 4-5% this year.");
        assertTrue(
                f.stream()
                        .anyMatch(x -> x.value().compareTo(new BigDecimal("4")) == 0 && x.approx() == Approx.MORE_THAN),
                text(f));
    }

    @Test
    void doubledIsAHundredPercent() {
        List<Fact> f = broad(
                FactType.METRIC_CHANGE, "Quorvel Industries said its online revenue more than doubled last year.");
        assertTrue(
                f.stream()
                        .anyMatch(x -> x.value().compareTo(new BigDecimal("100")) == 0
                                && x.direction() == Direction.UP
                                && x.approx() == Approx.MORE_THAN),
                text(f));
    }

    @Test
    void shareMoveInPercentIsNotAMetricChange() {
        List<Fact> f = broad(FactType.METRIC_CHANGE, "Shares in Halloway Mining jumped 12% on the news.");
        assertTrue(f.isEmpty(), text(f));
    }

    @Test
    void stakeInPercentIsNoChange() {
        List<Fact> f = broad(
                FactType.METRIC_CHANGE, "Halloway Mining raised its stake in Pentrose to 30% after the sales rose.");
        assertFalse(f.stream().anyMatch(x -> x.value().compareTo(new BigDecimal("30")) == 0), text(f));
    }

    @Test
    void bareProfitsAreTheNamedLine() {
        List<Fact> f = broad(
                FactType.METRIC_CHANGE,
                "Pre-tax profit at Tarvinor Group was steady. Analysts said profits could have been 6% higher "
                        + "without the strike, Tarvinor Group said.");
        assertTrue(
                has(f, "PRE_TAX_PROFIT", "6", Direction.UP) || has(f, "PRE_TAX_PROFIT_ESTIMATE", "6", Direction.UP),
                text(f));
    }
}
