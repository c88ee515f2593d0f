package org.newsfacts.query.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Parsing of query parameters, each failure a {@link BadParameterException} that says what was expected. */
public final class Params {

    public static final int MAX_LIMIT = 200;
    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{64}");

    private Params() {}

    public static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** A page size from 1 to {@value #MAX_LIMIT}; {@code fallback} when absent. */
    public static int limit(String value, int fallback) {
        if (!present(value)) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new BadParameterException("limit", value, "must be a whole number from 1 to " + MAX_LIMIT);
    }

    /** One of {@code allowed} (case-insensitive), upper-cased; null when absent. */
    public static String oneOf(String name, String value, Set<String> allowed) {
        if (!present(value)) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw new BadParameterException(
                    name,
                    value,
                    "must be one of "
                            + String.join(", ", allowed.stream().sorted().toList()));
        }
        return v;
    }

    /** An UPPER_SNAKE name as FACTS.md uses for metrics, roles and units; null when absent. */
    public static String upperSnake(String name, String value) {
        if (!present(value)) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (!v.matches("[A-Z][A-Z0-9_]{0,63}")) {
            throw new BadParameterException(name, value, "must be a name like REVENUE or CEO (letters, digits, '_')");
        }
        return v;
    }

    public static BigDecimal decimal(String name, String value) {
        if (!present(value)) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(value.strip());
            if (d.abs().compareTo(BigDecimal.TEN.pow(18)) > 0) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, value, "must be a plain number of US dollars, like 1000000 or 2.5e9");
        }
    }

    /**
     * A probability from 0 to 1, as a fact's {@code confidence} is (the lowest a request keeps); null
     * when absent. A percentage ("80", "80%") is refused rather than read as 0.8 or as nothing.
     */
    public static Double probability(String name, String value) {
        if (!present(value)) {
            return null;
        }
        try {
            BigDecimal p = new BigDecimal(value.strip());
            if (p.signum() >= 0 && p.compareTo(BigDecimal.ONE) <= 0) {
                return p.doubleValue();
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new BadParameterException(name, value, "must be a number from 0 to 1, a probability (0.8 for 80 %)");
    }

    public static String articleId(String name, String value) {
        if (!present(value)) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!ARTICLE_ID.matcher(v).matches()) {
            throw new BadParameterException(name, value, "must be an article id (64 hexadecimal digits)");
        }
        return v;
    }

    /**
     * The start of a time range: an instant ({@code 2025-02-24T10:00:00Z}) or a date
     * ({@code 2025-02-24}, meaning its start, UTC).
     */
    public static Instant from(String name, String value) {
        return time(name, value, false);
    }

    /** The end of a time range, exclusive: an instant, or a date meaning the end of that day (UTC). */
    public static Instant to(String name, String value) {
        return time(name, value, true);
    }

    private static Instant time(String name, String value, boolean endOfDay) {
        if (!present(value)) {
            return null;
        }
        String v = value.strip();
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            try {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            } catch (DateTimeParseException e2) {
                throw new BadParameterException(
                        name, value, "must be a date (2025-02-24) or an instant (2025-02-24T10:00:00Z)");
            }
        }
    }

    /** Free text of at most {@code max} characters, stripped; null when absent. */
    public static String text(String name, String value, int max) {
        if (!present(value)) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new BadParameterException(name, value, "is longer than " + max + " characters");
        }
        if (v.chars().anyMatch(ch -> ch < 0x20)) {
            throw new BadParameterException(name, value, "contains control characters");
        }
        return v;
    }
}
