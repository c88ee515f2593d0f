package org.newsfacts.engine.fx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Set;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.FactCopies;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Stage;
import org.newsfacts.model.Fact;
import org.newsfacts.model.Fact.Alt;
import org.newsfacts.model.FxSource;
import org.newsfacts.model.Unconverted;

/**
 * Sets {@code valueUsd} and {@code fx} of money facts: the amount the article itself states in dollars
 * when it gives one ("380 billion yuan ($53 billion)"), else the amount at the rate of the article's
 * date, else of the last day before it with a rate — unless that rate is more than {@code maxAgeDays}
 * older than the article's date: then {@code valueUsd} stays null and {@code fx} says why (docs/fx.md).
 */
public final class FxConverter implements Stage {

    /**
     * Five days: the longest gap between two published rates is four days (TARGET closes on Good Friday
     * and Easter Monday, so Thursday's rate is the newest on Monday; Christmas Day and Boxing Day after a
     * weekend likewise; the Federal Reserve's holidays give at most the same), and one more day covers a
     * rate published in the afternoon (the ECB's at about 16:00 CET) for an article dated the next day.
     */
    public static final int DEFAULT_MAX_AGE_DAYS = 5;

    private static final MathContext USD_PRECISION = new MathContext(6);

    private final FxRates rates;
    private final int maxAgeDays;

    /** The vendored rates with the default max-age. */
    public FxConverter() {
        this(VendoredRates.get(), DEFAULT_MAX_AGE_DAYS);
    }

    public FxConverter(FxRates rates, int maxAgeDays) {
        if (maxAgeDays < 0) {
            throw new IllegalArgumentException("max-age must not be negative: " + maxAgeDays);
        }
        this.rates = rates;
        this.maxAgeDays = maxAgeDays;
    }

    /** A money fact's dollar value and how it was found; {@code valueUsd} null when unconverted. */
    public record Result(BigDecimal valueUsd, FxConversion fx) {}

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.FACTS, Layers.FACTS_MERGED, Layers.ARTICLE_DATE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.FACTS_IN_DOLLARS);
    }

    @Override
    public void process(Document document) {
        LocalDate date = document.get(Layers.ARTICLE_DATE);
        List<Fact> facts = new ArrayList<>(document.get(Layers.FACTS));
        ListIterator<Fact> it = facts.listIterator();
        while (it.hasNext()) {
            Fact f = it.next();
            if (!isMoney(f.value(), f.unit())) {
                continue;
            }
            BigDecimal statedUsd = f.alt() == null
                    ? null
                    : f.alt().stream()
                            .filter(a -> "USD".equals(a.unit()))
                            .map(Alt::value)
                            .findFirst()
                            .orElse(null);
            Result r = convert(f.value(), f.unit(), date, statedUsd);
            it.set(FactCopies.withValueUsd(f, r.valueUsd(), r.fx() == null ? null : r.fx().toFact()));
        }
        document.put(Layers.FACTS, List.copyOf(facts));
        document.put(Layers.FACTS_IN_DOLLARS, true);
    }

    /** Whether a value in this unit is money (not a percentage or a share count). */
    public static boolean isMoney(BigDecimal value, String unit) {
        return value != null && unit != null && !unit.equals("PERCENT") && !unit.equals("SHARES");
    }

    /**
     * The dollar value of {@code value} {@code currency} on {@code date}: the value itself for dollars
     * ({@code fx} null), the article's own dollar figure when it states one, else converted.
     */
    public Result convert(BigDecimal value, String currency, LocalDate date, BigDecimal statedUsd) {
        if ("USD".equals(currency)) {
            return new Result(plain(value), null);
        }
        if (statedUsd != null) {
            BigDecimal implied = statedUsd.signum() == 0
                    ? null
                    : FxRate.plain(value.divide(statedUsd, FxRate.PRECISION).abs());
            return new Result(plain(statedUsd), new FxConversion(date, implied, null, FxSource.ARTICLE, null, null));
        }
        FxRate rate = rates.onOrBefore(currency, date);
        if (rate == null) {
            FxRate first = rates.first(currency);
            if (first == null) {
                return unconverted(
                        date,
                        Unconverted.NO_RATES_FOR_CURRENCY,
                        "no exchange rates are known for " + currency + " (docs/fx.md lists the currencies)");
            }
            return unconverted(
                    date,
                    Unconverted.BEFORE_FIRST_RATE,
                    "no " + currency + " rate on or before " + date + ": its rates begin " + first.day() + " ("
                            + first.source() + ")");
        }
        long age = ChronoUnit.DAYS.between(rate.day(), date);
        if (age > maxAgeDays) {
            return unconverted(
                    date,
                    Unconverted.RATE_TOO_OLD,
                    "no " + currency + " rate within " + maxAgeDays
                            + " days before " + date + " (newsfacts.fx.max-age): the newest, " + rate.source()
                            + "'s of " + rate.day()
                            + ", is " + age + " days older; the dollar value follows when a newer rate arrives");
        }
        BigDecimal usd = value.divide(rate.unitsPerUsd(), MathContext.DECIMAL64).round(USD_PRECISION);
        return new Result(
                plain(usd), new FxConversion(date, rate.unitsPerUsd(), rate.day(), rate.source(), null, null));
    }

    private static Result unconverted(LocalDate date, Unconverted why, String reason) {
        return new Result(null, new FxConversion(date, null, null, null, why, reason));
    }

    private static BigDecimal plain(BigDecimal v) {
        return FxRate.plain(v);
    }
}
