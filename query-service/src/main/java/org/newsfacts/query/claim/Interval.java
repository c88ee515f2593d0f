package org.newsfacts.query.claim;

import java.math.BigDecimal;

/** A closed range of values; a null bound is unbounded on that side. */
record Interval(BigDecimal low, BigDecimal high) {

    static final Interval ALL = new Interval(null, null);

    Interval intersect(Interval other) {
        BigDecimal lo = low == null ? other.low : other.low == null ? low : low.max(other.low);
        BigDecimal hi = high == null ? other.high : other.high == null ? high : high.min(other.high);
        return new Interval(lo, hi);
    }

    Interval negate() {
        return new Interval(high == null ? null : high.negate(), low == null ? null : low.negate());
    }

    boolean isEmpty() {
        return low != null && high != null && low.compareTo(high) > 0;
    }
}
