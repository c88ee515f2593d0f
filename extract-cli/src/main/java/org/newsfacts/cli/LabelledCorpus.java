package org.newsfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.Extractor;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.decide.Reading;
import org.newsfacts.engine.decide.Trainer;
import org.newsfacts.formats.ArticleFormat;
import org.newsfacts.formats.ArticleReader;
import org.newsfacts.model.Fact;
import org.newsfacts.model.RawArticle;

/**
 * Articles with gold facts, read as the inbox reads them and run once up to the readings
 * ({@link Extractor#readings()}); each reading labelled right when it states one of the article's gold
 * facts by the scorer's rules. A gold folder {@code G} holds {@code <file>.jsonl} per article; the
 * articles are in the folder given for it, else {@code G/../articles}, else {@code G/..}.
 */
final class LabelledCorpus {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /**
     * One article: its file name, id, the document up to the readings, its gold facts, whether each reading
     * states a gold fact ({@code right}) and whether each gold fact is stated by some reading ({@code covered}).
     */
    record Item(
            String source,
            String articleId,
            Document document,
            List<JsonNode> gold,
            boolean[] right,
            boolean[] covered) {

        List<Reading> readings() {
            return document.get(Layers.READINGS);
        }

        List<Trainer.Example> examples() {
            List<Trainer.Example> out = new ArrayList<>();
            List<Reading> readings = readings();
            for (int i = 0; i < readings.size(); i++) {
                out.add(new Trainer.Example(source, readings.get(i).features(), right[i]));
            }
            return out;
        }
    }

    private LabelledCorpus() {}

    /** The articles folder of a gold folder when none is named. */
    static Path articlesOf(Path gold) {
        Path parent = gold.toAbsolutePath().normalize().getParent();
        Path articles = parent.resolve("articles");
        return Files.isDirectory(articles) ? articles : parent;
    }

    /** Every article of {@code articles} that has a gold file in {@code gold}, in name order. */
    static List<Item> load(Path gold, Path articles, LocalDate date, PrintStream progress) throws IOException {
        if (!Files.isDirectory(gold)) {
            throw new Main.UsageException(gold + ": not a folder of gold files");
        }
        if (!Files.isDirectory(articles)) {
            throw new Main.UsageException(articles + ": not a folder of articles");
        }
        Extractor readings = Extractor.readings();
        ArticleReader reader = new ArticleReader(JSON);
        List<Item> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(articles)) {
            files = list.filter(Files::isRegularFile)
                    .filter(p ->
                            ArticleFormat.ofFileName(p.getFileName().toString()).isPresent())
                    .filter(p -> Files.isRegularFile(gold.resolve(p.getFileName() + ".jsonl")))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            ArticleReader.Read read = reader.read(
                    name,
                    ArticleFormat.ofFileName(name).orElseThrow(),
                    Files.readAllBytes(file),
                    ExtractCommand.MAX_BYTES);
            if (read instanceof ArticleReader.Refused refused) {
                throw new IOException(file + ": refused: " + refused.reason());
            }
            RawArticle article = ((ArticleReader.Articles) read).articles().get(0);
            Document document = readings.run(article.body(), ExtractCommand.articleDate(article, date));
            List<JsonNode> goldFacts =
                    ScoreCommand.readLines(Files.readString(gold.resolve(name + ".jsonl")), name + ".jsonl");
            List<Reading> rs = document.get(Layers.READINGS);
            boolean[] right = new boolean[rs.size()];
            boolean[] covered = new boolean[goldFacts.size()];
            for (int i = 0; i < rs.size(); i++) {
                JsonNode node = json(rs.get(i).candidate().fact(), article.id(), article.source());
                for (int g = 0; g < goldFacts.size(); g++) {
                    if (Scorer.matches(goldFacts.get(g), node)) {
                        right[i] = true;
                        covered[g] = true;
                    }
                }
            }
            out.add(new Item(article.source(), article.id(), document, goldFacts, right, covered));
        }
        progress.printf("%s: %d articles with gold facts%n", articles, out.size());
        return out;
    }

    static JsonNode json(Fact fact, String articleId, String source) {
        return JSON.valueToTree(fact.withEvidenceOf(articleId, source));
    }
}
