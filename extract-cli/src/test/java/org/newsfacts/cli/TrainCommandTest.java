package org.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.engine.decide.DecisionModel;

/** {@code train} and {@code score --cv} on a small invented gold set (articles and gold facts written for this test). */
class TrainCommandTest {

    private static final String[] MAKERS = {
        "Zentrik", "Bolvar", "Quenta", "Marlow", "Ostrava", "Pellin", "Tarrow", "Vessa"
    };
    private static final String[] RIVALS = {
        "Kestrel", "Loomis", "Norvik", "Drey", "Fenwick", "Gallant", "Hollis", "Ivory"
    };

    /** Eight articles: the maker's revenue is a gold fact; the rival's move and the maker's plans are not annotated. */
    static Path goldSet(Path dir) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path gold = Files.createDirectories(dir.resolve("gold"));
        for (int i = 0; i < MAKERS.length; i++) {
            String maker = MAKERS[i] + " Corp";
            String rival = RIVALS[i] + " Inc";
            int billions = 2 + i;
            String text = String.format(Locale.ROOT, """
                    %s lifts sales

                    %s reported revenue of $%d.5bn for the year, the company said on Tuesday. Shares in %s rose 4%% in early trading.

                    %s, a rival, said it may consider new markets. %s's chief executive Dana Imre said: "We are pleased with the year we have had."
                    """, maker, maker, billions, rival, rival, maker);
            String name = String.format(Locale.ROOT, "article-%02d.txt", i);
            Files.writeString(articles.resolve(name), text);
            Files.writeString(
                    gold.resolve(name + ".jsonl"),
                    String.format(
                            Locale.ROOT,
                            "{\"type\": \"FINANCIAL_METRIC\", \"subject\": \"%s\", \"metric\": \"REVENUE\", \"value\": %d500000000, \"unit\": \"USD\"}%n"
                                    + "{\"type\": \"QUOTE\", \"subject\": \"Dana Imre\", \"text\": \"We are pleased with the year we have had.\"}%n",
                            MAKERS[i],
                            billions));
        }
        return gold;
    }

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void trainWritesALoadableModelWithItsSummaryAndCrossValidatedFigures(@TempDir Path dir) throws IOException {
        Path gold = goldSet(dir);
        Path model = dir.resolve("out/decision-model.txt");
        Run r = run("train", gold.toString(), "--cv", "4", "--out", model.toString(), "--date", "2025-03-01");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("4-fold cross-validation by article"), r.out());
        DecisionModel loaded;
        try (Reader in = Files.newBufferedReader(model)) {
            loaded = DecisionModel.read(in);
        }
        assertTrue(
                loaded.info().get("data").contains("8 articles, 16 gold facts"),
                loaded.info().toString());
        assertTrue(
                loaded.info().get("cv").startsWith("4-fold by article"),
                loaded.info().toString());
        String summary = Files.readString(model.resolveSibling("MODEL.md"));
        assertTrue(summary.contains("## Data it saw") && summary.contains("reliability"), summary);
    }

    @Test
    void scoreCvPrintsPerTypeFiguresCandidateRecallAndTheReliabilityTable(@TempDir Path dir) throws IOException {
        Path gold = goldSet(dir);
        Run r = run("score", "--cv", "4", gold.toString(), "--date", "2025-03-01");
        assertEquals(0, r.status(), r.err());
        for (String expected : List.of(
                "cross-validated",
                "resubstitution",
                "cand.R",
                "FINANCIAL_METRIC",
                "QUOTE",
                "expected calibration error (ECE)",
                "over 8 articles")) {
            assertTrue(r.out().contains(expected), expected + " missing from\n" + r.out());
        }
        Run json = run("score", "--cv", "4", gold.toString(), "--date", "2025-03-01", "--json");
        assertEquals(0, json.status(), json.err());
        assertTrue(json.out().contains("\"candidateRecall\"") && json.out().contains("\"ece\""), json.out());
    }

    @Test
    void badArgumentsAreRefusedWithTheReason(@TempDir Path dir) throws IOException {
        Path gold = goldSet(dir);
        Run oneFold = run("score", "--cv", "1", gold.toString());
        assertEquals(2, oneFold.status());
        assertTrue(oneFold.err().contains("at least 2 folds"), oneFold.err());
        Run noOut = run("train", gold.toString());
        assertEquals(2, noOut.status());
        assertTrue(noOut.err().contains("--out FILE"), noOut.err());
        Run missing = run("score", "--cv", "3", dir.resolve("nowhere").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("not a folder of gold files"), missing.err());
    }
}
