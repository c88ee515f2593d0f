package org.newsfacts.engine.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Candidate.SubjectSource;
import org.newsfacts.engine.Extractor;
import org.newsfacts.engine.Layers;
import org.newsfacts.model.FactType;

/** Readings: each candidate with the other plausible subjects (or a role's organisations), grouped, with features. */
class SubjectAlternativesTest {

    private static final String TEXT = """
            Quillon Systems buys a stake in Harrow Labs

            Quillon Systems said on Monday that it had agreed to buy 20% of Harrow Labs. Quillon Systems reported revenue of $4.2bn for the year, while Harrow Labs grew sales by 12%.

            Mara Veld, chief executive of Quillon Systems, said the deal with Harrow Labs would close in June.
            """;

    private static List<Reading> readings() {
        return Extractor.readings().run(TEXT, LocalDate.of(2025, 3, 1)).get(Layers.READINGS);
    }

    @Test
    void aMetricsGroupHoldsTheRulesSubjectAndTheOtherOrganisations() {
        List<Reading> revenue = readings().stream()
                .filter(r -> "REVENUE".equals(r.candidate().fact().metric())
                        && r.candidate().fact().value() != null
                        && r.candidate().fact().value().signum() > 0
                        && r.candidate().fact().type() == FactType.FINANCIAL_METRIC)
                .toList();
        assertFalse(revenue.isEmpty(), readings().toString());
        int group = revenue.get(0).group();
        List<Reading> same = readings().stream().filter(r -> r.group() == group).toList();
        Set<String> subjects =
                same.stream().map(r -> r.candidate().fact().subject()).collect(Collectors.toSet());
        assertTrue(subjects.contains("Quillon Systems") && subjects.contains("Harrow Labs"), subjects.toString());
        assertEquals(SubjectSource.RULE, same.get(0).candidate().source(), "the rule's own reading comes first");
        assertEquals(subjects.size(), same.size(), "one reading per subject");
    }

    @Test
    void aRolesGroupVariesTheOrganisationNotThePerson() {
        List<Reading> roles = readings().stream()
                .filter(r -> r.candidate().fact().type() == FactType.ROLE)
                .toList();
        assertFalse(roles.isEmpty(), readings().toString());
        assertTrue(roles.stream().allMatch(r -> r.candidate().fact().subject().equals("Mara Veld")), roles.toString());
        assertTrue(
                roles.stream()
                                .map(r -> r.candidate().fact().object())
                                .collect(Collectors.toSet())
                                .size()
                        >= 2,
                roles.toString());
    }

    @Test
    void everyReadingHasFeaturesButNoNameOrNumberOfTheText() {
        for (Reading r : readings()) {
            assertTrue(
                    r.features().contains("source=" + r.candidate().source()),
                    r.features().toString());
            assertTrue(
                    r.features()
                            .contains(r.candidate().fact().type() + "|source="
                                    + r.candidate().source()),
                    r.features().toString());
            for (String f : r.features()) {
                assertFalse(
                        f.contains("Quillon")
                                || f.contains("Harrow")
                                || f.contains("Veld")
                                || f.toLowerCase().contains("quillon")
                                || f.contains("4.2"),
                        "a name or number became a feature: " + f);
            }
        }
    }

    @Test
    void bucketsNameTheLeastBoundReached() {
        assertEquals("<1", ReadingFeatures.bucket(0, 1, 2, 5));
        assertEquals(">=2", ReadingFeatures.bucket(4, 1, 2, 5));
        assertEquals(">=5", ReadingFeatures.bucket(50, 1, 2, 5));
    }
}
