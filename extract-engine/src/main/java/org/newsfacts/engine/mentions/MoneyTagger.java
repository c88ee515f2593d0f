package org.newsfacts.engine.mentions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.Span;
import org.newsfacts.engine.Stage;
import org.newsfacts.model.Approx;

/**
 * Finds amounts of money: a currency symbol or code before a number, or a currency word after it,
 * with an optional scale ("$53B", "RMB ¥280.2bn", "380 billion yuan", "Rs 1,200 crore", "75p") and
 * an approximation before it ("more than", "about").
 */
public final class MoneyTagger implements Stage {

    private static final String APPROX_WORDS =
            "more than|less than|up to|just over|just under|over|under|about|around|roughly"
                    + "|nearly|almost|approximately|some|close to|at least|as much as|an estimated";
    static final String APPROX = "(?<approx>\\b(?:" + APPROX_WORDS + ")\\s+)?";
    private static final String SYMBOLS =
            "US\\$|HK\\$|A\\$|NT\\$|T\\$|C\\$|S\\$|NZ\\$|R\\$|RMB\\s?¥|RMB|Rs\\.?|USD|EUR|GBP|JPY|CNY|HKD|AUD|INR|KRW|TWD|CHF|CAD|¥|\\$|€|£";
    /** The characters an approximation, a currency symbol opens with, either case: where NearDigits tries an amount. */
    static final String APPROX_OPENINGS = openings(APPROX_WORDS);

