package org.newsfacts.engine.post;

import org.newsfacts.engine.lexicon.Resources;
import org.newsfacts.engine.mentions.MoneyNormalizer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Dated reference rates (fx-usd-monthly.csv: monthly averages of the ECB's daily reference rates,
 * crossed to the US dollar; see README-data.md). A date outside a currency's months uses its nearest
 * month. Unknown currencies convert to null.
 */
public final class FxTable {

    private static final FxTable STANDARD = new FxTable();
    private final Map<String, NavigableMap<YearMonth, BigDecimal>> perUsd = new HashMap<>();

    private FxTable() {
        for (String line : Resources.lines("fx-usd-monthly.csv")) {
            String[] f = line.split(",");
            perUsd.computeIfAbsent(f[1], k -> new TreeMap<>()).put(YearMonth.parse(f[0]), new BigDecimal(f[2]));
        }
    }

    public static FxTable standard() {
        return STANDARD;
    }

    /** Units of {@code currency} per US dollar in the month of {@code date}; null when unknown. */
    public BigDecimal unitsPerUsd(String currency, LocalDate date) {
        if ("USD".equals(currency)) {
            return BigDecimal.ONE;
        }
        NavigableMap<YearMonth, BigDecimal> months = perUsd.get(currency);
        if (months == null) {
            return null;
        }
        YearMonth month = YearMonth.from(date);
        Map.Entry<YearMonth, BigDecimal> e = months.floorEntry(month);
        return e != null ? e.getValue() : months.firstEntry().getValue();
    }

    /** The amount in US dollars, rounded to 4 significant digits past the stated precision; null when unknown. */
    public BigDecimal toUsd(BigDecimal value, String currency, LocalDate date) {
        BigDecimal rate = value == null ? null : unitsPerUsd(currency, date);
        if (rate == null) {
            return null;
        }
        return MoneyNormalizer.plain(value.divide(rate, MathContext.DECIMAL64).round(new MathContext(6)));
    }
}
