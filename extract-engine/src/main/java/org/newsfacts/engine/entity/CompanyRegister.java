package org.newsfacts.engine.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The company register: listed companies with their identifiers, looked up by name key
 * ({@link CompanyNames#key}) and by ticker. The shipped table ({@code company-register.csv}, made by
 * {@code ./newsfacts refdata register}) comes from the SEC's list of registrants with tickers and the
 * pytickersymbols index register; a user's own file ({@link #withExtra}) adds to it. Immutable and
 * thread-safe.
 */
public final class CompanyRegister {

    static final String SHIPPED = "company-register.csv";

    private final List<RegisterEntry> entries;
    private final Map<String, List<RegisterEntry>> byKey = new HashMap<>();
    private final Map<String, List<RegisterEntry>> byTicker = new HashMap<>();

    public CompanyRegister(List<RegisterEntry> entries) {
        this.entries = List.copyOf(entries);
        for (RegisterEntry e : this.entries) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(CompanyNames.key(e.name()));
            e.akas().forEach(a -> keys.add(CompanyNames.key(a)));
            keys.remove("");
            keys.forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e));
            Set<String> tickers = new HashSet<>();
            e.listings().forEach(l -> tickers.add(l.ticker().toUpperCase(Locale.ROOT)));
            tickers.forEach(
                    t -> byTicker.computeIfAbsent(t, x -> new ArrayList<>(1)).add(e));
        }
    }

    private static final class Shipped {
        static final CompanyRegister REGISTER = load();

        private static CompanyRegister load() {
            try (InputStream in = CompanyRegister.class.getResourceAsStream(SHIPPED)) {
                if (in == null) {
                    throw new IllegalStateException("missing engine resource " + SHIPPED);
                }
                return new CompanyRegister(
                        RegisterCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), SHIPPED));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The shipped register (loaded once). */
    public static CompanyRegister shipped() {
        return Shipped.REGISTER;
    }

    /** An empty register: nothing links. */
    public static CompanyRegister empty() {
        return new CompanyRegister(List.of());
    }

    /**
     * This register with the entries of a user's file (same format, docs/register.md) added; a file
     * entry with the CIK or an ISIN of an entry here replaces that entry (a correction).
     *
     * @throws IllegalArgumentException when the file is malformed (the message names the line and why)
     * @throws UncheckedIOException when it cannot be read
     */
    public CompanyRegister withExtra(Path csv) {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return withExtra(RegisterCsv.read(in, csv.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the register file " + csv + ": " + e.getMessage(), e);
        }
    }

    public CompanyRegister withExtra(List<RegisterEntry> extra) {
        Set<String> ciks = new HashSet<>();
        Set<String> isins = new HashSet<>();
        for (RegisterEntry e : extra) {
            if (e.cik() != null) {
                ciks.add(e.cik());
            }
            isins.addAll(e.isins());
        }
        List<RegisterEntry> merged = new ArrayList<>();
        for (RegisterEntry e : entries) {
            if (!ciks.contains(e.cik()) && e.isins().stream().noneMatch(isins::contains)) {
                merged.add(e);
            }
        }
        merged.addAll(extra);
        return new CompanyRegister(merged);
    }

    public List<RegisterEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** The entries one of whose names has this key ({@link CompanyNames#key}); several when the name is ambiguous. */
    public List<RegisterEntry> byKey(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The entries listed under {@code ticker} on one of {@code exchanges} (any exchange when empty). */
    public List<RegisterEntry> byTicker(String ticker, Set<String> exchanges) {
        List<RegisterEntry> all = byTicker.getOrDefault(ticker.toUpperCase(Locale.ROOT), List.of());
        if (exchanges.isEmpty()) {
            return all;
        }
        return all.stream()
                .filter(e -> e.listings().stream()
                        .anyMatch(l -> l.ticker().equalsIgnoreCase(ticker) && exchanges.contains(l.exchange())))
                .toList();
    }
}
