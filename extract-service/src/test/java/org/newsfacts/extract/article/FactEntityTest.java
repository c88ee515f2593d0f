package org.newsfacts.extract.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.fx.FxConversion;
import org.newsfacts.model.Approx;
import org.newsfacts.model.Contract;
import org.newsfacts.model.ContractValidator;
import org.newsfacts.model.Direction;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.model.FxSource;

class FactEntityTest {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** A fact as the engine makes it (no article in its evidence, no extractor version), every other field set. */
    private static Fact everyField() {
        return new Fact(
                FactType.METRIC_CHANGE,
                "Corvane Systems",
                EntityType.ORGANIZATION,
                "Brightfield Labs",
                EntityType.ORGANIZATION,
                new BigDecimal("300000000"),
                "EUR",
                new BigDecimal("325000000"),
                Approx.ABOUT,
                Direction.UP,
                "REVENUE",
                "CEO",
                "Europe",
                "2025",
                "last year",
                "We are building",
                List.of(new Fact.Alt(new BigDecimal("325000000"), "USD")),
                new Fact.Evidence(null, null, "Corvane said revenue rose.", 10, 36),
                0.87,
                null,
                new FxConversion(
                                LocalDate.of(2026, 3, 3),
                                new BigDecimal("0.92"),
                                LocalDate.of(2026, 3, 2),
                                FxSource.ECB,
                                null,
                                null)
                        .toFact(),
                new Fact.RegisterIds("Corvane Systems Inc", "CRV", "NYSE", "US1234567890", "42"),
                new Fact.RegisterIds("Brightfield Labs Ltd", null, null, null, null));
    }

    @Test
    void aFactWithEveryFieldSetIsStoredAndReadBackWhole() throws Exception {
        Fact f = everyField();
        String id = "c".repeat(64);
        Fact read = FactEntity.of(f, id, 3, MAPPER).toWire("corvane.txt", MAPPER);
        assertEquals(f.withEvidenceOf(id, "corvane.txt"), read);
        String json = MAPPER.writeValueAsString(read);
        assertEquals(List.of(), ContractValidator.errors(Contract.FACT, json), json);
    }

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
