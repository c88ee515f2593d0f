package org.newsfacts.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The engine's command line, behind {@code ./newsfacts extract} and {@code ./newsfacts score}.
 * Exit status: 0 done, 1 a file could not be read or scored, 2 bad usage.
 */
public final class Main {

    static final String USAGE = """
            usage: newsfacts extract FILE|DIR... [--date YYYY-MM-DD]   facts as JSON Lines (the export's shape) on stdout
                   newsfacts score EXPORT [GOLD_DIR | --gold DIR] [--show] [--json]
                                                                     precision, recall and F1 per type against gold facts
                   newsfacts score --cv K GOLD_DIR... [--articles DIR]... [--threshold P] [--date YYYY-MM-DD]
                                                                     k-fold cross-validation by article of the learned
                                                                     decision on the first gold folder (the others are
                                                                     always trained on): per-type P/R/F1, candidate recall,
                                                                     reliability table and calibration error
                   newsfacts train GOLD_DIR... [--articles DIR]... --out FILE [--cv K] [--threshold P] [--date YYYY-MM-DD]
                                                                     train the decision model on the gold (and report its CV)
                   newsfacts refdata register REFDATA_DIR [--out FILE]
                                                                     build the company register from the SEC and index
                                                                     files (default FILE: the engine's resource)
                   newsfacts refdata fx DIR --out FILE               the vendored daily exchange rates from DIR's ECB and
                                                                     H.10 files (../shared/refdata; docs/fx.md)
            """;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "extract" -> ExtractCommand.run(rest, out, err);
                case "score" ->
                    List.of(rest).contains("--cv") ? CvCommand.run(rest, out, err) : ScoreCommand.run(rest, out, err);
                case "train" -> TrainCommand.run(rest, out, err);
                case "refdata" -> RefdataCommand.run(rest, out, err);
                case "-h", "--help", "help" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> {
                    err.println("newsfacts: unknown command '" + args[0] + "'");
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (UsageException e) {
            err.println("newsfacts " + args[0] + ": " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
    }

    /** Bad arguments: the message says which and why. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
