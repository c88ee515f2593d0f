package org.newsfacts.engine.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.model.Approx;

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
        "36.96, bn, 36960000000"
    })
    void scalesNumbersToWholeUnits(String number, String scale, String expected) {
        assertEquals(new BigDecimal(expected), MoneyNormalizer.value(number, scale));
    }

    @Test
    void anUnknownScaleIsNoValue() {
        assertNull(MoneyNormalizer.value("3", "gazillion"));
    }

    @ParameterizedTest
    @CsvSource({
        "$, , USD",
        "US$, , USD",
        "HK$, , HKD",
        "A$, , AUD",
        "NT$, , TWD",
        "€, , EUR",
        "£, , GBP",
        "RMB, , CNY",
        "RMB ¥, , CNY",
        "Rs, , INR",
        "Rs., , INR",
        ", yuan, CNY",
        ", ' yuan', CNY",
        ", euros, EUR",
        ", yen, JPY",
        ", won, KRW",
        ", pence, GBP",
        ", p, GBP",
        ", sterling, GBP"
    })
    void mapsSymbolsAndWordsToIsoCodes(String symbol, String word, String code) {
        assertEquals(code, MoneyNormalizer.currency(symbol, word, false));
    }

    @Test
    void theYenSignIsYuanUnlessTheArticleIsAboutJapan() {
        assertEquals("CNY", MoneyNormalizer.currency("¥", null, false));
        assertEquals("JPY", MoneyNormalizer.currency("¥", null, true));
    }

    @ParameterizedTest
    @CsvSource({"1200, crore, 12000000000", "5, lakh, 500000", "3, mn, 3000000", "2, tn, 2000000000000", "7, k, 7000"})
    void scalesIndianAndShortWords(String number, String scale, String expected) {
        assertEquals(new BigDecimal(expected), MoneyNormalizer.value(number, scale));
    }

    @ParameterizedTest
    @CsvSource({
        "more than, MORE_THAN",
        "over, MORE_THAN",
        "about, ABOUT",
        "around, ABOUT",
        "nearly, ABOUT",
        "up to, LESS_THAN",
        "less than, LESS_THAN",
        "'', EXACT"
    })
    void readsApproximation(String phrase, Approx approx) {
        assertEquals(approx, MoneyNormalizer.approx(phrase));
    }
}
