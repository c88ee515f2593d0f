package org.newsfacts.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.fx.FxConverter;
import org.newsfacts.engine.post.FactMerger;
import org.newsfacts.engine.rules.CandidateCollector;
import org.newsfacts.engine.rules.RoleRule;
import org.newsfacts.engine.text.SentenceSplitter;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

class ExtractorTest {

    @Test
    void aStageWhoseInputNoEarlierStageProvidesIsRejectedAtBuildTime() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> Extractor.builder()
                        .add(new CandidateCollector())
                        .add(new RoleRule())
                        .build());
        assertTrue(e.getMessage().contains("RoleRule requires layer 'clauses'"), e.getMessage());
    }

    @Test
    void theDollarValuesAndIdentifiersComeAfterTheMergeOrTheChainIsRejected() {
        Stage facts = new Stage() {
            @Override
            public Set<Layer<?>> requires() {
                return Set.of();
            }

            @Override
            public Set<Layer<?>> provides() {
                return Set.of(Layers.FACTS, Layers.ARTICLE_DATE);
            }

            @Override
            public void process(Document document) {}
        };
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> Extractor.builder()
                        .add(facts)
                        .add(new FxConverter())
                        .add(new FactMerger())
                        .build());
        assertTrue(e.getMessage().contains("FxConverter requires layer 'facts merged'"), e.getMessage());
        Extractor.builder()
                .add(facts)
                .add(new FactMerger())
                .add(new FxConverter())
                .build();
    }

    @Test
    void aChainWithoutFactsIsRejected() {
        assertThrows(
                IllegalStateException.class,
                () -> Extractor.builder().add(new SentenceSplitter()).build());
    }

    @Test
    void theStandardChainHasEveryFactRule() {
        List<String> names = Extractor.standard().stageNames();
        for (String rule : List.of(
                "InvestmentRule",
                "FundingRule",
                "AcquisitionRule",
                "StockMoveRule",
                "MetricRule",
                "MarketShareRule",
                "RoleRule",
                "QuoteRule",
                "StakeRule",
                "PartnershipRule",
                "FactMerger",
                "FxConverter",
                "EntityLinker",
                "FactIdentifiers")) {
            assertTrue(names.contains(rule), rule + " missing from " + names);
        }
    }

    @Test
    void theStandardChainFindsFactsAndIsSafeToReuse() {
        Extractor extractor = Extractor.standard();
        String text = "Nvidia CEO Jensen Huang spoke. Microsoft plans to spend $80 billion on AI data centers.";
        List<Fact> facts = extractor.extract(text, LocalDate.of(2025, 1, 1));
        assertEquals(2, facts.size(), facts.toString());
        assertEquals(facts, extractor.extract(text, LocalDate.of(2025, 1, 1)));
        assertTrue(extractor.extract("", LocalDate.of(2025, 1, 1)).isEmpty());
        assertFalse(extractor.extract("Plain words without any claim.", LocalDate.of(2025, 1, 1)).stream()
                .anyMatch(f -> f.type() == FactType.INVESTMENT));
    }
}
