package org.newsfacts.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.newsfacts.engine.fx.FxRate;
import org.newsfacts.engine.fx.RatesFileFormat;
import org.newsfacts.model.FxSource;

/**
 * {@code refdata fx DIR --out FILE}: derives the engine's vendored daily rate table from the published
 * files in DIR (../shared/refdata: {@code ecb/eurofxref-hist.csv}, {@code fed-h10/h10-daily.csv}), in
 * the format of {@link RatesFileFormat}, gzip-compressed. Every ECB currency becomes units per US dollar
 * through the day's euro cross (X per EUR ÷ USD per EUR; the euro itself 1 ÷ USD per EUR); TWD, LKR and
 * VES come from H.10 as published; before the ECB's first yuan rate the yuan is the PBOC's 8.2770 peg.
 * The output depends only on the input files (their SHA-256 are in its header; gzip without a time
 * stamp), so running it again on the same files gives the same bytes.
 */
final class FxRefdataCommand {

    static final String ECB_FILE = "ecb/eurofxref-hist.csv";
    static final String H10_FILE = "fed-h10/h10-daily.csv";
    /** The People's Bank of China's central parity of 1997 – July 2005 (yuan per dollar). */
    static final BigDecimal CNY_PEG = new BigDecimal("8.2770");

    private FxRefdataCommand() {}

