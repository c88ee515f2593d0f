package org.newsfacts.engine.decide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Extractor;
import org.newsfacts.engine.Layers;
import org.newsfacts.model.FactType;

/** Holdings: how holder and held stand to each other in the sentence, and which side the rule itself read. */
class StakePairFeaturesTest {

    private static final String TEXT = """
            Tarvex Holdings lifts its holding in Quenby Mills

            Tarvex Holdings owns a 45% stake in Quenby Mills, Tarvex Holdings said on Tuesday, while Orlin Partners holds 3% of Quenby Mills.

            Analysts expect the unit to report results in May.
            """;

    private static List<Reading> stakes() {
        return Extractor.readings().run(TEXT, LocalDate.of(2025, 3, 1)).get(Layers.READINGS).stream()
                .filter(r -> r.candidate().fact().type() == FactType.STAKE)
                .toList();
    }

    private static Reading reading(List<Reading> stakes, String subject, String object) {
        return stakes.stream()
                .filter(r -> r.candidate().fact().subject() != null
                        && r.candidate().fact().subject().startsWith(subject)
                        && object.equals(r.candidate().fact().object())
                        && r.candidate().fact().value() != null)
                .findFirst()
                .orElseThrow(() -> new AssertionError(subject + " / " + object + " not among " + stakes));
    }

    @Test
    void theHolderBeforeTheHeldWithAWordOfHoldingBetween() {
        List<Reading> stakes = stakes();
        assertFalse(stakes.isEmpty(), "no STAKE reading");
        Reading right = reading(stakes, "Tarvex", "Quenby Mills");
        assertTrue(right.features().contains("STAKE|pair=so"), right.features().toString());
        assertTrue(
                right.features().contains("STAKE|pair.holdingBetween"),
                right.features().toString());
        assertTrue(
                right.features().contains("STAKE|s.rulesOwn"), right.features().toString());
        assertTrue(
                right.features().contains("STAKE|o.rulesOwn"), right.features().toString());
        assertTrue(
                right.features().stream().anyMatch(f -> f.startsWith("STAKE|pair.so.between=")),
                right.features().toString());
    }

    @Test
    void whetherTheFactHasAnAmountIsWeighedPerType() {
        Reading right = reading(stakes(), "Tarvex", "Quenby Mills");
        assertTrue(
                right.features().contains("STAKE|unit=PERCENT"),
                right.features().toString());
        assertFalse(
                right.features().contains("unit=PERCENT"),
                "a holding's size says something else than a metric's amount: " + right.features());
    }

    @Test
    void anAlternativeHolderIsNotTheRulesOwn() {
        for (Reading r : stakes()) {
            if (r.candidate().source() != org.newsfacts.engine.Candidate.SubjectSource.RULE
                    && stakes().stream()
                            .noneMatch(o -> o.candidate().source() == org.newsfacts.engine.Candidate.SubjectSource.RULE
                                    && o.group() == r.group()
                                    && o.candidate()
                                            .fact()
                                            .subject()
                                            .equals(r.candidate().fact().subject()))) {
                assertFalse(
                        r.features().contains("STAKE|s.rulesOwn"), r.features().toString());
            }
        }
    }

    @Test
    void aSubsidiaryNamedBeforeItsHolder() {
        String text = """
                Dorvane Foods sales rise

                Dorvane Foods, a subsidiary of Pellmark Group, said on Monday that sales rose. Pellmark Group owns 60% of Dorvane Foods.
                """;
        List<Reading> stakes = Extractor.readings().run(text, LocalDate.of(2025, 3, 1)).get(Layers.READINGS).stream()
                .filter(r -> r.candidate().fact().type() == FactType.STAKE)
                .toList();
        assertFalse(stakes.isEmpty(), "no STAKE reading");
        Reading apposition = stakes.stream()
                .filter(r -> r.candidate().fact().object() != null
                        && r.candidate().fact().object().startsWith("Dorvane")
                        && r.candidate().fact().subject() != null
                        && r.candidate().fact().subject().startsWith("Pellmark")
                        && r.candidate().fact().evidence().sentence().contains("subsidiary"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(stakes.toString()));
        assertTrue(
                apposition.features().contains("STAKE|pair=os"),
                apposition.features().toString());
        assertTrue(
                apposition.features().contains("STAKE|pair.apposition"),
                apposition.features().toString());
        assertTrue(
                apposition.features().contains("STAKE|pair.partBeforeSubject"),
                apposition.features().toString());
    }
}
