package org.newsfacts.engine.fx;

import java.time.LocalDate;

/**
 * Daily exchange rates as the engine reads them: the vendored table ({@link VendoredRates}), or what a
 * service adds to it (extract-service's stored live rates). Implementations are thread-safe.
 */
public interface FxRates {

    /** The rate of {@code currency} on {@code day}, else the newest before it; null when there is none on or before it. */
    FxRate onOrBefore(String currency, LocalDate day);

    /** The oldest rate known for {@code currency}; null when the currency has no rates at all. */
    FxRate first(String currency);

    /** The newer of two lookups (a rate of the same day: {@code preferred}'s). */
    static FxRates newestOf(FxRates preferred, FxRates other) {
        return new FxRates() {
            @Override
            public FxRate onOrBefore(String currency, LocalDate day) {
                return newer(preferred.onOrBefore(currency, day), other.onOrBefore(currency, day));
            }

            @Override
            public FxRate first(String currency) {
                FxRate a = preferred.first(currency);
                FxRate b = other.first(currency);
                return a == null ? b : b == null || !b.day().isBefore(a.day()) ? a : b;
            }
        };
    }

    private static FxRate newer(FxRate a, FxRate b) {
        return a == null ? b : b == null || !b.day().isAfter(a.day()) ? a : b;
    }
}