    // args[0] is the table's name: RefdataCommand chose this command by it.
    static int run(String[] args, PrintStream out, PrintStream err) {
        Path dir = null;
        Path target = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--out") && i + 1 < args.length) {
                target = Path.of(args[++i]);
            } else if (args[i].startsWith("--") || dir != null) {
                throw new Main.UsageException("unexpected argument " + args[i] + " (refdata fx DIR --out FILE)");
            } else {
                dir = Path.of(args[i]);
            }
        }
        if (dir == null || target == null) {
            throw new Main.UsageException("refdata fx needs the reference data folder and --out FILE");
        }
        try {
            Summary s = write(dir, target);
            err.printf(
                    "wrote %s (%,d bytes): %d currencies, ECB %s … %s (%,d days), H.10 %s … %s%n",
                    target, Files.size(target), s.currencies, s.ecbFirst, s.ecbLast, s.ecbDays, s.h10First, s.h10Last);
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("newsfacts refdata fx: " + e.getMessage());
            return 1;
        }
    }

    record Summary(
            int currencies,
            LocalDate ecbFirst,
            LocalDate ecbLast,
            int ecbDays,
            LocalDate h10First,
            LocalDate h10Last) {}

    static Summary write(Path dir, Path target) throws IOException {
        Path ecbFile = dir.resolve(ECB_FILE);
        Path h10File = dir.resolve(H10_FILE);
        for (Path p : List.of(ecbFile, h10File)) {
            if (!Files.isRegularFile(p)) {
                throw new IOException("missing " + p + " (see ../shared/refdata/README.md)");
            }
        }
        // ECB: one row a TARGET business day, units per euro, "N/A" where none; crossed to the dollar.
        List<String> ecbLines = Files.readAllLines(ecbFile, StandardCharsets.UTF_8);
        String[] header = ecbLines.get(0).split(",");
        int usdColumn = List.of(header).indexOf("USD");
        if (!header[0].equals("Date") || usdColumn < 0) {
            throw new IllegalArgumentException(ecbFile + ": expected a header 'Date,USD,…', found " + ecbLines.get(0));
        }
        List<String> ecbCurrencies = new ArrayList<>(List.of("EUR"));
        List<Integer> columns = new ArrayList<>(List.of(-1));
        for (int c = 1; c < header.length; c++) {
            if (c != usdColumn && !header[c].isBlank()) {
                ecbCurrencies.add(header[c].strip());
                columns.add(c);
            }
        }
        SortedMap<LocalDate, BigDecimal[]> ecb = new TreeMap<>();
        LocalDate firstCny = null;
        int cny = ecbCurrencies.indexOf("CNY");
        for (String line : ecbLines.subList(1, ecbLines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            LocalDate day = LocalDate.parse(f[0]);
            BigDecimal usdPerEur = number(f[usdColumn], ecbFile, day);
            if (usdPerEur == null) {
                continue; // no dollar rate: no cross that day
            }
            BigDecimal[] row = new BigDecimal[ecbCurrencies.size()];
            for (int i = 0; i < columns.size(); i++) {
                BigDecimal perEur = columns.get(i) < 0 ? BigDecimal.ONE : number(f[columns.get(i)], ecbFile, day);
                row[i] = perEur == null ? null : FxRate.crossViaEur(perEur, usdPerEur);
            }
            if (cny >= 0 && row[cny] != null && (firstCny == null || day.isBefore(firstCny))) {
                firstCny = day;
            }
            ecb.put(day, row);
        }
        // H.10: date,currency,units_per_usd,series; TWD, LKR and VES.
        List<String> h10Lines = Files.readAllLines(h10File, StandardCharsets.UTF_8);
        if (!h10Lines.get(0).startsWith("date,currency,units_per_usd")) {
            throw new IllegalArgumentException(
                    h10File + ": expected a header 'date,currency,units_per_usd,series', found " + h10Lines.get(0));
        }
        Map<String, Integer> h10Index = new LinkedHashMap<>();
        Map<LocalDate, Map<String, BigDecimal>> h10Days = new TreeMap<>();
        for (String line : h10Lines.subList(1, h10Lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            LocalDate day = LocalDate.parse(f[0]);
            BigDecimal rate = number(f[2], h10File, day);
            if (rate != null) {
                h10Index.putIfAbsent(f[1], h10Index.size());
                h10Days.computeIfAbsent(day, d -> new LinkedHashMap<>()).put(f[1], rate);
            }
        }
        SortedMap<LocalDate, BigDecimal[]> h10 = new TreeMap<>();
        h10Days.forEach((day, rates) -> {
            BigDecimal[] row = new BigDecimal[h10Index.size()];
            rates.forEach((currency, rate) -> row[h10Index.get(currency)] = rate);
            h10.put(day, row);
        });
        // The yuan's peg, on the ECB's days before its first yuan rate.
        SortedMap<LocalDate, BigDecimal[]> peg = new TreeMap<>();
        if (firstCny != null) {
            ecb.headMap(firstCny).keySet().forEach(day -> peg.put(day, new BigDecimal[] {CNY_PEG}));
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (Writer w = new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16), StandardCharsets.UTF_8)) {
            w.write(
                    "# NewsFacts daily exchange rates: units of each currency per US dollar, one line a day (docs/fx.md).\n");
            w.write("# Made by ./newsfacts refdata fx from (SHA-256):\n");
            w.write("#   " + sha256(ecbFile) + "  " + ECB_FILE
                    + "  European Central Bank euro reference rates, crossed via USD per EUR. Source: ECB.\n");
            w.write("#   " + sha256(h10File) + "  " + H10_FILE
                    + "  Federal Reserve H.10 noon buying rates (public domain).\n");
            w.write("# PBOC_PEG: the yuan's 8.2770 dollar peg on the ECB's days before its first CNY rate (" + firstCny
                    + ").\n");
            RatesFileFormat.writeSection(w, FxSource.ECB, ecbCurrencies, ecb);
            RatesFileFormat.writeSection(w, FxSource.FRB_H10, List.copyOf(h10Index.keySet()), h10);
            if (!peg.isEmpty()) {
                RatesFileFormat.writeSection(w, FxSource.PBOC_PEG, List.of("CNY"), peg);
            }
        }
        Files.move(
                tmp,
                target,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return new Summary(
                ecbCurrencies.size() + h10Index.size(),
                ecb.firstKey(),
                ecb.lastKey(),
                ecb.size(),
                h10.isEmpty() ? null : h10.firstKey(),
                h10.isEmpty() ? null : h10.lastKey());
    }

    /** A published rate; null for "N/A" or an empty cell; anything else that is not a positive number fails. */
    private static BigDecimal number(String cell, Path file, LocalDate day) {
        String s = cell.strip();
        if (s.isEmpty() || s.equals("N/A")) {
            return null;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ", " + day + ": '" + s + "' is not a number");
        }
        if (v.signum() <= 0) {
            throw new IllegalArgumentException(file + ", " + day + ": the rate " + s + " is not positive");
        }
        return v;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
