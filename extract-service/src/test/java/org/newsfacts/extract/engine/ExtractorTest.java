package org.newsfacts.extract.engine;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractorTest {

    @Test
    void aStageWhoseInputNoEarlierStageProvidesIsRejectedAtBuildTime() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Extractor.builder().add(new FactCollector()).add(new RoleRule()).build());
        assertTrue(e.getMessage().contains("RoleRule requires layer 'sentences'"), e.getMessage());
    }

    @Test
    void aChainWithoutFactsIsRejected() {
        assertThrows(IllegalStateException.class, () -> Extractor.builder().add(new SentenceSplitter()).build());
    }

    @Test
    void theStandardChainFindsFactsAndIsSafeToReuse() {
        Extractor extractor = Extractor.standard();
        String text = "Nvidia CEO Jensen Huang spoke. Microsoft plans to spend $80 billion in AI data centers.";
        assertFalse(extractor.extract(text, LocalDate.of(2025, 1, 1)).isEmpty());
        assertTrue(extractor.extract("", LocalDate.of(2025, 1, 1)).isEmpty());
    }
}
