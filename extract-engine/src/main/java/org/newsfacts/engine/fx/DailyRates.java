package org.newsfacts.engine.fx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsfacts.model.FxSource;

/**
 * Daily rates held compactly in memory (per currency and source: sorted days and rates in arrays;
 * the vendored table's 40 currencies over 27 years take a few megabytes), read from the text format
 * {@link RatesFileFormat} describes. Immutable once read; thread-safe.
 */
public final class DailyRates implements FxRates {

    /** One currency's rates from one source, oldest first. */
    private record Series(FxSource source, int[] days, double[] perUsd) {}

    private final Map<String, List<Series>> byCurrency;

    private DailyRates(Map<String, List<Series>> byCurrency) {
        this.byCurrency = byCurrency;
    }

    /** Reads the format of {@link RatesFileFormat}; fails with the line number on anything else. */
    public static DailyRates read(BufferedReader in) {
        Map<String, Map<FxSource, SeriesBuilder>> building = new HashMap<>();
        FxSource source = null;
        String[] currencies = null;
        int lineNo = 0;
        try {
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (line.startsWith("@")) {
                    source = FxSource.valueOf(f[0].substring(1));
                    currencies = Arrays.copyOfRange(f, 1, f.length);
                    continue;
                }
                if (source == null) {
                    throw new IllegalArgumentException("a rate before the first '@SOURCE,…' line");
                }
                if (f.length != currencies.length + 1) {
                    throw new IllegalArgumentException(
                            "expected " + (currencies.length + 1) + " fields, found " + f.length);
                }
                int day = (int) LocalDate.parse(f[0]).toEpochDay();
                for (int i = 0; i < currencies.length; i++) {
                    if (!f[i + 1].isEmpty()) {
                        building.computeIfAbsent(currencies[i], k -> new HashMap<>())
                                .computeIfAbsent(source, k -> new SeriesBuilder())
                                .add(day, Double.parseDouble(f[i + 1]));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("exchange rates, line " + lineNo + ": " + e.getMessage(), e);
        }
        Map<String, List<Series>> out = new HashMap<>();
        building.forEach((currency, sources) -> sources.forEach(
                (s, b) -> out.computeIfAbsent(currency, k -> new ArrayList<>()).add(b.build(currency, s))));
        return new DailyRates(out);
    }

    /** Rates given as records (extract-service's stored ones); several of a day and currency: the last wins. */
    public static DailyRates of(List<FxRate> rates) {
        Map<String, Map<FxSource, SeriesBuilder>> building = new HashMap<>();
        rates.stream()
                .sorted((a, b) -> a.day().compareTo(b.day()))
                .forEach(r -> building.computeIfAbsent(r.currency(), k -> new HashMap<>())
                        .computeIfAbsent(r.source(), k -> new SeriesBuilder())
                        .put((int) r.day().toEpochDay(), r.unitsPerUsd().doubleValue()));
        Map<String, List<Series>> out = new HashMap<>();
        building.forEach((currency, sources) -> sources.forEach(
                (s, b) -> out.computeIfAbsent(currency, k -> new ArrayList<>()).add(b.build(currency, s))));
        return new DailyRates(out);
    }

    @Override
    public FxRate onOrBefore(String currency, LocalDate day) {
        FxRate best = null;
        int wanted = (int) day.toEpochDay();
        for (Series s : byCurrency.getOrDefault(currency, List.of())) {
            int i = Arrays.binarySearch(s.days, wanted);
            if (i < 0) {
                i = -i - 2; // the insertion point's predecessor: the newest day before
            }
            if (i >= 0 && (best == null || s.days[i] > best.day().toEpochDay())) {
                best = rate(currency, s, i);
            }
        }
        return best;
    }

    @Override
    public FxRate first(String currency) {
        FxRate first = null;
        for (Series s : byCurrency.getOrDefault(currency, List.of())) {
            if (first == null || s.days[0] < first.day().toEpochDay()) {
                first = rate(currency, s, 0);
            }
        }
        return first;
    }

    /** The newest rate of {@code currency}, any source; null when none. */
    public FxRate newest(String currency) {
        return onOrBefore(currency, LocalDate.MAX);
    }

    /** The currencies with rates. */
    public java.util.Set<String> currencies() {
        return java.util.Set.copyOf(byCurrency.keySet());
    }

    private static FxRate rate(String currency, Series s, int i) {
        return new FxRate(
                currency, LocalDate.ofEpochDay(s.days[i]), FxRate.plain(BigDecimal.valueOf(s.perUsd[i])), s.source);
    }

    private static final class SeriesBuilder {
        private int[] days = new int[256];
        private double[] rates = new double[256];
        private int n;

        /** Appends a day after the last one. */
        void add(int day, double rate) {
            if (n > 0 && day <= days[n - 1]) {
                throw new IllegalArgumentException("days must ascend: " + LocalDate.ofEpochDay(day) + " after "
                        + LocalDate.ofEpochDay(days[n - 1]));
            }
            put(day, rate);
        }

        /** Appends, or replaces the last day's rate when it is the same day. */
        void put(int day, double rate) {
            if (!(rate > 0) || Double.isInfinite(rate)) {
                throw new IllegalArgumentException("not a positive rate: " + rate + " on " + LocalDate.ofEpochDay(day));
            }
            if (n > 0 && days[n - 1] == day) {
                rates[n - 1] = rate;
                return;
            }
            if (n == days.length) {
                days = Arrays.copyOf(days, n * 2);
                rates = Arrays.copyOf(rates, n * 2);
            }
            days[n] = day;
            rates[n++] = rate;
        }

        Series build(String currency, FxSource source) {
            return new Series(source, Arrays.copyOf(days, n), Arrays.copyOf(rates, n));
        }
    }
}
