package org.newsfacts.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsfacts.engine.entity.RegisterCsv;

/**
 * {@code refdata register REFDATA_DIR [--out FILE]}: derives the engine's company register from the
 * published files in REFDATA_DIR (sec/company_tickers.json, pytickersymbols/stocks.yaml; see
 * docs/register.md) and writes it to FILE, by default the engine's resource
 * {@code extract-engine/src/main/resources/org/newsfacts/engine/entity/company-register.csv}.
 */
final class RegisterRefdataCommand {

    static final Path DEFAULT_OUT =
            Path.of("extract-engine/src/main/resources/org/newsfacts/engine/entity/company-register.csv");

    private RegisterRefdataCommand() {}

    // args[0] is the table's name: RefdataCommand chose this command by it.
    static int run(String[] args, PrintStream out, PrintStream err) {
        Path refdata = null;
        Path target = DEFAULT_OUT;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--out")) {
                if (i + 1 >= args.length) {
                    throw new Main.UsageException("--out needs a file");
                }
                target = Path.of(args[++i]);
            } else if (args[i].startsWith("--")) {
                throw new Main.UsageException("unknown option " + args[i]);
            } else if (refdata == null) {
                refdata = Path.of(args[i]);
            } else {
                throw new Main.UsageException("one reference-data folder only, got also '" + args[i] + "'");
            }
        }
        if (refdata == null) {
            throw new Main.UsageException("name the reference-data folder (with sec/ and pytickersymbols/)");
        }
        try {
            RegisterBuilder.Result r = RegisterBuilder.build(refdata);
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                RegisterCsv.write(r.entries(), w);
            }
            err.printf(
                    "%d entries (%d SEC registrants, %d index companies, merged: %d by ticker, %d by name; "
                            + "%d ambiguous ticker matches left apart) -> %s (%d bytes)%n",
                    r.entries().size(),
                    r.secRegistrants(),
                    r.indexCompanies(),
                    r.mergedByTicker(),
                    r.mergedByName(),
                    r.ambiguous(),
                    target,
                    Files.size(target));
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("newsfacts refdata register: " + e.getMessage());
            return 1;
        }
    }
}
