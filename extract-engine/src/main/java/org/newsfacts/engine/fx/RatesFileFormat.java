package org.newsfacts.engine.fx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.newsfacts.model.FxSource;

/**
 * The text format of the vendored rate table ({@code lexicon/fx-usd-daily.csv.gz}, gzip-compressed),
 * written by {@code ./newsfacts refdata fx} and read by {@link DailyRates#read}:
 * <pre>
 * # comments
 * &#64;ECB,EUR,JPY,GBP,…          a section: its source and its currencies
 * 2025-02-24,0.953471,148.87,…   a day (ascending) and units of each currency per US dollar; empty: none that day
 * &#64;FRB_H10,TWD,LKR,VES
 * …
 * </pre>
 */
public final class RatesFileFormat {

    private RatesFileFormat() {}

    /** Writes one section: {@code rows} maps each day to its rates in the order of {@code currencies} (null: none). */
    public static void writeSection(
            Writer out, FxSource source, List<String> currencies, SortedMap<LocalDate, BigDecimal[]> rows) {
        try {
            out.write("@" + source.name() + "," + String.join(",", currencies) + "\n");
            StringBuilder line = new StringBuilder();
            for (Map.Entry<LocalDate, BigDecimal[]> row : rows.entrySet()) {
                line.setLength(0);
                line.append(row.getKey());
                for (BigDecimal rate : row.getValue()) {
                    line.append(',');
                    if (rate != null) {
                        line.append(FxRate.plain(rate.round(FxRate.PRECISION)).toPlainString());
                    }
                }
                out.write(line.append('\n').toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
