package org.newsfacts.extract.fx;

import java.math.BigDecimal;
import org.newsfacts.engine.FactJson;
import org.newsfacts.engine.fx.FxConversion;
import org.newsfacts.extract.article.FactEntity;

/** A fact's conversion to dollars in its row (the fx_* columns of V7) and back as published. */
public final class FxFacts {

    private FxFacts() {}

    public static void set(FactEntity e, FxConversion c) {
        e.fxDate = c == null ? null : c.date();
        e.fxRate = c == null ? null : c.rate();
        e.fxRateDate = c == null ? null : c.rateDate();
        e.fxSource = c == null || c.source() == null ? null : c.source().name();
        e.fxUnconverted =
                c == null || c.unconverted() == null ? null : c.unconverted().name();
        e.fxReason = c == null ? null : c.reason();
    }

    public static FactJson.Fx json(FactEntity e) {
        if (e.fxDate == null) {
            return null;
        }
        return new FactJson.Fx(
                e.fxDate.toString(),
                plain(e.fxRate),
                e.fxRateDate == null ? null : e.fxRateDate.toString(),
                e.fxSource,
                e.fxUnconverted,
                e.fxReason);
    }

    static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
