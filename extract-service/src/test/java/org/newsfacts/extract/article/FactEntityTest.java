package org.newsfacts.extract.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FactEntityTest {

    private static FactEntity fact(String subject, String value) {
        FactEntity f = new FactEntity();
        f.articleId = "a1";
        f.ordinal = 0;
        f.type = "FUNDING";
        f.subject = subject;
        f.object = "Series B";
        f.value = new BigDecimal(value);
        f.unit = "USD";
        f.sentence = subject + " raised $40 million in a Series B round.";
        f.startOffset = 0;
        f.endOffset = 40;
        f.confidence = 0.8;
        return f;
    }

    @Test
    void theSameFactReadBackFromTheDatabaseIsTheSame() {
        FactEntity stored = fact("Gamma Inc", "40000000.00"); // numeric comes back with the column's scale
        stored.id = 17L;
        assertTrue(stored.sameAs(fact("Gamma Inc", "40000000")));
    }

    @Test
    void anyDifferenceInWhatItSaysMakesItAnotherFact() {
        FactEntity stored = fact("Gamma Inc", "40000000");
        assertFalse(stored.sameAs(fact("Gamma Inc", "45000000")));
        assertFalse(stored.sameAs(fact("Gamma Holdings", "40000000")));
        FactEntity moved = fact("Gamma Inc", "40000000");
        moved.startOffset = 3;
        assertFalse(stored.sameAs(moved));
        FactEntity surer = fact("Gamma Inc", "40000000");
        surer.confidence = 0.9;
        assertFalse(stored.sameAs(surer));
        FactEntity linked = fact("Gamma Inc", "40000000");
        linked.subjectIds =
                "{\"name\":\"Gamma Inc\",\"ticker\":\"GMA\",\"exchange\":\"US\",\"isin\":null,\"cik\":\"42\"}";
        assertFalse(stored.sameAs(linked), "a subject newly linked to the register is a changed fact");
        stored.take(linked);
        assertEquals(linked.subjectIds, stored.subjectIds);
        assertTrue(stored.sameAs(linked));
    }

    @Test
    void takingAnotherFactKeepsTheRowAndNamesBothVersions() {
        FactEntity stored = fact("Gamma Inc", "40000000");
        stored.id = 17L;
        FactEntity found = fact("Gamma Holdings", "45000000");
        Set<String> names = new TreeSet<>();
        stored.addNames(names);
        found.addNames(names);
        stored.take(found);
        assertEquals(17L, stored.id);
        assertTrue(stored.sameAs(found));
        assertEquals(Set.of("Gamma Holdings", "Gamma Inc", "Series B"), names);
    }
}
