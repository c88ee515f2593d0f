package org.newsfacts.query.db;

import java.math.BigDecimal;

/** How numbers read from the database are shown. */
public final class Numbers {

    private Numbers() {}

    /** 5.3E+10 → 53000000000, 3.50 → 3.5: values print as plain numbers. */
    public static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
