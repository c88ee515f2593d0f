package org.newsfacts.engine.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The word lists are shared by every stage on every thread: none may change them. */
class LexiconReadOnlyTest {

    @Test
    void everyListRefusesChanges() {
        Lexicon lexicon = Lexicon.get();
        assertFalse(lexicon.companies.isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> lexicon.companies.put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> lexicon.places.put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> lexicon.titles.put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> lexicon.metrics.put("x", "y"));
        assertThrows(
                UnsupportedOperationException.class,
                () -> lexicon.directions.put("x", org.newsfacts.model.Direction.UP));
        assertThrows(UnsupportedOperationException.class, () -> lexicon.markets.put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> lexicon.cues.put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> lexicon.products.put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> lexicon.media.add("x"));
        assertThrows(UnsupportedOperationException.class, () -> lexicon.nonEntities.add("x"));
        assertThrows(UnsupportedOperationException.class, () -> lexicon.functionWords.add("x"));
        assertThrows(UnsupportedOperationException.class, () -> lexicon.firstNames.add("x"));
        assertThrows(UnsupportedOperationException.class, () -> lexicon.englishWords.add("x"));
    }
}
