package org.newsfacts.extract.fx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * ECB-format rate files written for the tests: the structure of the ECB's gesmes files, with our own
 * values. A day's values are a function of the day only, so files of different tests (and runs
 * against the same database) never state one day with two values unless a test means to.
 */
final class EcbFiles {

    static final Map<String, BigDecimal> BASE = Map.of(
            "USD",
            new BigDecimal("1.1"),
            "JPY",
            new BigDecimal("160"),
            "GBP",
            new BigDecimal("0.85"),
            "CHF",
            new BigDecimal("0.93"),
            "CNY",
            new BigDecimal("7.9"),
            "SEK",
            new BigDecimal("11.2"));
    static final List<String> CURRENCIES = List.of("USD", "JPY", "GBP", "CHF", "CNY", "SEK");

    private EcbFiles() {}

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Berlin"));
    }

    /** The test's rate of a currency on a day, in units per euro. */
    static BigDecimal rate(String currency, LocalDate day) {
        BigDecimal wiggle = BigDecimal.ONE.add(BigDecimal.valueOf(day.toEpochDay() % 13, 3));
        return BASE.get(currency).multiply(wiggle).round(new MathContext(5));
    }

    static String file(List<LocalDate> days) {
        return file(days, EcbFiles::rate);
    }

    /** An ECB file with the given days (newest first, as the ECB writes them) and rates. */
    static String file(List<LocalDate> days, BiFunction<String, LocalDate, BigDecimal> rates) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
                \t<gesmes:subject>Reference rates</gesmes:subject>
                \t<gesmes:Sender>
                \t\t<gesmes:name>European Central Bank</gesmes:name>
                \t</gesmes:Sender>
                \t<Cube>
                """);
        days.stream().sorted((a, b) -> b.compareTo(a)).forEach(day -> {
            xml.append("\t\t<Cube time='").append(day).append("'>\n");
            for (String c : CURRENCIES) {
                xml.append("\t\t\t<Cube currency='")
                        .append(c)
                        .append("' rate='")
                        .append(rates.apply(c, day).toPlainString())
                        .append("'/>\n");
            }
            xml.append("\t\t</Cube>\n");
        });
        return xml.append("\t</Cube>\n</gesmes:Envelope>\n").toString();
    }
}
