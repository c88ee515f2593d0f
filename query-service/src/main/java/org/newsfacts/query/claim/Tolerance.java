package org.newsfacts.query.claim;

import java.math.BigDecimal;
import java.math.MathContext;
import org.newsfacts.model.Approx;

/**
 * What a stated number can mean, as an interval (the rule docs/api.md documents under "Claims and their verdicts"):
 * <ul>
 *   <li>a number is exact to half a unit of its last significant digit ("$53 billion" is 52.5–53.5 billion,
 *       "$60 billion" 59.5–60.5 billion, "3.5%" 3.45–3.55), see {@link #precision};</li>
 *   <li>{@code ABOUT} widens that to at least {@value #ABOUT_PERCENT}% either side; {@code MORE_THAN} leaves the top open,
 *       {@code LESS_THAN} the bottom;</li>
 *   <li>an amount converted to dollars at the reference rate of the article's day (the article gave no
 *       dollar figure) may differ from a dollar figure written at another rate — a company's translation
 *       at its balance-sheet date, a wire's rate of the hour: {@value #FX_PERCENT}% either side.</li>
 * </ul>
 */
final class Tolerance {

    static final int ABOUT_PERCENT = 5;
    static final int FX_PERCENT = 2;
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal ABOUT = BigDecimal.valueOf(ABOUT_PERCENT, 2);
    private static final BigDecimal FX = BigDecimal.valueOf(FX_PERCENT, 2);

    private Tolerance() {}

    /**
     * Half a unit in the last significant digit, counted within the number's thousands group, since
     * amounts are stored in whole units and "$60 billion" was written as 60 (billion), not 6 (tens of
     * billions): 53000000000 → 500000000, 60000000000 → 500000000, 52400000000 → 50000000, 3.5 → 0.05,
     * 100 → 0.5.
     */
    static BigDecimal precision(BigDecimal value) {
        if (value.signum() == 0) {
            return HALF;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int magnitude = stripped.precision() - stripped.scale() - 1;
        int group = magnitude >= 3 ? 3 * (magnitude / 3) : 0;
        return HALF.scaleByPowerOfTen(Math.min(-stripped.scale(), group));
    }

    /** The values a number stated with this precision and qualifier can stand for. */
    static Interval stated(BigDecimal value, Approx approx) {
        BigDecimal margin = precision(value);
        if (approx == Approx.ABOUT) {
            margin = margin.max(value.abs().multiply(ABOUT));
        }
        BigDecimal low = value.subtract(margin);
        BigDecimal high = value.add(margin);
        if (approx == Approx.MORE_THAN) {
            return new Interval(low, null);
        }
        if (approx == Approx.LESS_THAN) {
            return new Interval(null, high);
        }
        return new Interval(low, high);
    }

    /**
     * The dollar values a money fact can stand for: a dollar amount the article stated, with its
     * precision; otherwise the converted amount, scaled by the stated precision and the FX allowance.
     */
    static Interval usd(ClaimFact f) {
        if ("USD".equals(f.unit())) {
            return stated(f.value(), f.approx());
        }
        if (f.statedUsd() != null) {
            return stated(f.statedUsd(), f.approx());
        }
        if (f.valueUsd() == null || f.value() == null || f.value().signum() == 0) {
            return null;
        }
        BigDecimal rate = f.valueUsd().divide(f.value(), MathContext.DECIMAL64);
        if (rate.signum() <= 0) {
            return null;
        }
        Interval inCurrency = stated(f.value(), f.approx());
        BigDecimal low = widen(inCurrency.low(), rate, FX.negate());
        BigDecimal high = widen(inCurrency.high(), rate, FX);
        return new Interval(low, high);
    }

    /** The bound converted at {@code rate}, moved by {@code share} of its size (down when negative). */
    private static BigDecimal widen(BigDecimal bound, BigDecimal rate, BigDecimal share) {
        if (bound == null) {
            return null;
        }
        BigDecimal usd = bound.multiply(rate);
        return usd.add(usd.abs().multiply(share));
    }
}
