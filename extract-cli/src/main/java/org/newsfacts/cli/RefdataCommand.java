package org.newsfacts.cli;

import java.io.PrintStream;

/**
 * {@code refdata fx|register DIR …}: derives a vendored reference table from the published files in DIR
 * (../shared/refdata): the daily exchange rates ({@link FxRefdataCommand}, docs/fx.md) or the company
 * register ({@link RegisterRefdataCommand}, docs/register.md).
 */
final class RefdataCommand {

    private RefdataCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        String table = args.length == 0 ? "" : args[0];
        return switch (table) {
            case "fx" -> FxRefdataCommand.run(args, out, err);
            case "register" -> RegisterRefdataCommand.run(args, out, err);
            default ->
                throw new Main.UsageException(
                        "name the table to build: refdata fx DIR --out FILE | refdata register DIR [--out FILE]");
        };
    }
}
