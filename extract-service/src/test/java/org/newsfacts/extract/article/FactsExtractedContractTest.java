package org.newsfacts.extract.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Extractor;
import org.newsfacts.model.ArticleIds;
import org.newsfacts.model.Contract;
import org.newsfacts.model.ContractValidator;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.model.FactsExtracted;

/**
 * What extract-service announces on facts.extracted (and /api/extract answers) is valid under
 * contracts/facts.extracted.v1.schema.json and, fact by fact, fact.v1: the engine's facts of an article
 * with facts of many types, serialized as Quarkus's ObjectMapper does.
 */
class FactsExtractedContractTest {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final String ARTICLE = """
            Corvane Systems to invest $4 billion in chip plants

            LONDON, March 3 (Newswire) - Corvane Systems Inc said on Tuesday it would invest $4 billion in new chip plants over the next five years.
            The company's revenue rose 12% to $8.2 billion in 2025, while net profit fell to $610 million from $700 million.
            Corvane also agreed to buy Brightfield Labs for 300 million euros, chief executive Mara Linde said.
            "We are building for the next decade," Linde said.
            Shares of Corvane rose 4.5% in London.
            """;

    @Test
    void theEventOfAnArticleAndEachOfItsFactsAreValid() throws Exception {
        String id = ArticleIds.idOf(ARTICLE);
        List<Fact> facts = Extractor.standard().extract(ARTICLE, LocalDate.of(2026, 3, 3));
        Set<FactType> types = facts.stream().map(Fact::type).collect(Collectors.toSet());
        assertTrue(types.size() >= 4, "an article with facts of several types: " + types);

        List<Fact> published =
                facts.stream().map(f -> f.withEvidenceOf(id, "corvane.txt")).toList();
        String event = MAPPER.writeValueAsString(
                new FactsExtracted(id, "corvane.txt", Extractor.VERSION, published, List.of("Corvane Systems")));
        assertEquals(List.of(), ContractValidator.errors(Contract.FACTS_EXTRACTED, event), event);
        for (Fact fact : published) {
            String json = MAPPER.writeValueAsString(fact);
            assertEquals(List.of(), ContractValidator.errors(Contract.FACT, json), json);
        }
    }
}
