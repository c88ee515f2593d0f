package org.newsfacts.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A corpus the repository can ship: articles made from the seed articles in {@code seeds/}, each
 * with its own companies and people (invented names), amounts (scaled) and currency, deterministic
 * from a seed number. It is what the bench runs on when no real news corpus is at hand
 * ({@code NEWSFACTS_CORPUS}); the figures say which corpus they came from.
 */
public final class CorpusGenerator {

    /** The names the seed articles use, and what kind of invented name replaces each (longest first). */
    private static final Map<String, Kind> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("Alibaba Group Holding Ltd.", Kind.MAIN_FULL);
        NAMES.put("Alibaba Group", Kind.MAIN_GROUP);
        NAMES.put("Alibaba Cloud", Kind.MAIN_CLOUD);
        NAMES.put("Alibaba", Kind.MAIN);
        NAMES.put("Eddie Wu", Kind.PERSON_1);
        NAMES.put("Jack Ma", Kind.PERSON_2);
        NAMES.put("Joe Tsai", Kind.PERSON_3);
        NAMES.put("Microsoft", Kind.OTHER_1);
        NAMES.put("Google", Kind.OTHER_2);
        NAMES.put("Nvidia", Kind.OTHER_3);
        NAMES.put("Meta", Kind.OTHER_4);
    }

    private enum Kind {
        MAIN_FULL,
        MAIN_GROUP,
        MAIN_CLOUD,
        MAIN,
        PERSON_1,
        PERSON_2,
        PERSON_3,
        OTHER_1,
        OTHER_2,
        OTHER_3,
        OTHER_4
    }

    private static final String[] STEMS = {
        "Nor", "Kel", "Bra", "Vex", "Tal", "Mir", "Sol", "Quin", "Dra", "Hal", "Zen", "Ore", "Lum", "Cor", "Pax", "Ter"
    };
    private static final String[] ENDINGS = {
        "vane", "tra", "lix", "mont", "dale", "gen", "tek", "ora", "ix", "well", "bridge", "stone"
    };
    private static final String[] FIRST = {
        "Aurel", "Brisa", "Caspian", "Delphine", "Eero", "Fenna", "Galen", "Hester", "Ilse", "Joran", "Kestrel", "Liora"
    };
    private static final String[] LAST = {
        "Vantrell",
        "Okonkwe",
        "Lindqvar",
        "Moravec",
        "Tanabeo",
        "Brennick",
        "Costaval",
        "Novarre",
        "Quellan",
        "Fischbeck"
    };
    /** The currency words the seeds' amounts are stated in, and what may replace them. */
    private static final String[] CURRENCIES = {
        "yuan", "euros", "pounds", "yen", "Swiss francs", "Canadian dollars", "rupees"
    };

    private static final Pattern CURRENCY = Pattern.compile("\\byuan\\b");
    /** A number that is not a year: scaled. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\w])");

    private final List<String> seeds;

    CorpusGenerator(List<String> seeds) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed articles to generate from");
        }
        this.seeds = seeds;
    }

    /** Article {@code i} of the corpus of the given seed number: the same (seed, i) gives the same text. */
    String article(long seed, int i) {
        Random random = new Random(seed * 1_000_003L + i);
        String text = seeds.get(i % seeds.size());
        Map<Kind, String> names = names(random);
        for (Map.Entry<String, Kind> e : NAMES.entrySet()) {
            text = text.replace(e.getKey(), names.get(e.getValue()));
        }
        String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
        text = CURRENCY.matcher(text).replaceAll(currency);
        double factor = 0.2 + random.nextDouble() * 4.8;
        return scale(text, factor);
    }

    private static Map<Kind, String> names(Random random) {
        String main = company(random);
        Map<Kind, String> names = new LinkedHashMap<>();
        names.put(Kind.MAIN_FULL, main + " Holding Ltd.");
        names.put(Kind.MAIN_GROUP, main + " Group");
        names.put(Kind.MAIN_CLOUD, main + " Cloud");
        names.put(Kind.MAIN, main);
        names.put(Kind.PERSON_1, person(random));
        names.put(Kind.PERSON_2, person(random));
        names.put(Kind.PERSON_3, person(random));
        names.put(Kind.OTHER_1, company(random));
        names.put(Kind.OTHER_2, company(random));
        names.put(Kind.OTHER_3, company(random));
        names.put(Kind.OTHER_4, company(random));
        return names;
    }

    private static String company(Random random) {
        return STEMS[random.nextInt(STEMS.length)] + ENDINGS[random.nextInt(ENDINGS.length)];
    }

    private static String person(Random random) {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    /** Every amount times the factor (same number of decimals); years (1900–2099) stay as they are. */
    static String scale(String text, double factor) {
        Matcher m = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String whole = m.group(1).replace(",", "");
            String fraction = m.group(2);
            boolean year =
                    fraction == null && whole.length() == 4 && (whole.startsWith("19") || whole.startsWith("20"));
            if (year) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            double value = Double.parseDouble(whole + (fraction == null ? "" : fraction)) * factor;
            int decimals = fraction == null ? 0 : fraction.length() - 1;
            String scaled = String.format(Locale.ROOT, "%." + decimals + "f", Math.max(value, decimals == 0 ? 1 : 0.1));
            if (m.group(1).contains(",")) {
                scaled = String.format(Locale.ROOT, "%,d", Math.round(value));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(scaled));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Writes {@code count} articles as {@code generated-NNNNN.txt} into {@code out}. */
    void write(Path out, long seed, int count) throws IOException {
        Files.createDirectories(out);
        for (int i = 0; i < count; i++) {
            Files.writeString(out.resolve(String.format(Locale.ROOT, "generated-%05d.txt", i)), article(seed, i));
        }
    }

    static CorpusGenerator fromSeeds(Path dir) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        return new CorpusGenerator(texts);
    }

    /** {@code CorpusGenerator SEEDS_DIR OUT_DIR COUNT SEED} */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: CorpusGenerator SEEDS_DIR OUT_DIR COUNT SEED");
        }
        fromSeeds(Path.of(args[0])).write(Path.of(args[1]), Long.parseLong(args[3]), Integer.parseInt(args[2]));
    }
}
