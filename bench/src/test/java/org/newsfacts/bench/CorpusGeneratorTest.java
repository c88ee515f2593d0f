package org.newsfacts.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

    private static final String SEED =
            "Alibaba Group said on Monday it would invest 120 billion yuan ($16.5 billion) by 2027. "
                    + "Eddie Wu, its chief executive, said Alibaba Cloud grew 12% in the quarter.";
    private final CorpusGenerator generator = new CorpusGenerator(List.of(SEED));

    @Test
    void theSameSeedGivesTheSameArticles() {
        assertEquals(generator.article(42, 7), generator.article(42, 7));
        assertNotEquals(generator.article(42, 7), generator.article(43, 7));
    }

    @Test
    void namesAmountsAndCurrenciesVaryButYearsStay() {
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String a = generator.article(1, i);
            assertFalse(a.contains("Alibaba") || a.contains("Eddie Wu"), a);
            assertTrue(a.contains("by 2027"), a);
            texts.add(a);
        }
        assertTrue(texts.size() >= 45, "articles differ: " + texts.size());
        assertTrue(texts.stream().anyMatch(t -> !t.contains("yuan")), "some are in another currency");
    }

    @Test
    void scalingKeepsTheFormOfEachNumber() {
        assertEquals(
                "a 240 b 33.0 c 24% in 2027 and 2,468,000",
                CorpusGenerator.scale("a 120 b 16.5 c 12% in 2027 and 1,234,000", 2));
    }
}
