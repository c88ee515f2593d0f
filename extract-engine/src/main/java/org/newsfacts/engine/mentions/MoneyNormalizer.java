package org.newsfacts.engine.mentions;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.newsfacts.engine.lexicon.Resources;
import org.newsfacts.model.Approx;

/** Money as written → value in whole units and an ISO 4217 code (currencies.tsv). */
public final class MoneyNormalizer {

    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("thousand", BigDecimal.valueOf(1_000L)),
            Map.entry("k", BigDecimal.valueOf(1_000L)),
            Map.entry("lakh", BigDecimal.valueOf(100_000L)),
            Map.entry("million", BigDecimal.valueOf(1_000_000L)),
            Map.entry("mn", BigDecimal.valueOf(1_000_000L)),
            Map.entry("m", BigDecimal.valueOf(1_000_000L)),
            Map.entry("crore", BigDecimal.valueOf(10_000_000L)),
            Map.entry("billion", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("bn", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("bln", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("mln", BigDecimal.valueOf(1_000_000L)),
            Map.entry("b", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("trillion", BigDecimal.valueOf(1_000_000_000_000L)),
            Map.entry("tn", BigDecimal.valueOf(1_000_000_000_000L)));

    private static final Map<String, String> CURRENCIES = Resources.pairs("currencies.tsv", "\t").entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));

    /** The pence, cents and sen of a minor-unit word: the value is divided by 100. */
    private static final java.util.Set<String> MINOR =
            java.util.Set.of("p", "pence", "penny", "cents", "cent", "euro cents");

    private MoneyNormalizer() {}

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
        return plain(v);
    }

    public static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * The ISO code of a currency symbol ("HK$", "RMB ¥", "Rs") or word ("yuan", "pence"); null when
     * unknown. {@code ¥} and "yen"-less amounts are CNY unless the article is about Japan.
     */
    public static String currency(String symbol, String word, boolean japanese) {
        if (symbol != null && !symbol.isBlank()) {
            String s = symbol.toLowerCase(Locale.ROOT).replaceAll("\\s+", "").replace(".", "");
            if (s.equals("¥")) {
                return japanese ? "JPY" : "CNY";
            }
            String code = CURRENCIES.get(s);
            if (code != null) {
                return code;
            }
        }
        if (word != null && !word.isBlank()) {
            return CURRENCIES.get(word.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        }
        return null;
    }

    public static boolean isMinorUnit(String word) {
        return word != null && MINOR.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The approximation a preceding phrase expresses. */
    public static Approx approx(String phrase) {
        if (phrase == null) {
            return Approx.EXACT;
        }
        return switch (phrase.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ")) {
            case "about",
                    "around",
                    "roughly",
                    "nearly",
                    "almost",
                    "some",
                    "approximately",
                    "an estimated",
                    "close to" -> Approx.ABOUT;
            case "more than", "over", "exceeds", "exceeding", "above", "just over", "at least" -> Approx.MORE_THAN;
            case "less than", "under", "up to", "below", "just under", "as much as" -> Approx.LESS_THAN;
            default -> Approx.EXACT;
        };
    }
}
