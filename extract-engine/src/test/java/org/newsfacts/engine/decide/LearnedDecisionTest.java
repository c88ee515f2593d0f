package org.newsfacts.engine.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Candidate;
import org.newsfacts.engine.FactBuilder;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/** The decision: the most probable reading of each group, if it reaches the threshold, with its probability as confidence. */
class LearnedDecisionTest {

    private static final DecisionModel MODEL = Trainer.train(TrainerTest.synthetic(), Trainer.Options.defaults());

    private static Reading reading(String subject, int group, String cue) {
        Fact f = FactBuilder.of(FactType.FINANCIAL_METRIC, subject, FactBuilder.evidence("s", 0, 1))
                .subjectType(EntityType.ORGANIZATION)
                .metric("REVENUE")
                .build();
        return new Reading(Candidate.proposed(f, "TestRule"), group, List.of("cue=" + cue));
    }

    @Test
    void keepsTheMostProbableReadingOfAGroup() {
        List<Fact> facts = LearnedDecision.decide(
                List.of(reading("Alpha", 0, "HALF"), reading("Beta", 0, "GOOD"), reading("Gamma", 0, "BAD")), MODEL);
        assertEquals(1, facts.size(), facts.toString());
        assertEquals("Beta", facts.get(0).subject());
        assertEquals(MODEL.probability(List.of("cue=GOOD")), facts.get(0).confidence(), 0.001);
    }

    @Test
    void dropsAGroupWhoseBestReadingIsBelowTheThreshold() {
        List<Fact> facts = LearnedDecision.decide(
                List.of(reading("Alpha", 0, "BAD"), reading("Beta", 1, "GOOD"), reading("Gamma", 2, "BAD")), MODEL);
        assertEquals(List.of("Beta"), facts.stream().map(Fact::subject).toList());
        List<Fact> strict = LearnedDecision.decide(List.of(reading("Beta", 0, "GOOD")), MODEL.withThreshold(0.99));
        assertTrue(strict.isEmpty(), strict.toString());
    }
}
