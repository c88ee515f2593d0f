package org.newsfacts.engine.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.engine.Mention;
import org.newsfacts.model.Approx;

class MoneyTaggerTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "$53 billion|53000000000|USD",
                "$53B|53000000000|USD",
                "$4.1bn|4100000000|USD",
                "380 billion yuan|380000000000|CNY",
                "RMB ¥280.2bn|280200000000|CNY",
                "€36.96bn|36960000000|EUR",
                "£600m|600000000|GBP",
                "75p|0.75|GBP",
                "75 pence|0.75|GBP",
                "HK$2.5bn|2500000000|HKD",
                "A$1.2 billion|1200000000|AUD",
                "US$10 million|10000000|USD",
                "NT$3bn|3000000000|TWD",
                "Rs 1,200 crore|12000000000|INR",
                "1.2 trillion won|1200000000000|KRW",
                "500 million euros|500000000|EUR",
                "$1.5tn|1500000000000|USD"
            })
    void normalisesAmounts(String written, String value, String currency) {
        List<Mention> found = MoneyTagger.find("They said " + written + " was the figure.");
        assertEquals(1, found.size(), found.toString());
        assertEquals(
                0,
                new BigDecimal(value).compareTo(found.get(0).value()),
                found.get(0).toString());
        assertEquals(currency, found.get(0).unit());
    }

    @Test
    void theYenSignFollowsTheArticlesCountry() {
        assertEquals(
                "JPY",
                MoneyTagger.find("Toyota, Japan's largest carmaker, earned ¥500bn. Japanese shares rose.")
                        .get(0)
                        .unit());
        assertEquals(
                "CNY",
                MoneyTagger.find("The Chinese firm earned ¥500bn in China.")
                        .get(0)
                        .unit());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"more than|MORE_THAN", "about|ABOUT", "nearly|ABOUT", "up to|LESS_THAN", "over|MORE_THAN"})
    void readsTheApproximationBeforeTheAmount(String words, Approx approx) {
        Mention m = MoneyTagger.find("It spent " + words + " $5bn.").get(0);
        assertEquals(approx, m.approx());
        assertTrue(m.span().start() < "It spent ".length() + 1);
    }

    @Test
    void plainNumbersAndYearsAreNotMoney() {
        assertTrue(MoneyTagger.find("In 2025 it had 300 staff and 12% growth.").isEmpty());
    }

    @Test
    void aRangeWrittenWithOneCurrencyGivesItsLowerBoundInThatCurrency() {
        List<Mention> found = MoneyTagger.find("It expects 410 million to 450 million euros, and 3 to 4 billion yuan.");
        assertEquals(
                List.of(
                        "410000000 EUR MORE_THAN",
                        "450000000 EUR EXACT",
                        "3000000000 CNY MORE_THAN",
                        "4000000000 CNY EXACT"),
                found.stream()
                        .map(m -> m.value().toPlainString() + " " + m.unit() + " " + m.approx())
                        .toList());
    }

    @Test
    void aPriorFigureWithNoCurrencyIsInTheCurrencyFirstStated() {
        List<Mention> found = MoneyTagger.find(
                "Net profit came to 5.1bn rupees ($110m; £60m), up from 3.9bn a year earlier. It sold 2bn shares.");
        assertEquals(
                List.of("5100000000 INR", "110000000 USD", "60000000 GBP", "3900000000 INR"),
                found.stream()
                        .map(m -> m.value().toPlainString() + " " + m.unit())
                        .toList());
    }
}
