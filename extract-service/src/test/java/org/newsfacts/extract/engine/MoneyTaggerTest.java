package org.newsfacts.extract.engine;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTaggerTest {

    private final MoneyTagger tagger = new MoneyTagger();

    @Test
    void findsAmountsWithTheirCurrencyApproximationAndSpan() {
        String text = "It will invest more than 380 billion yuan ($53 billion) over three years.";
        List<MoneyMention> found = tagger.find(text);
        assertEquals(2, found.size());
        assertEquals(new BigDecimal("380000000000"), found.get(0).value());
        assertEquals("CNY", found.get(0).currency());
        assertEquals("MORE_THAN", found.get(0).approx());
        assertEquals("more than 380 billion yuan", found.get(0).span().of(text));
        assertEquals(new BigDecimal("53000000000"), found.get(1).value());
        assertEquals("USD", found.get(1).currency());
        assertEquals("EXACT", found.get(1).approx());
    }

    @Test
    void plainNumbersAndPercentagesAreNotMoney() {
        assertTrue(tagger.find("Shares fell 3% to 120 on 24 February 2025.").isEmpty());
    }
}
