package org.newsfacts.engine.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
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
}
