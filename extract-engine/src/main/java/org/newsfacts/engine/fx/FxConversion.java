package org.newsfacts.engine.fx;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FxSource;
import org.newsfacts.model.Unconverted;

/**
 * How a money fact's {@code valueUsd} was found, or why it has none (docs/fx.md): FxConverter's working form,
 * its dates as {@link LocalDate}s. The fact carries it as {@link Fact.Fx} ({@link #toFact}), its dates as
 * YYYY-MM-DD.
 *
 * @param date        the day the amount is converted for: the article's date
 * @param rate        units of the fact's currency per US dollar (for {@link FxSource#ARTICLE}: the rate the
 *                    article's own two figures imply); null when unconverted
 * @param rateDate    the day of the published rate used (the article's date, else the last business day
 *                    before it); null for ARTICLE and when unconverted
 * @param source      who published the rate, or ARTICLE; null when unconverted
 * @param unconverted why there is no dollar value; null when converted
 * @param reason      the same in words, with the dates and the setting involved; null when converted
 */
public record FxConversion(
        LocalDate date, BigDecimal rate, LocalDate rateDate, FxSource source, Unconverted unconverted, String reason) {

    public boolean converted() {
        return unconverted == null;
    }

    /** The conversion as the fact carries it ({@code fx}): dates as YYYY-MM-DD. */
    public Fact.Fx toFact() {
        return new Fact.Fx(day(date), rate, day(rateDate), source, unconverted, reason);
    }

    /** A fact's {@code fx} with its dates as days again; null for null. */
    public static FxConversion of(Fact.Fx fx) {
        return fx == null
                ? null
                : new FxConversion(
                        day(fx.date()), fx.rate(), day(fx.rateDate()), fx.source(), fx.unconverted(), fx.reason());
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static LocalDate day(String day) {
        return day == null ? null : LocalDate.parse(day);
    }
}
