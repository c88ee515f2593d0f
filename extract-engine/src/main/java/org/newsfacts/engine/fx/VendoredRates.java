package org.newsfacts.engine.fx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * The daily rates shipped with the engine ({@code lexicon/fx-usd-daily.csv.gz}, made by
 * {@code ./newsfacts refdata fx}; sources and coverage in docs/fx.md), read once.
 */
public final class VendoredRates {

    static final String RESOURCE = "/org/newsfacts/engine/lexicon/fx-usd-daily.csv.gz";

    private VendoredRates() {}

    private static final class Holder {
        static final DailyRates RATES = load();
    }

    public static DailyRates get() {
        return Holder.RATES;
    }

    private static DailyRates load() {
        try (InputStream raw = VendoredRates.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException(
                        "missing engine resource " + RESOURCE + " (made by ./newsfacts refdata fx)");
            }
            return DailyRates.read(new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
