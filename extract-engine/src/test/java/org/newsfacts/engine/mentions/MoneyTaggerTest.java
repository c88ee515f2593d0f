package org.newsfacts.engine.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** Invented sentences with amounts opening before their digits (approximations, symbols) in many ways. */
    private static final List<String> AMOUNT_TEXTS = List.of(
            "The group paid approximately US$ 5.2 million, up from roughly RMB ¥280bn, after 2019.",
            "Sales rose as much as 12% (about 7 percentage points) and Orbix said nearly HK$3bn went to staff.",
            "In 2024 it sold 40 units; just over Rs. 1,200 crore and an estimated €4m were spent,\tat least £2.",
            "Profit was 9, margins 3 and then close to 45 per cent, while (more than 8% of) stores shut.",
            "Up to 300 yuan; under 5 Swiss francs; 75p; some 20 new taiwan dollars; around USD 8; AUD9.5",
            "X1 Y2 Z3 ab4 _about 5% costs,around 6 percent,almost7%, about\n\n 8%. About $9bn. ABOUT £10m.",
            "Digits of other scripts: ٣ and ３ then approximately 4% and C$ 12 and NZ$13.5 million.",
            "no digit here at all, about some money");

    /** NearDigits tries an amount only where one may start: the same matches as find() over the whole text. */
    @Test
    void nearDigitsFindsWhatFindFinds() {
        for (String text : AMOUNT_TEXTS) {
            assertEquals(everyMatch(MoneyTagger.MONEY, text), nearDigitMatches(MoneyTagger.MONEY, text, true), text);
            assertEquals(
                    everyMatch(QuantityTagger.PERCENT, text),
                    nearDigitMatches(QuantityTagger.PERCENT, text, false),
                    text);
        }
    }

    private static List<String> everyMatch(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + " " + m.group());
        }
        return out;
    }

    private static List<String> nearDigitMatches(Pattern pattern, String text, boolean symbols) {
        List<String> out = new ArrayList<>();
        MoneyTagger.NearDigits near = new MoneyTagger.NearDigits(pattern, text, symbols);
        while (near.next()) {
            Matcher m = near.matcher();
            out.add(m.start() + "-" + m.end() + " " + m.group());
        }
        return out;
    }

    @Test
    void amountsMayStartAtTheirDigitASymbolBeforeItOrAWord() {
        String text = "paid about RMB ¥ 5";
        int digit = text.indexOf('5');
        assertTrue(MoneyTagger.mayStart(text, digit, digit, true));
        assertTrue(MoneyTagger.mayStart(text, text.indexOf("RMB"), digit, true));
        assertTrue(MoneyTagger.mayStart(text, text.indexOf("about"), digit, true));
        assertEquals(false, MoneyTagger.mayStart(text, 0, digit, true)); // "paid": no approximation
        assertTrue(MoneyTagger.mayStart("x€5", 1, 2, true));
        assertEquals(false, MoneyTagger.mayStart("x€5", 1, 2, false)); // a percentage has no symbol
        assertEquals(false, MoneyTagger.mayStart(text, text.indexOf("bout"), digit, true));
        assertEquals(false, MoneyTagger.mayStart(text, text.indexOf(" about"), digit, true));
    }

    @Test
    void openingsAreTheBranchesFirstCharactersInEitherCase() {
        assertEquals("uU$$aArR", MoneyTagger.openings("US\\$|\\$|about|Rs\\.?"));
        for (String w : List.of(
                "more",
                "less",
                "up",
                "just",
                "over",
                "under",
                "about",
                "around",
                "roughly",
                "nearly",
                "almost",
                "approximately",
                "some",
                "close",
                "at",
                "as",
                "an")) {
            assertTrue(MoneyTagger.APPROX_OPENINGS.indexOf(w.charAt(0)) >= 0, w);
            assertTrue(MoneyTagger.APPROX_OPENINGS.indexOf(Character.toUpperCase(w.charAt(0))) >= 0, w);
        }
        for (String symbol : List.of(
                "US$", "HK$", "A$", "NT$", "NZ$", "RMB", "Rs", "EUR", "GBP", "JPY", "INR", "KRW", "¥", "$", "€", "£")) {
            assertTrue(MoneyTagger.SYMBOL_OPENINGS.indexOf(symbol.charAt(0)) >= 0, symbol);
        }
    }
}
