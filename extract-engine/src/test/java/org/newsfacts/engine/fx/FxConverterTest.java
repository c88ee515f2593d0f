package org.newsfacts.engine.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.engine.Extractor;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FxSource;
import org.newsfacts.model.Unconverted;

class FxConverterTest {

    private final FxConverter vendored = new FxConverter();

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    @Test
    void convertsAtTheRateOfTheArticlesDay() {
        // The ECB's 2025-02-24 fixing: 7.5748 CNY and 1.0466 USD per euro, so 7.25005 CNY per dollar.
        FxConverter.Result r = vendored.convert(n("380000000000"), "CNY", LocalDate.of(2025, 2, 24), null);
        assertEquals(n("52413400000"), r.valueUsd(), "≈ $52.4bn");
        assertEquals(
                new FxConversion(
                        LocalDate.of(2025, 2, 24), n("7.25005"), LocalDate.of(2025, 2, 24), FxSource.ECB, null, null),
                r.fx());
    }

    @Test
    void onADayWithoutARateTheLastBusinessDayBeforeItCounts() {
        FxConversion sunday = vendored.convert(n("1000"), "GBP", LocalDate.of(2025, 2, 23), null)
                .fx();
        assertEquals(LocalDate.of(2025, 2, 21), sunday.rateDate(), "Friday's rate on Sunday");
        // Easter 2024: TARGET closed on Good Friday (29 March) and Easter Monday (1 April): Thursday's rate, four days
        // old.
        FxConversion easterMonday = vendored.convert(n("1000"), "EUR", LocalDate.of(2024, 4, 1), null)
                .fx();
        assertEquals(LocalDate.of(2024, 3, 28), easterMonday.rateDate());
        assertTrue(easterMonday.converted());
    }

    @Test
    void aTaiwanDollarAmountConvertsAtThatDaysFederalReserveRate() {
        // H.10 noon buying rate of 2022-06-15: 29.72 TWD per dollar.
        FxConverter.Result r = vendored.convert(n("5950000000"), "TWD", LocalDate.of(2022, 6, 15), null);
        assertEquals(FxSource.FRB_H10, r.fx().source());
        assertEquals(0, n("29.72").compareTo(r.fx().rate()));
        assertEquals(n("200202000"), r.valueUsd());
    }

    @Test
    void theYuanBeforeTheEcbPublishedItIsThePeg() {
        FxConversion c = vendored.convert(n("8277"), "CNY", LocalDate.of(2004, 6, 15), null)
                .fx();
        assertEquals(FxSource.PBOC_PEG, c.source());
        assertEquals(0, n("8.277").compareTo(c.rate()));
    }

    @Test
    void aRateOlderThanTheMaxAgeIsNotUsedAndTheFactSaysWhy() {
        // The vendored ECB rates end 2026-04-13; H.10's 2024-11-29.
        FxConverter.Result r = vendored.convert(n("1000000"), "GBP", LocalDate.of(2026, 12, 7), null);
        assertNull(r.valueUsd());
        assertEquals(Unconverted.RATE_TOO_OLD, r.fx().unconverted());
        assertTrue(
                r.fx().reason().contains("2026-04-13") && r.fx().reason().contains("newsfacts.fx.max-age"),
                r.fx().reason());
        assertNull(vendored.convert(n("1000000"), "TWD", LocalDate.of(2025, 3, 3), null)
                .valueUsd());
    }

    @Test
    void theAgeLimitCountsCalendarDays() {
        DailyRates one = DailyRates.of(List.of(new FxRate("CHF", LocalDate.of(2030, 1, 10), n("0.8"), FxSource.ECB)));
        FxConverter fx = new FxConverter(one, 5);
        assertEquals(
                n("1000"),
                fx.convert(n("800"), "CHF", LocalDate.of(2030, 1, 15), null).valueUsd());
        assertNull(fx.convert(n("800"), "CHF", LocalDate.of(2030, 1, 16), null).valueUsd());
        assertEquals(
                Unconverted.BEFORE_FIRST_RATE,
                fx.convert(n("800"), "CHF", LocalDate.of(2030, 1, 9), null).fx().unconverted());
        assertEquals(
                Unconverted.NO_RATES_FOR_CURRENCY,
                fx.convert(n("800"), "XYZ", LocalDate.of(2030, 1, 12), null)
                        .fx()
                        .unconverted());
    }

    @Test
    void theArticlesOwnDollarFigureWinsAndSaysSo() {
        FxConverter.Result r = vendored.convert(n("380000000000"), "CNY", LocalDate.of(2026, 12, 7), n("53000000000"));
        assertEquals(n("53000000000"), r.valueUsd());
        assertEquals(FxSource.ARTICLE, r.fx().source());
        assertEquals(n("7.16981"), r.fx().rate(), "the rate the two figures imply");
        assertNull(r.fx().rateDate());
    }

    @Test
    void dollarsAreTheirOwnValueWithoutConversion() {
        FxConverter.Result r = vendored.convert(n("1234567"), "USD", LocalDate.of(2026, 12, 7), null);
        assertEquals(n("1234567"), r.valueUsd());
        assertNull(r.fx());
    }

    @Test
    void theNewerOfTwoRateSourcesCounts() {
        DailyRates base = DailyRates.of(List.of(new FxRate("SEK", LocalDate.of(2030, 1, 1), n("10"), FxSource.ECB)));
        DailyRates live = DailyRates.of(List.of(new FxRate("SEK", LocalDate.of(2030, 2, 1), n("11"), FxSource.ECB)));
        FxRates both = FxRates.newestOf(live, base);
        assertEquals(n("10"), both.onOrBefore("SEK", LocalDate.of(2030, 1, 20)).unitsPerUsd());
        assertEquals(n("11"), both.onOrBefore("SEK", LocalDate.of(2030, 2, 3)).unitsPerUsd());
        assertEquals(LocalDate.of(2030, 1, 1), both.first("SEK").day());
    }

    @Test
    void theExtractorConvertsWithTheRatesItIsGiven() {
        String text =
                "Corvane Holdings will invest 600 million Swiss francs in a new research campus, the company said.";
        Extractor extractor = Extractor.standard(
                DailyRates.of(List.of(new FxRate("CHF", LocalDate.of(2031, 5, 2), n("0.75"), FxSource.ECB))), 5);
        Fact f = extractor.extract(text, LocalDate.of(2031, 5, 5)).stream()
                .filter(x -> "CHF".equals(x.unit()))
                .findFirst()
                .orElseThrow();
        assertEquals(n("800000000"), f.valueUsd());
        assertEquals("2031-05-02", f.fx().rateDate());
        Fact late = extractor.extract(text, LocalDate.of(2031, 6, 5)).stream()
                .filter(x -> "CHF".equals(x.unit()))
                .findFirst()
                .orElseThrow();
        assertNull(late.valueUsd());
        assertEquals(Unconverted.RATE_TOO_OLD, late.fx().unconverted());
    }
}
