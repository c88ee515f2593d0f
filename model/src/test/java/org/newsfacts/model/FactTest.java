package org.newsfacts.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fact record is the schema's fact: its components are the schema's properties in the order the
 * JSON has them, a fact serialized as the services and the CLI do is valid under fact.v1, and the
 * extractor version is left out when it is not set.
 */
class FactTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Fact full(String extractorVersion) {
        return new Fact(
                FactType.INVESTMENT,
                "Alibaba Group",
                EntityType.ORGANIZATION,
                "AI infrastructure",
                EntityType.TOPIC,
                new BigDecimal("380000000000"),
                "CNY",
                new BigDecimal("53000000000"),
                Approx.MORE_THAN,
                Direction.UP,
                "CAPEX",
                null,
                "cloud",
                "P3Y",
                "over the next three years",
                null,
                List.of(new Fact.Alt(new BigDecimal("53000000000"), "USD")),
                new Fact.Evidence("a".repeat(64), "000.txt", "Alibaba will invest.", 0, 20),
                0.98,
                extractorVersion,
                new Fact.Fx("2025-02-24", new BigDecimal("7.16981"), null, FxSource.ARTICLE, null, null),
                new Fact.RegisterIds("Alibaba Group Holding Ltd", "BABA", "US", null, "1577552"),
                null);
    }

    @Test
    void theComponentsAreTheSchemasPropertiesInOrder() throws Exception {
        JsonNode properties = JSON.readTree(Contract.FACT.schema()).path("properties");
        List<String> schema = new ArrayList<>();
        properties.fieldNames().forEachRemaining(schema::add);
        assertEquals(
                schema,
                Arrays.stream(Fact.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList());
        List<String> evidence = new ArrayList<>();
        properties.path("evidence").path("properties").fieldNames().forEachRemaining(evidence::add);
        assertEquals(
                evidence,
                Arrays.stream(Fact.Evidence.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList());
        List<String> fx = new ArrayList<>();
        properties.path("fx").path("properties").fieldNames().forEachRemaining(fx::add);
        assertEquals(
                fx,
                Arrays.stream(Fact.Fx.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList());
    }

    @Test
    void aFactAsSerializedIsValidAndItsFieldsComeInTheRecordsOrder() throws Exception {
        for (String version : new String[] {null, "2.1.0"}) {
            String json = JSON.writeValueAsString(full(version));
            assertEquals(List.of(), ContractValidator.errors(Contract.FACT, json), json);
            List<String> names = new ArrayList<>();
            JSON.readTree(json).fieldNames().forEachRemaining(names::add);
            List<String> expected = new ArrayList<>(Arrays.stream(Fact.class.getRecordComponents())
                    .map(RecordComponent::getName)
                    .toList());
            if (version == null) {
                expected.remove("extractorVersion");
            }
            assertEquals(expected, names, "every field, null ones too, but a missing extractor version");
            assertEquals(full(version), JSON.readValue(json, Fact.class), "reads back");
        }
        String json = JSON.writeValueAsString(full(null));
        assertTrue(json.contains("\"direction\":\"UP\"") && json.contains("\"role\":null"), json);
        assertFalse(json.contains("extractorVersion"), json);
    }

    @Test
    void theEventOfAFactIsValid() throws Exception {
        String event = JSON.writeValueAsString(
                new FactsExtracted("a".repeat(64), "000.txt", "2.1.0", List.of(full(null)), List.of("Alibaba Group")));
        assertEquals(List.of(), ContractValidator.errors(Contract.FACTS_EXTRACTED, event), event);
    }
}
