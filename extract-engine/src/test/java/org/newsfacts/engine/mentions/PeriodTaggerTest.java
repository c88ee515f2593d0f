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

    /** Every opening word of every rule, capitalised: the rules' look-aheads for their first letters let each pass. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Over the next three years",
                "In the coming two years",
                "During the past 2 years",
                "Within the following six months",
                "For the last 3 weeks",
                "Over 5 years",
                "The quarter ended in March",
                "Quarter ending June",
                "Three months to the end of June 2024",
                "The December quarter",
                "June quarter",
                "August quarter of 2023",
                "The 2nd-quarter",
                "Third quarter",
                "First quarter",
                "Second quarter of fiscal 2023",
                "1st quarter",
                "3rd quarter",
                "4th quarter of 2023",
                "Q3",
                "This quarter",
                "Last quarter",
                "Previous quarter",
                "The current fiscal year",
                "Next fiscal year",
                "Last fiscal year",
                "Fiscal year 2023",
                "Year to date",
                "So far this year",
                "Previous year",
                "Next year",
                "April 3, 2024",
                "September 2023",
                "October 2022",
                "November 2021",
                "January 2020",
                "By 2030",
                "Until 2027",
                "Since 2019",
                "Throughout 2021",
                "From 2020",
                "During 2022",
                "In 1999",
                "2024"
            })
    void findsEveryOpeningWordInEitherCase(String written) {
        for (String w : List.of(
                written, written.toUpperCase(java.util.Locale.ROOT), written.toLowerCase(java.util.Locale.ROOT))) {
            List<Mention> found = PeriodTagger.find(w + " was the period of the plan.", DATE);
            assertEquals(1, found.size(), found.toString());
            assertEquals(w, found.get(0).text());
        }
    }
}
