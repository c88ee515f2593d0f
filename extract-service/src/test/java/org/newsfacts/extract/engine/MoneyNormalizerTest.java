package org.newsfacts.extract.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MoneyNormalizerTest {

    @ParameterizedTest
    @CsvSource({
            "53, billion, 53000000000",
            "53, B, 53000000000",
            "4.1, bn, 4100000000",
            "280.2, bn, 280200000000",
            "600, m, 600000000",
            "1.5, trillion, 1500000000000",
            "'1,200', , 1200",
            "36.96, bn, 36960000000"})
    void scalesNumbersToWholeUnits(String number, String scale, String expected) {
        assertEquals(new BigDecimal(expected), MoneyNormalizer.value(number, scale));
    }

    @Test
    void anUnknownScaleIsNoValue() {
        assertNull(MoneyNormalizer.value("3", "gazillion"));
    }

    @ParameterizedTest
    @CsvSource({"$, , USD", "US$, , USD", "HK$, , HKD", "A$, , AUD", "NT$, , TWD", "€, , EUR", "£, , GBP",
            "RMB, , CNY", ", yuan, CNY", ", euros, EUR", ", yen, JPY", ", won, KRW"})
    void mapsSymbolsAndWordsToIsoCodes(String symbol, String word, String code) {
        assertEquals(code, MoneyNormalizer.currency(symbol, word));
    }

    @ParameterizedTest
    @CsvSource({"more than, MORE_THAN", "over, MORE_THAN", "about, ABOUT", "around, ABOUT", "nearly, ABOUT",
            "up to, LESS_THAN", "less than, LESS_THAN", "'', EXACT"})
    void readsApproximation(String phrase, String approx) {
        assertEquals(approx, MoneyNormalizer.approx(phrase));
    }
}