    static final String SYMBOL_OPENINGS = openings(SYMBOLS);
    static final Pattern MONEY = Pattern.compile(
            APPROX
                    + "(?:(?<symbol>" + SYMBOLS + ")\\s?)?"
                    + "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?:\\s?(?<scale>trillion|billion|million|thousand|crore|lakh|bln|mln|bn|mn|tn|m|b|k)\\b)?"
                    + "(?:(?<word>p\\b|\\s(?:(?:us |hong kong |australian |canadian |new taiwan |taiwan )?dollars|(?:us|hong kong|australian|canadian|new taiwan|taiwan|singapore|new zealand) dollar|yuan|renminbi|euro cents|euros?|pounds|sterling|yen|won"
                    + "|rupees|pence|cents|swiss francs|francs|kronor|krona|(?:danish |norwegian )?kroner|rand|roubles|rubles|reais|ringgit|baht|rupiah|zlotys?|pesos|lira)\\b))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE_TO = Pattern.compile("\\s*(?:to|-|–|and)\\s*");
    private static final Pattern JAPAN = Pattern.compile("\\b(Japan|Japanese|Tokyo|yen)\\b");
    private static final Pattern CHINA = Pattern.compile("\\b(China|Chinese|Beijing|yuan|RMB|Hong Kong|Shanghai)\\b");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.MONEY);
    }

    @Override
    public void process(Document document) {
        document.put(Layers.MONEY, find(document.text()));
    }

    /**
     * Steps through the matches of a pattern whose every match holds a digit, starting each search a
     * little before the next digit instead of at every character (the amount patterns open with long
     * alternations that are slow to try everywhere). The same matches as {@code find()} in a loop;
     * {@link #next()} leaves the matcher on the match.
     *
     * <p>The pattern is one of this package's amounts: an optional approximation ({@link #APPROX}: a word
     * boundary, then one of its words), for money an optional currency symbol of at most {@link
     * #SYMBOL_REACH} characters (with its space) right before the number, and the number, opening with an
     * ASCII digit. Before the next digit a match can thus start only at that digit, at a symbol's first
     * character shortly before it, or where an approximation's word starts; the pattern is tried at those
     * places only ({@link #mayStart}).
     */
    static final class NearDigits {
        private final Matcher m;
        private final String text;
        private final boolean symbols;
        private int from;

        /** {@code symbols}: whether a currency symbol may stand before the number. */
        NearDigits(Pattern pattern, String text, boolean symbols) {
            this.m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            this.text = text;
            this.symbols = symbols;
        }

        boolean next() {
            int n = text.length();
            int start = from;
            boolean goingOn = false; // find() going on past a digit where nothing matched: no REACH then
            while (true) {
                int d = start;
                while (d < n && !Character.isDigit(text.charAt(d))) {
                    d++;
                }
                if (d >= n) {
                    return false; // every match holds a digit
                }
                // the leftmost match starting in [lo, d], tried only where one may start; lookingAt() at p is
                // the attempt find() makes at p (transparent, non-anchoring bounds)
                int lo = goingOn ? start : Math.max(start, d - REACH);
                for (int p = lo; p <= d; p++) {
                    if (mayStart(text, p, d, symbols) && m.region(p, n).lookingAt()) {
                        from = Math.max(m.end(), m.start() + 1);
                        return true;
                    }
                }
                start = d + 1;
                goingOn = true;
            }
        }

        Matcher matcher() {
            return m;
        }
    }

    /**
     * Whether an amount may start at {@code p}, no digit lying between {@code p} and the digit at {@code
     * digit}: at the digit itself, at a currency symbol's first character within {@link #SYMBOL_REACH}
     * before it (with {@code symbols}), or at an approximation's first letter after no word character (it
     * opens with a word boundary: "about", "more than"). Never false where the amount patterns match.
     */
    static boolean mayStart(String text, int p, int digit, boolean symbols) {
        if (p == digit) {
            return true;
        }
        char c = text.charAt(p);
        if (symbols && p >= digit - SYMBOL_REACH && SYMBOL_OPENINGS.indexOf(c) >= 0) {
            return true;
        }
        if (APPROX_OPENINGS.indexOf(c) < 0) {
            return false;
        }
        if (p == 0) {
            return true;
        }
        char before = text.charAt(p - 1);
        return !Character.isLetterOrDigit(before) && before != '_';
    }

    /** The first characters of an alternation's branches in either case ("\\$" opens with "$"). */
    static String openings(String alternation) {
        StringBuilder out = new StringBuilder();
        for (String branch : alternation.split("\\|")) {
            char c = branch.charAt(0) == '\\' ? branch.charAt(1) : branch.charAt(0);
            out.append(Character.toLowerCase(c)).append(Character.toUpperCase(c));
        }
        return out.toString();
    }

    /** How far before its first digit an amount may start: "as much as RMB ¥", "approximately HK$". */
    private static final int REACH = 40;

    /** The longest currency symbol with its space: "RMB ¥ " (six characters). */
    static final int SYMBOL_REACH = 6;

    static List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        Boolean japanese = null;
        NearDigits amounts = new NearDigits(MONEY, text, true);
        Bare bare = null; // the last number with no currency
        while (amounts.next()) {
            Matcher m = amounts.matcher();
            String symbol = m.group("symbol");
            String word = m.group("word");
            if (symbol == null && word == null) {
                bare = new Bare(
                        m.start("number"),
                        m.end(),
                        m.group("approx") != null ? m.start("approx") : -1,
                        m.group("number"),
                        m.group("scale"));
                Mention prior = priorInSameCurrency(text, found, m);
                if (prior != null) {
                    found.add(prior);
                    bare = null;
                }
                continue;
            }
            if (symbol != null && symbol.length() == 3 && Character.isLowerCase(symbol.charAt(0))) {
                continue; // "usd" in running text is not a code
            }
            if (symbol != null && symbol.contains("¥") && japanese == null) {
                japanese = count(JAPAN, text) > count(CHINA, text);
            }
            String currency = MoneyNormalizer.currency(symbol, word, Boolean.TRUE.equals(japanese));
            BigDecimal value = currency == null ? null : MoneyNormalizer.value(m.group("number"), m.group("scale"));
            if (value == null) {
                continue;
            }
            if (symbol == null && MoneyNormalizer.isMinorUnit(word.strip())) {
                value = MoneyNormalizer.plain(value.movePointLeft(2));
            }
            int start = m.group("approx") != null ? m.start("approx") : m.start();
            int numberStart = symbol != null ? m.start("symbol") : m.start("number");
            if (bare != null
                    && symbol == null
                    && RANGE_TO.matcher(text.substring(bare.end(), m.start())).matches()) {
                // "410 million to 450 million euros", "5 to 6 billion yuan": the range's lower bound, in the currency
                // it ends with
                BigDecimal low =
                        MoneyNormalizer.value(bare.number(), bare.scale() != null ? bare.scale() : m.group("scale"));
                if (low != null && MoneyNormalizer.isMinorUnit(word.strip())) {
                    low = MoneyNormalizer.plain(low.movePointLeft(2));
                }
                if (low != null) {
                    boolean approx = bare.approxStart() >= 0;
                    found.add(Mention.amount(
                            Mention.Kind.MONEY,
                            new Span(approx ? bare.approxStart() : bare.start(), bare.end()),
                            low,
                            currency,
                            approx
                                    ? MoneyNormalizer.approx(text.substring(bare.approxStart(), bare.start()))
                                    : Approx.MORE_THAN,
                            text.substring(bare.start(), bare.end())));
                }
            }
            bare = null;
            found.add(Mention.amount(
                    Mention.Kind.MONEY,
                    new Span(start, m.end()),
                    value,
                    currency,
                    MoneyNormalizer.approx(m.group("approx")),
                    text.substring(numberStart, m.end())));
        }
        return found;
    }

    /** A number with no currency of its own, kept in case a range's end names the currency: [start, end) of the number, where "about …" starts (or -1). */
    private record Bare(int start, int end, int approxStart, String number, String scale) {}

    /**
     * "profit of 5.1bn rupees, against 3.9bn a year earlier": a scaled number with no currency that
     * gives the prior figure of an amount just before it in the same sentence is in that currency.
     */
    private static Mention priorInSameCurrency(String text, List<Mention> found, Matcher m) {
        if (m.group("scale") == null
                || found.isEmpty()
                || !PRIOR_BEFORE
                        .matcher(text.substring(Math.max(0, m.start() - 25), m.start()))
                        .find()
                || !PRIOR_AFTER
                        .matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20)))
                        .lookingAt()) {
            return null;
        }
        Mention last = null;
        for (int i = found.size() - 1; i >= 0 && last == null; i--) {
            Mention x = found.get(i);
            int open = text.lastIndexOf('(', x.span().start());
            int close = text.lastIndexOf(')', x.span().start());
            if (open <= close || m.start() - x.span().start() > 150) {
                last = x; // not a bracketed conversion ("($110m; £60m)")
            }
        }
        if (last == null) {
            return null;
        }
        String between = text.substring(last.span().end(), m.start());
        if (between.length() > 120 || between.contains(". ")) {
            return null;
        }
        BigDecimal value = MoneyNormalizer.value(m.group("number"), m.group("scale"));
        if (value == null) {
            return null;
        }
        int start = m.group("approx") != null ? m.start("approx") : m.start("number");
        return Mention.amount(
                Mention.Kind.MONEY,
                new Span(start, m.end()),
                value,
                last.unit(),
                MoneyNormalizer.approx(m.group("approx")),
                text.substring(m.start("number"), m.end()));
    }

    private static final Pattern PRIOR_BEFORE =
            Pattern.compile("\\b(?:from|against|compared (?:with|to)|versus|vs\\.?)\\s*$");
    private static final Pattern PRIOR_AFTER =
            Pattern.compile("\\s*(?:[,.;)]|$|a year|the year|last|in \\d{4}|earlier|previously|before)");

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
