package org.newsfacts.engine.post;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FxTableTest {

    private final FxTable fx = FxTable.standard();

    @Test
    void coversTheMajorCurrenciesMonthlyFrom2000() {
        for (String c : new String[]{"EUR", "GBP", "JPY", "CNY", "HKD", "AUD", "INR", "KRW", "CHF", "CAD"}) {
            assertTrue(fx.unitsPerUsd(c, LocalDate.of(2004, 6, 15)) != null, c);
        }
        assertEquals(BigDecimal.ONE, fx.unitsPerUsd("USD", LocalDate.of(2004, 6, 15)));
    }

    @Test
    void ratesAreThoseOfTheArticlesMonth() {
        // sterling was near $1.8 in 2004 and near $1.25 at the start of 2023
        BigDecimal gbp2004 = fx.unitsPerUsd("GBP", LocalDate.of(2004, 6, 15));
        BigDecimal gbp2023 = fx.unitsPerUsd("GBP", LocalDate.of(2023, 1, 15));
        assertTrue(gbp2004.doubleValue() > 0.5 && gbp2004.doubleValue() < 0.6, gbp2004.toString());
        assertTrue(gbp2023.doubleValue() > 0.78 && gbp2023.doubleValue() < 0.86, gbp2023.toString());
        assertEquals(0, new BigDecimal("8.277").compareTo(fx.unitsPerUsd("CNY", LocalDate.of(2004, 6, 15))), "the 2004 yuan peg");
    }

    @Test
    void convertsAndLeavesUnknownCurrenciesEmpty() {
        BigDecimal usd = fx.toUsd(new BigDecimal("380000000000"), "CNY", LocalDate.of(2025, 2, 24));
        assertTrue(usd.doubleValue() > 50e9 && usd.doubleValue() < 60e9, usd.toPlainString());
        assertNull(fx.toUsd(BigDecimal.TEN, "XYZ", LocalDate.of(2025, 1, 1)));
    }
}
