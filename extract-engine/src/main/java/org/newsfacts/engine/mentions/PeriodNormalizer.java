package org.newsfacts.engine.mentions;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import org.newsfacts.engine.text.DatelineReader;

/** Periods as written → ISO 8601 forms of FACTS.md, relative ones resolved against the article's date. */
public final class PeriodNormalizer {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("a", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("twelve", 12),
            Map.entry("fifteen", 15),
            Map.entry("twenty", 20));
    private static final Map<String, Integer> ORDINALS =
            Map.of("first", 1, "1st", 1, "second", 2, "2nd", 2, "third", 3, "3rd", 3, "fourth", 4, "4th", 4);

    private PeriodNormalizer() {}

    /** "three" / "3" → 3; null when not a number. */
    public static Integer number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(w);
        }
        return NUMBERS.get(w);
    }

    /** A duration: ("three", "years") → P3Y. */
    public static String duration(String count, String unit) {
        Integer n = number(count);
        if (n == null) {
            return null;
        }
        String u = unit.toLowerCase(Locale.ROOT);
        char designator = u.startsWith("year") ? 'Y' : u.startsWith("month") ? 'M' : u.startsWith("week") ? 'W' : 'D';
        return "P" + n + designator;
    }

    /** A quarter by its ordinal: ("fourth", 2024) → 2024-Q4; without a year, the latest such quarter up to the date. */
    public static String quarter(String ordinal, Integer year, LocalDate date) {
        Integer q = ORDINALS.get(ordinal.toLowerCase(Locale.ROOT));
        if (q == null && ordinal.toUpperCase(Locale.ROOT).startsWith("Q")) {
            q = Integer.parseInt(ordinal.substring(1));
        }
        if (q == null) {
            return null;
        }
        int y = year != null ? year : (q <= quarterOf(date.getMonth()) ? date.getYear() : date.getYear() - 1);
        return y + "-Q" + q;
    }

    /** The quarter that ends (or is named) in a month: the latest such month before the article's date. */
    public static String quarterEndingIn(String monthName, Integer year, LocalDate date) {
        Month month = DatelineReader.month(monthName);
        int y = year != null ? year : (month.getValue() < date.getMonthValue() ? date.getYear() : date.getYear() - 1);
        return y + "-Q" + quarterOf(month);
    }

    /** "this quarter" / "last quarter" relative to the date. */
    public static String relativeQuarter(String which, LocalDate date) {
        int q = quarterOf(date.getMonth());
        int y = date.getYear();
        if (which.toLowerCase(Locale.ROOT).startsWith("last")
                || which.toLowerCase(Locale.ROOT).startsWith("previous")) {
            q--;
            if (q == 0) {
                q = 4;
                y--;
            }
        }
        return y + "-Q" + q;
    }

    /** "this year" / "last year" / "next year" → the year relative to the date. */
    public static String relativeYear(String which, LocalDate date) {
        String w = which.toLowerCase(Locale.ROOT);
        int offset = w.startsWith("last") || w.startsWith("previous") ? -1 : w.startsWith("next") ? 1 : 0;
        return Integer.toString(date.getYear() + offset);
    }

    static int quarterOf(Month month) {
        return (month.getValue() - 1) / 3 + 1;
    }
}
