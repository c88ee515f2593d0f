package org.newsfacts.query.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.Approx;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

class ToleranceTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void precisionIsHalfTheLastSignificantDigit() {
        assertEquals(0, d("500000000").compareTo(Tolerance.precision(d("53000000000"))));
        assertEquals(0, d("50000000").compareTo(Tolerance.precision(d("52400000000"))));
        assertEquals(0, d("0.05").compareTo(Tolerance.precision(d("3.5"))));
        assertEquals(0, d("0.5").compareTo(Tolerance.precision(d("36"))));
        assertEquals(0, d("0.5").compareTo(Tolerance.precision(BigDecimal.ZERO)));
    }

    @Test
    void qualifiersOpenOrWidenTheRange() {
        assertEquals(
                new Interval(d("52500000000"), d("53500000000")), Tolerance.stated(d("53000000000"), Approx.EXACT));
        Interval about = Tolerance.stated(d("100"), Approx.ABOUT);
        assertEquals(0, d("95").compareTo(about.low()));
        assertEquals(0, d("105").compareTo(about.high()));
        assertEquals(new Interval(d("52500000000"), null), Tolerance.stated(d("53000000000"), Approx.MORE_THAN));
        assertEquals(new Interval(null, d("10.5")), Tolerance.stated(d("10"), Approx.LESS_THAN));
    }

    @Test
    void aStatedDollarFigureWinsOverConversion() {
        ClaimFact yuan = fact("380000000000", "CNY", "55000000000", d("53000000000"), "EXACT");
        assertEquals(new Interval(d("52500000000"), d("53500000000")), Tolerance.usd(yuan));
    }

    @Test
    void convertedAmountsGetTheFxAllowance() {
        // 380bn CNY at 7.25 = 52.41bn; ±0.5bn CNY of precision, then ±2 %.
        ClaimFact yuan = fact("380000000000", "CNY", "52413793103", null, "EXACT");
        Interval usd = Tolerance.usd(yuan);
        assertEquals(51.29, usd.low().doubleValue() / 1e9, 0.01);
        assertEquals(53.53, usd.high().doubleValue() / 1e9, 0.01);
    }

    @Test
    void lossesWidenAwayFromZeroToo() {
        ClaimFact loss = fact("-100", "EUR", "-110", null, "EXACT");
        Interval usd = Tolerance.usd(loss);
        assertEquals(-100.5 * 1.1 * 1.02, usd.low().doubleValue(), 1e-9);
        assertEquals(-99.5 * 1.1 * 0.98, usd.high().doubleValue(), 1e-9);
    }

    @Test
    void noRateNoRange() {
        assertNull(Tolerance.usd(fact("1000", "TWD", null, null, "EXACT")));
    }

    static ClaimFact fact(String value, String unit, String valueUsd, BigDecimal statedUsd, String approx) {
        Fact fact = new Fact(
                FactType.INVESTMENT,
                "X",
                null,
                null,
                null,
                new BigDecimal(value),
                unit,
                valueUsd == null ? null : new BigDecimal(valueUsd),
                Approx.fromWire(approx),
                null,
                null,
                null,
                null,
                "P3Y",
                null,
                null,
                statedUsd == null ? null : List.of(new Fact.Alt(statedUsd, "USD")),
                new Fact.Evidence("a", "a.txt", "s", 0, 1),
                0.9,
                null,
                null,
                null,
                null);
        return new ClaimFact(fact, null, null);
    }
}
