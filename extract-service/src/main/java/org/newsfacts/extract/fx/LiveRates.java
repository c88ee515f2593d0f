package org.newsfacts.extract.fx;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsfacts.engine.fx.DailyRates;
import org.newsfacts.engine.fx.FxRate;
import org.newsfacts.engine.fx.FxRates;
import org.newsfacts.engine.fx.VendoredRates;
import org.newsfacts.model.FxSource;

/**
 * The rates extraction converts with: the engine's vendored table and the ECB rates stored in the
 * database (crossed to the dollar as the vendored table is), the newer of the two for each lookup.
 * The stored part is a snapshot, read again after each load and each scheduled poll (so that rates
 * another instance loaded count here too).
 */
@ApplicationScoped
public class LiveRates implements FxRates {

    private final FxRateRepository repository;
    private final DailyRates vendored = VendoredRates.get();
    private volatile DailyRates stored = DailyRates.of(List.of());
    private volatile FxRates combined = FxRates.newestOf(stored, vendored);
    private volatile int storedDays;
    private volatile boolean read;

    public LiveRates(FxRateRepository repository) {
        this.repository = repository;
    }

    /** Reads the stored rates again. */
    public void refresh() {
        List<FxRateRepository.Stored> rows = QuarkusTransaction.requiringNew().call(repository::all);
        Map<LocalDate, Map<String, BigDecimal>> byDay = new LinkedHashMap<>();
        rows.forEach(
                r -> byDay.computeIfAbsent(r.day(), d -> new LinkedHashMap<>()).put(r.currency(), r.perEur()));
        List<FxRate> rates = new ArrayList<>();
        byDay.forEach((day, perEur) -> rates.addAll(crossed(day, perEur)));
        DailyRates fresh = DailyRates.of(rates);
        stored = fresh;
        storedDays = byDay.size();
        read = true;
        combined = FxRates.newestOf(fresh, vendored);
    }

    /** A day's euro rates as units per dollar, the euro included; none without the day's dollar rate. */
    static List<FxRate> crossed(LocalDate day, Map<String, BigDecimal> perEur) {
        BigDecimal usd = perEur.get("USD");
        List<FxRate> out = new ArrayList<>();
        if (usd == null) {
            return out;
        }
        out.add(new FxRate("EUR", day, FxRate.crossViaEur(BigDecimal.ONE, usd), FxSource.ECB));
        perEur.forEach((currency, rate) -> {
            if (!currency.equals("USD") && !currency.equals("EUR")) {
                out.add(new FxRate(currency, day, FxRate.crossViaEur(rate, usd), FxSource.ECB));
            }
        });
        return out;
    }

    @Override
    public FxRate onOrBefore(String currency, LocalDate day) {
        ensureRead();
        return combined.onOrBefore(currency, day);
    }

    /**
     * The stored rates are read before the first lookup (an article can arrive before the start-up
     * refresh ran); when the database is away, the vendored ones serve until a later refresh.
     */
    private void ensureRead() {
        if (!read) {
            synchronized (this) {
                if (!read) {
                    try {
                        refresh();
                    } catch (RuntimeException e) {
                        read = true; // not again on every lookup: the next poll reads them
                    }
                }
            }
        }
    }

    @Override
    public FxRate first(String currency) {
        return combined.first(currency);
    }

    /** The newest ECB day known (stored or vendored): the euro's newest rate. */
    public LocalDate newestEcbDay() {
        FxRate r = combined.onOrBefore("EUR", LocalDate.MAX);
        return r == null ? null : r.day();
    }

    /** The newest day of the vendored table (the ECB part). */
    public LocalDate vendoredUntil() {
        FxRate r = vendored.newest("EUR");
        return r == null ? null : r.day();
    }

    /** The vendored ECB rate of exactly {@code day}, null when the table has none that day. */
    FxRate vendoredOn(String currency, LocalDate day) {
        FxRate r = vendored.onOrBefore(currency, day);
        return r != null && r.day().equals(day) && r.source() == FxSource.ECB ? r : null;
    }

    /** How many days of rates the database holds. */
    public int storedDays() {
        return storedDays;
    }
}
