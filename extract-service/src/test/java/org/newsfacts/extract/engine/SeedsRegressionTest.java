package org.newsfacts.extract.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine on the five seeds (seeds/*.txt) scored against their gold facts (seeds/gold, a copy of
 * ../shared/gold) with the rules of score-facts: F1 ≥ 0.95 overall, ≥ 0.90 per type, duplicates ≤ 5%.
 */
class SeedsRegressionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Path seeds() {
        Path root = Path.of(System.getProperty("newsfacts.projectRoot", ".."));
        Path dir = root.resolve("seeds");
        return Files.isDirectory(dir) ? dir : Path.of("..", "seeds");
    }

    @Test
    void theSeedsScoreAtLeast095() throws IOException {
        GoldScorer scorer = new GoldScorer();
        Extractor extractor = Extractor.standard();
        int articles = 0;
        int facts = 0;
        try (Stream<Path> files = Files.list(seeds())) {
            for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Path goldFile = seeds().resolve("gold").resolve(seed.getFileName() + ".jsonl");
                List<JsonNode> gold = new ArrayList<>();
                for (String line : Files.readAllLines(goldFile)) {
                    if (!line.isBlank()) {
                        gold.add(JSON.readTree(line));
                    }
                }
                List<Fact> got = extractor.extract(Files.readString(seed), LocalDate.of(2025, 3, 1));
                facts += got.size();
                scorer.score(seed.getFileName().toString(), gold, got);
                articles++;
            }
        }
        assertEquals(5, articles, "seeds/ holds five articles with gold files");
        GoldScorer.Counts total = scorer.total();
        String report = "F1 " + total.f1() + " (P " + total.precision() + ", R " + total.recall() + ", dup " + total.dup() + ")\n"
                + String.join("\n", scorer.misses);
        System.out.println("[seeds] " + report);
        assertTrue(total.f1() >= 0.95, report);
        for (Map.Entry<String, GoldScorer.Counts> e : scorer.byType.entrySet()) {
            if (e.getValue().tp() + e.getValue().fn() > 0) {
                assertTrue(e.getValue().f1() >= 0.90, e.getKey() + " F1 " + e.getValue().f1() + "\n" + report);
            }
        }
        assertTrue(total.dup() <= 0.05 * facts, "duplicates " + total.dup() + " of " + facts + " facts\n" + report);
    }

    @Test
    void theScorerItselfRejectsAWrongFact() throws IOException {
        JsonNode gold = JSON.readTree("{\"type\":\"ROLE\",\"subject\":\"Eddie Wu\",\"object\":\"Alibaba Group\",\"role\":\"CEO\"}");
        Fact.Evidence e = new Fact.Evidence("x", 0, 1);
        assertTrue(GoldScorer.matches(gold, Fact.builder("ROLE", "Eddie Wu", e).object("Alibaba", "ORGANIZATION").role("CHIEF_EXECUTIVE").build()));
        assertTrue(!GoldScorer.matches(gold, Fact.builder("ROLE", "Eddie Wu", e).object("Alibaba Cloud", "ORGANIZATION").role("CEO").build()));
        assertTrue(!GoldScorer.matches(gold, Fact.builder("ROLE", "Jack Ma", e).object("Alibaba Group", "ORGANIZATION").role("CEO").build()));
    }
}
