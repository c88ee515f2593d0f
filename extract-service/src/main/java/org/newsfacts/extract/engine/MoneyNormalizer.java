package org.newsfacts.extract.engine;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** Money as written → value in whole units and an ISO 4217 code. */
public final class MoneyNormalizer {

    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("thousand", BigDecimal.valueOf(1_000L)),
            Map.entry("k", BigDecimal.valueOf(1_000L)),
            Map.entry("million", BigDecimal.valueOf(1_000_000L)),
            Map.entry("mn", BigDecimal.valueOf(1_000_000L)),
            Map.entry("m", BigDecimal.valueOf(1_000_000L)),
            Map.entry("billion", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("bn", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("b", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("trillion", BigDecimal.valueOf(1_000_000_000_000L)),
            Map.entry("tn", BigDecimal.valueOf(1_000_000_000_000L)));

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("hk$", "HKD"), Map.entry("a$", "AUD"),
            Map.entry("nt$", "TWD"), Map.entry("c$", "CAD"), Map.entry("€", "EUR"), Map.entry("£", "GBP"),
            Map.entry("¥", "CNY"), Map.entry("rmb", "CNY"), Map.entry("rmb¥", "CNY"), Map.entry("rmb ¥", "CNY"));

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("dollars", "USD"),
            Map.entry("euros", "EUR"), Map.entry("euro", "EUR"), Map.entry("pounds", "GBP"), Map.entry("yen", "JPY"),
            Map.entry("won", "KRW"), Map.entry("rupees", "INR"));

    private MoneyNormalizer() {
    }

    /** The whole-unit value of a number as written ("1,200", "4.1") times its scale word ("bn"), or null. */
    public static BigDecimal value(String number, String scale) {
        BigDecimal v = new BigDecimal(number.replace(",", ""));
        if (scale != null && !scale.isEmpty()) {
            BigDecimal factor = SCALES.get(scale.toLowerCase(Locale.ROOT));
            if (factor == null) {
                return null;
            }
            v = v.multiply(factor);
        }
        return v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
    }

    /** The ISO code of a currency symbol ("HK$") or word ("yuan"); null when unknown. */
    public static String currency(String symbol, String word) {
        if (symbol != null && !symbol.isBlank()) {
            String code = SYMBOLS.get(symbol.toLowerCase(Locale.ROOT).strip());
            if (code != null) {
                return code;
            }
        }
        if (word != null && !word.isBlank()) {
            return WORDS.get(word.toLowerCase(Locale.ROOT));
        }
        return null;
    }

    /** The approximation a preceding phrase expresses. */
    public static String approx(String phrase) {
        if (phrase == null) {
            return "EXACT";
        }
        return switch (phrase.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ")) {
            case "about", "around", "roughly", "nearly", "almost", "some", "approximately" -> "ABOUT";
            case "more than", "over", "exceeds", "exceeding", "above" -> "MORE_THAN";
            case "less than", "under", "up to", "below" -> "LESS_THAN";
            default -> "EXACT";
        };
    }
}
