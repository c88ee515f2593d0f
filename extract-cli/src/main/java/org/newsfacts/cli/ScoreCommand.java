package org.newsfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code score EXPORT [GOLD_DIR | --gold DIR] [--show] [--json]}: compares a JSON Lines export of
 * facts (a file, an http(s) URL such as the query API's export, or - for stdin) with the gold files
 * {@code DIR/<source>.jsonl}, grouping facts by the base name of {@code evidence.source}. Articles
 * without a gold file are skipped. Prints a table per type; the last line is the overall figure.
 */
final class ScoreCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScoreCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        String export = null;
        Path gold = null;
        boolean show = false;
        boolean asJson = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--show" -> show = true;
                case "--json" -> asJson = true;
                case "--gold" -> {
                    if (i + 1 >= args.length) {
                        throw new Main.UsageException("--gold needs a folder");
                    }
                    gold = Path.of(args[++i]);
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new Main.UsageException("unknown option " + args[i]);
                    } else if (export == null) {
                        export = args[i];
                    } else if (gold == null) {
                        gold = Path.of(args[i]);
                    } else {
                        throw new Main.UsageException("unexpected argument " + args[i]);
                    }
                }
            }
        }
        if (export == null || gold == null) {
            throw new Main.UsageException("name the export and the gold folder");
        }
        if (!Files.isDirectory(gold)) {
            throw new Main.UsageException(gold + ": not a folder of gold files");
        }
        Map<String, List<JsonNode>> bySource;
        try {
            bySource = bySource(export);
        } catch (IOException | IllegalArgumentException e) {
            err.println("newsfacts score: cannot read the export " + export + ": " + e.getMessage());
            return 1;
        }
        Scorer scorer = new Scorer();
        try {
            scoreAll(scorer, gold, bySource);
        } catch (IOException | IllegalArgumentException e) {
            err.println("newsfacts score: " + e.getMessage());
            return 1;
        }
        if (asJson) {
            out.println(json(scorer).toPrettyString());
            return 0;
        }
        if (show) {
            scorer.misses().forEach(m -> out.println("  " + m));
        }
        out.print(table(scorer));
        return 0;
    }

    /** Every gold file of the folder scored against the export's facts of that source. */
    static void scoreAll(Scorer scorer, Path goldDir, Map<String, List<JsonNode>> bySource) throws IOException {
        List<Path> goldFiles;
        try (Stream<Path> list = Files.list(goldDir)) {
            goldFiles = list.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                    .sorted()
                    .toList();
        }
        for (Path goldFile : goldFiles) {
            String name = goldFile.getFileName().toString();
            String source = name.substring(0, name.length() - ".jsonl".length());
            scorer.score(
                    source,
                    readLines(Files.readString(goldFile), goldFile.toString()),
                    bySource.getOrDefault(source, List.of()));
        }
    }

    static String table(Scorer scorer) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT, "%-18s%6s%6s%6s%5s%5s%5s%5s%n", "type", "P", "R", "F1", "tp", "fp", "fn", "dup"));
        scorer.byType()
                .forEach((type, c) -> out.append(String.format(
                        Locale.ROOT,
                        "%-18s%6.2f%6.2f%6.2f%5d%5d%5d%5d%n",
                        type,
                        c.precision(),
                        c.recall(),
                        c.f1(),
                        c.tp(),
                        c.fp(),
                        c.fn(),
                        c.dup())));
        Scorer.Counts t = scorer.total();
        out.append(String.format(
                Locale.ROOT,
                "facts over %d articles: precision=%.3f recall=%.3f f1=%.3f (tp=%d fp=%d fn=%d dup=%d)%n",
                scorer.articles(),
                t.precision(),
                t.recall(),
                t.f1(),
                t.tp(),
                t.fp(),
                t.fn(),
                t.dup()));
        return out.toString();
    }

    private static ObjectNode json(Scorer scorer) {
        ObjectNode out = JSON.createObjectNode();
        scorer.byType().forEach((type, c) -> out.set(type, counts(c)));
        out.set("ALL", counts(scorer.total()).put("articles", scorer.articles()));
        return out;
    }

    private static ObjectNode counts(Scorer.Counts c) {
        return JSON.createObjectNode()
                .put("tp", c.tp())
                .put("fp", c.fp())
                .put("fn", c.fn())
                .put("dup", c.dup())
                .put("precision", c.precision())
                .put("recall", c.recall())
                .put("f1", c.f1());
    }

    /** The export's facts by the base name of their evidence.source. */
    static Map<String, List<JsonNode>> bySource(String export) throws IOException {
        String text;
        if (export.equals("-")) {
            text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } else if (export.startsWith("http://") || export.startsWith("https://")) {
            try (InputStream in = URI.create(export).toURL().openStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } else {
            text = Files.readString(Path.of(export));
        }
        Map<String, List<JsonNode>> out = new HashMap<>();
        for (JsonNode fact : readLines(text, export)) {
            String source = fact.path("evidence").path("source").asText("");
            String base = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
            out.computeIfAbsent(base, k -> new ArrayList<>()).add(fact);
        }
        return out;
    }

    static List<JsonNode> readLines(String text, String where) {
        List<JsonNode> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                out.add(JSON.readTree(lines[i]));
            } catch (IOException e) {
                throw new IllegalArgumentException(where + " line " + (i + 1) + " is not JSON: " + e.getMessage());
            }
        }
        return out;
    }
}
