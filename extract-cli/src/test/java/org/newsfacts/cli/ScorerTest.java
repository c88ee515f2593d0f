package org.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode j(String json) throws IOException {
        return JSON.readTree(json);
    }

    @Test
    void namesIgnoreLegalSuffixesAndRolesTheirSynonyms() throws IOException {
        JsonNode gold = j(
                "{\"type\":\"ROLE\",\"subject\":\"Ada Brook\",\"object\":\"Brookfield Tools Group\",\"role\":\"CEO\"}");
        assertTrue(
                Scorer.matches(
                        gold,
                        j(
                                "{\"type\":\"ROLE\",\"subject\":\"Ada Brook\",\"object\":\"Brookfield Tools Inc\",\"role\":\"CHIEF_EXECUTIVE\"}")));
        assertFalse(Scorer.matches(
                gold, j("{\"type\":\"ROLE\",\"subject\":\"Ada Brook\",\"object\":\"Brookfield\",\"role\":\"CEO\"}")));
        assertFalse(Scorer.matches(
                gold,
                j("{\"type\":\"ROLE\",\"subject\":\"Ada Brook\",\"object\":\"Brookfield Tools\",\"role\":\"CFO\"}")));
    }

    @Test
    void anEstimateMatchesOnlyAnEstimateAndValuesWithinOnePercentInTheGoldUnit() throws IOException {
        JsonNode gold = j(
                "{\"type\":\"FINANCIAL_METRIC\",\"subject\":\"Northwind\",\"metric\":\"NET_INCOME_ESTIMATE\",\"value\":1000,\"unit\":\"GBP\"}");
        assertTrue(
                Scorer.matches(
                        gold,
                        j(
                                "{\"type\":\"FINANCIAL_METRIC\",\"subject\":\"Northwind\",\"metric\":\"PROFIT_ESTIMATE\",\"value\":1005,\"unit\":\"GBP\"}")));
        assertFalse(
                Scorer.matches(
                        gold,
                        j(
                                "{\"type\":\"FINANCIAL_METRIC\",\"subject\":\"Northwind\",\"metric\":\"NET_INCOME\",\"value\":1000,\"unit\":\"GBP\"}")));
        assertFalse(
                Scorer.matches(
                        gold,
                        j(
                                "{\"type\":\"FINANCIAL_METRIC\",\"subject\":\"Northwind\",\"metric\":\"PROFIT_ESTIMATE\",\"value\":1000,\"unit\":\"USD\"}")));
        assertFalse(
                Scorer.matches(
                        gold,
                        j(
                                "{\"type\":\"FINANCIAL_METRIC\",\"subject\":\"Northwind\",\"metric\":\"PROFIT_ESTIMATE\",\"value\":1020,\"unit\":\"GBP\"}")));
    }

    @Test
    void countsTruePositivesDuplicatesExtrasAndMisses() throws IOException {
        Scorer scorer = new Scorer();
        JsonNode gold = j(
                "{\"type\":\"STOCK_MOVE\",\"subject\":\"Northwind\",\"direction\":\"UP\",\"value\":3,\"unit\":\"PERCENT\"}");
        JsonNode hit = j(
                "{\"type\":\"STOCK_MOVE\",\"subject\":\"Northwind plc\",\"direction\":\"UP\",\"value\":3.0,\"unit\":\"PERCENT\"}");
        JsonNode wrong = j(
                "{\"type\":\"STOCK_MOVE\",\"subject\":\"Northwind\",\"direction\":\"DOWN\",\"value\":3,\"unit\":\"PERCENT\"}");
        scorer.score(
                "a.txt",
                List.of(gold, j("{\"type\":\"QUOTE\",\"subject\":\"Northwind\",\"text\":\"we expect a strong year\"}")),
                List.of(hit, hit, wrong));
        Scorer.Counts t = scorer.total();
        assertEquals(new Scorer.Counts(1, 1, 1, 1), t);
        assertEquals(2, scorer.misses().size(), scorer.misses().toString());
    }
}
