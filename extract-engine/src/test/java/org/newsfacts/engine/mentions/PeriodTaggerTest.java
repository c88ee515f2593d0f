package org.newsfacts.engine.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.engine.Mention;

class PeriodTaggerTest {

    private static final LocalDate DATE = LocalDate.of(2025, 2, 27);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "over the next three years|P3Y",
                "over the next 5 years|P5Y",
                "in the coming six months|P6M",
                "the quarter ending in December|2024-Q4",
                "the December quarter|2024-Q4",
                "fourth quarter 2024|2024-Q4",
                "the first quarter|2025-Q1",
                "the third quarter|2024-Q3",
                "Q2 2023|2023-Q2",
                "this fiscal year|FY2025",
                "fiscal 2024|FY2024",
                "year-to-date|2025",
                "last year|2024",
                "this year|2025",
                "next year|2026",
                "last quarter|2024-Q4",
                "in 2025|2025",
                "through 2026|2026",
                "December 2024|2024-12",
                "February 27, 2025|2025-02-27"
            })
    void resolvesPeriodsAgainstTheArticleDate(String written, String iso) {
        List<Mention> found = PeriodTagger.find("It happened " + written + ", they said.", DATE);
        assertEquals(1, found.size(), found.toString());
        assertEquals(iso, found.get(0).canonical());
        assertEquals(written, found.get(0).text());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"$2025 million", "2025%", "12,2025"})
    void yearsInsideAmountsAreNotPeriods(String written) {
        assertEquals(List.of(), PeriodTagger.find("It was " + written + " then.", DATE));
    }
}
