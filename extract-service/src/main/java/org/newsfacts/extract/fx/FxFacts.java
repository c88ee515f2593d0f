package org.newsfacts.extract.fx;

import java.math.BigDecimal;
import org.newsfacts.engine.fx.FxConversion;
import org.newsfacts.extract.article.FactEntity;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FxSource;
import org.newsfacts.model.Unconverted;

/** A fact's conversion to dollars in its row (the fx_* columns of V7) and back as published. */
public final class FxFacts {

    private FxFacts() {}

    /** A fact's conversion (its {@code fx}) in its row. */
    public static void set(FactEntity e, Fact.Fx fx) {
        set(e, FxConversion.of(fx));
    }

    public static void set(FactEntity e, FxConversion c) {
        e.fxDate = c == null ? null : c.date();
        e.fxRate = c == null ? null : c.rate();
        e.fxRateDate = c == null ? null : c.rateDate();
        e.fxSource = c == null || c.source() == null ? null : c.source().wire();
        e.fxUnconverted =
                c == null || c.unconverted() == null ? null : c.unconverted().wire();
        e.fxReason = c == null ? null : c.reason();
    }

    public static Fact.Fx json(FactEntity e) {
        if (e.fxDate == null) {
            return null;
        }
        return new Fact.Fx(
                e.fxDate.toString(),
                plain(e.fxRate),
                e.fxRateDate == null ? null : e.fxRateDate.toString(),
                FxSource.fromWire(e.fxSource),
                Unconverted.fromWire(e.fxUnconverted),
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
