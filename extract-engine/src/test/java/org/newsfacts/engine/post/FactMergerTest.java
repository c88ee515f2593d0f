package org.newsfacts.engine.post;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Facts;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

class FactMergerTest {

    @Test
    void aHoldingWithoutItsSizeGoesWhereTheArticleStatesTheSize() {
        List<Fact> stakes = Facts.of(
                FactType.STAKE,
                "Then Harwick Capital took a stake in Kestrel Health. Harwick Capital now owns 7.2% of Kestrel Health.");
        assertEquals(1, stakes.size(), stakes.toString());
        assertEquals(7.2, stakes.get(0).value().doubleValue());
    }

    @Test
    void theSameAmountStatedTwiceIsOneFact() {
        List<Fact> facts = Facts.of(
                FactType.INVESTMENT,
                "Then Harwick will invest $2 billion in Texas plants. Harwick's $2 billion investment in Texas plants is its biggest.");
        assertEquals(1, facts.size(), facts.toString());
    }
}
