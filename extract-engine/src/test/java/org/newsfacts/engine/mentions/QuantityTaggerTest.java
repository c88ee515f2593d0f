package org.newsfacts.engine.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.engine.Mention;
import org.newsfacts.model.Approx;

class QuantityTaggerTest {

    @Test
    void findsPercentagesWrittenEveryWay() {
        List<Mention> found = QuantityTagger.find("Up 3%, then 8 per cent, then 2.5 percent and nearly 60%.");
        assertEquals(
                List.of("3", "8", "2.5", "60"),
                found.stream().map(m -> m.value().toPlainString()).toList());
        assertEquals(Approx.ABOUT, found.get(3).approx());
        assertEquals("PERCENT", found.get(0).unit());
    }

    @Test
    void findsShareCountsWithNumberWords() {
        Mention m = QuantityTagger.find("holding nearly seven million shares").get(0);
        assertEquals(Mention.Kind.SHARES, m.kind());
        assertEquals(0, new BigDecimal("7000000").compareTo(m.value()));
        assertEquals(Approx.ABOUT, m.approx());
        assertEquals(
                0,
                new BigDecimal("2500")
                        .compareTo(QuantityTagger.find("bought 2,500 shares")
                                .get(0)
                                .value()));
    }

    /** A share count opening with every kind of first word, in either case: SHARES's look-ahead lets each pass. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "About 5 million shares|5000000",
                "Roughly 40,000 shares|40000",
                "Just over 900 new shares|900",
                "Close to 2 million ordinary shares|2000000",
                "Some 12 bn shares|12000000000",
                "Up to 75 shares|75",
                "Eight million shares|8000000",
                "Two thousand common shares|2000",
                "Ten shares|10",
                "Five million class A shares|5000000",
                "3.5 million shares|3500000"
            })
    void findsShareCountsOpeningWithAnyWord(String written, String value) {
        for (String w :
                List.of(written, written.toUpperCase(java.util.Locale.ROOT).replace("SHARES", "shares"))) {
            List<Mention> found = QuantityTagger.find("Kelvar Mills sold " + w + " last week.").stream()
                    .filter(m -> m.kind() == Mention.Kind.SHARES)
                    .toList();
            assertEquals(1, found.size(), w);
            assertEquals(w, found.get(0).text());
            assertEquals(0, new BigDecimal(value).compareTo(found.get(0).value()), w);
        }
    }
}
