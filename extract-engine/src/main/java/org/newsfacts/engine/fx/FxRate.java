package org.newsfacts.engine.fx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.newsfacts.model.FxSource;

/** One day's rate of a currency: how many units of it one US dollar buys, and who published it. */
public record FxRate(String currency, LocalDate day, BigDecimal unitsPerUsd, FxSource source) {

    /** Rates are kept to six significant digits (the ECB publishes five or six). */
    public static final MathContext PRECISION = new MathContext(6, RoundingMode.HALF_EVEN);

    public FxRate {
        if (unitsPerUsd.signum() <= 0) {
            throw new IllegalArgumentException("a rate must be positive: " + currency + " " + day + " " + unitsPerUsd);
        }
    }

    /**
     * A euro reference rate crossed to the dollar: units of {@code currency} per dollar from the units of
     * it and of the dollar per euro on the same day (for the euro itself, {@code perEur} is 1).
     */
    public static BigDecimal crossViaEur(BigDecimal perEur, BigDecimal usdPerEur) {
        return plain(perEur.divide(usdPerEur, PRECISION));
    }

    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
