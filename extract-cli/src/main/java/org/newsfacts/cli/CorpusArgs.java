package org.newsfacts.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.newsfacts.engine.decide.Trainer;

/**
 * The arguments of {@code train} and {@code score --cv}: gold folders (the first is the set that is
 * cross-validated, the others are always trained on), {@code --articles DIR} per gold folder in the
 * same order, {@code --cv K}, {@code --date}, {@code --threshold P}, {@code --out FILE}, {@code --json}.
 */
final class CorpusArgs {

    final List<Path> gold = new ArrayList<>();
    final List<Path> articles = new ArrayList<>();
    int k = 8;
    LocalDate date;
    Double threshold;
    Path out;
    boolean json;

    static CorpusArgs parse(String[] args, boolean allowOut) {
        CorpusArgs a = new CorpusArgs();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> a.articles.add(Path.of(value(args, ++i, "--articles needs a folder")));
                case "--cv" -> {
                    String v = value(args, ++i, "--cv needs a number of folds");
                    try {
                        a.k = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new Main.UsageException("--cv '" + v + "' is not a number of folds");
                    }
                    if (a.k < 2) {
                        throw new Main.UsageException("--cv needs at least 2 folds");
                    }
                }
                case "--date" -> {
                    String v = value(args, ++i, "--date needs a date (YYYY-MM-DD)");
                    try {
                        a.date = LocalDate.parse(v);
                    } catch (DateTimeParseException e) {
                        throw new Main.UsageException("--date '" + v + "' is not a date of the form YYYY-MM-DD");
                    }
                }
                case "--threshold" -> {
                    String v = value(args, ++i, "--threshold needs a probability");
                    try {
                        a.threshold = Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        throw new Main.UsageException("--threshold '" + v + "' is not a number");
                    }
                    if (a.threshold < 0 || a.threshold > 1) {
                        throw new Main.UsageException("--threshold must be between 0 and 1");
                    }
                }
                case "--out" -> {
                    if (!allowOut) {
                        throw new Main.UsageException("unknown option --out");
                    }
                    a.out = Path.of(value(args, ++i, "--out needs a file"));
                }
                case "--json" -> a.json = true;
                case "--show" -> {} // score --cv: every cross-validated miss and extra before the table
                case "--uncovered" -> {} // score --cv: list the gold facts no reading states, and stop
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new Main.UsageException("unknown option " + args[i]);
                    }
                    a.gold.add(Path.of(args[i]));
                }
            }
        }
        if (a.gold.isEmpty()) {
            throw new Main.UsageException("name at least one folder of gold files");
        }
        if (a.articles.size() > a.gold.size()) {
            throw new Main.UsageException("more --articles folders than gold folders");
        }
        return a;
    }

    private static String value(String[] args, int i, String missing) {
        if (i >= args.length) {
            throw new Main.UsageException(missing);
        }
        return args[i];
    }

    Trainer.Options options() {
        Trainer.Options o = Trainer.Options.defaults();
        return threshold == null ? o : o.withThreshold(threshold);
    }

    /** The labelled articles of each gold folder, in order. */
    List<List<LabelledCorpus.Item>> load(PrintStream progress) throws IOException {
        List<List<LabelledCorpus.Item>> out = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            Path dir = i < articles.size() ? articles.get(i) : LabelledCorpus.articlesOf(gold.get(i));
            out.add(LabelledCorpus.load(gold.get(i), dir, date, progress));
        }
        return out;
    }
}
