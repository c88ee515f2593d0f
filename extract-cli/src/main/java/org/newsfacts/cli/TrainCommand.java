package org.newsfacts.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsfacts.engine.decide.DecisionModel;
import org.newsfacts.engine.decide.Trainer;

/**
 * {@code train GOLD_DIR... [--articles DIR]... [--out FILE] [--cv K] [--threshold P] [--date D]}:
 * trains the decision model on every article with gold facts, cross-validates it on the first gold
 * folder (the others always in training) and writes the model with, beside it, {@code MODEL.md}: the
 * data it saw and its cross-validated figures.
 */
final class TrainCommand {

    private TrainCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        CorpusArgs a = CorpusArgs.parse(args, true);
        if (a.out == null) {
            throw new Main.UsageException(
                    "--out FILE names where the model goes (./newsfacts train sets the engine's resource)");
        }
        List<List<LabelledCorpus.Item>> sets;
        try {
            sets = a.load(err);
        } catch (IOException e) {
            err.println("newsfacts train: " + e.getMessage());
            return 1;
        }
        Trainer.Options options = a.options();
        List<LabelledCorpus.Item> always = new ArrayList<>();
        sets.subList(1, sets.size()).forEach(always::addAll);
        err.printf("cross-validating (%d folds) on %s…%n", a.k, a.gold.get(0));
        CrossValidation.Result cv = CrossValidation.run(sets.get(0), always, a.k, options);
        String report = CrossValidation.report(cv);
        out.print(report);
        List<LabelledCorpus.Item> all = new ArrayList<>(sets.get(0));
        all.addAll(always);
        DecisionModel model = Trainer.train(CrossValidation.examples(all), options);
        Scorer.Counts c = cv.cv().total();
        Map<String, String> info = new LinkedHashMap<>();
        info.put("trained", LocalDate.now(ZoneOffset.UTC).toString());
        info.put(
                "data",
                a.gold.stream()
                                .map(g -> g.toAbsolutePath()
                                        .normalize()
                                        .getFileName()
                                        .toString())
                                .toList()
                                .toString() + " " + all.size() + " articles, "
                        + all.stream().mapToInt(i -> i.gold().size()).sum() + " gold facts");
        info.put(
                "cv",
                String.format(
                        Locale.ROOT,
                        "%d-fold by article on %s (seed %d): P %.3f R %.3f F1 %.3f ECE %.3f",
                        a.k,
                        a.gold.get(0).toAbsolutePath().normalize().getParent().getFileName(),
                        options.seed(),
                        c.precision(),
                        c.recall(),
                        c.f1(),
                        cv.ece()));
        model = model.withInfo(info);
        try {
            Files.createDirectories(a.out.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(a.out, StandardCharsets.UTF_8)) {
                model.write(w);
            }
            Files.writeString(
                    a.out.toAbsolutePath().getParent().resolve("MODEL.md"),
                    summary(model, a, all, cv, report),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("newsfacts train: cannot write " + a.out + ": " + e.getMessage());
            return 1;
        }
        err.printf(
                "wrote %s (%d features, %d KB) and MODEL.md beside it%n", a.out, model.featureCount(), sizeKb(a.out));
        return 0;
    }

    private static long sizeKb(Path p) {
        try {
            return Files.size(p) / 1024;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String summary(
            DecisionModel model,
            CorpusArgs a,
            List<LabelledCorpus.Item> all,
            CrossValidation.Result cv,
            String report) {
        long readings = all.stream().mapToLong(i -> i.readings().size()).sum();
        long right = all.stream()
                .mapToLong(i -> {
                    int n = 0;
                    for (boolean b : i.right()) {
                        n += b ? 1 : 0;
                    }
                    return n;
                })
                .sum();
        StringBuilder s = new StringBuilder();
        s.append("# The decision model\n\n");
        s.append(
                "`decision-model.txt` decides which candidate readings of the rules become facts, and their confidence\n");
        s.append("(see `docs/extraction.md`). Written by `./newsfacts train` on ")
                .append(model.info().get("trained"))
                .append(".\n\n");
        s.append("## Data it saw\n\n");
        for (int i = 0; i < a.gold.size(); i++) {
            s.append("- gold folder `")
                    .append(a.gold.get(i)
                            .toAbsolutePath()
                            .normalize()
                            .getParent()
                            .getFileName())
                    .append("/")
                    .append(a.gold.get(i).getFileName())
                    .append("`")
                    .append(i == 0 ? " (cross-validated)" : " (always in training)")
                    .append('\n');
        }
        s.append(String.format(
                Locale.ROOT,
                "- %d articles, %d gold facts, %d readings of which %d state a gold fact%n",
                all.size(),
                all.stream().mapToInt(i -> i.gold().size()).sum(),
                readings,
                right));
        s.append(String.format(
                Locale.ROOT,
                "- %d features (seen in at least %d readings); %s%n",
                model.featureCount(),
                Trainer.Options.defaults().minCount(),
                model.info().get("learner")));
        s.append(String.format(
                Locale.ROOT,
                "- threshold %.2f: a reading becomes a fact when its calibrated probability reaches it%n%n",
                model.threshold()));
        s.append("## Cross-validated figures\n\n```\n").append(report).append("```\n");
        return s.toString();
    }
}
