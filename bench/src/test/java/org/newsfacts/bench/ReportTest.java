package org.newsfacts.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void upperGoalsAreStrictAsTheIssueStatesThem() {
        String table = Report.table(Map.of(
                "rssMb", Map.of("ingest", 511.9, "extract", 512.0), "query", Map.of("p99Ms", 9.99, "errors", 0)));
        assertTrue(table.matches("(?s).*peak RSS ingest-service\\s+512\\s+MB\\s+< 512  met.*"), table);
        assertTrue(table.matches("(?s).*peak RSS extract-service\\s+512\\s+MB\\s+< 512  MISSED.*"), table);
        assertTrue(table.matches("(?s).*query p99\\s+9.99\\s+ms\\s+< 10  met.*"), table);
        assertTrue(table.matches("(?s).*query errors\\s+0\\s+≤ 0  met.*"), table);
    }

    @Test
    void lowerGoalsAreAtLeast() {
        String table = Report.table(Map.of("endToEnd", Map.of("articlesPerSecond", 250)));
        assertTrue(table.matches("(?s).*end to end, sustained\\s+250\\s+articles/s\\s+≥ 250  met.*"), table);
    }

    @Test
    void theTableSaysWhichCorpusItMeasured() {
        String table = Report.table(Map.of(
                "corpus",
                Map.of("label", "1000 articles generated from seeds/ (seed 42)"),
                "backfill",
                Map.of("queryP99Ms", 12.5)));
        assertTrue(table.contains("corpus: 1000 articles generated from seeds/ (seed 42)"), table);
        assertTrue(table.matches("(?s).*meanwhile query p99\\s+12.50\\s+ms\\s+< 50  met.*"), table);
    }
}
