package org.newsfacts.engine.mentions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.Span;
import org.newsfacts.engine.Stage;

/** Percentages ("3%", "8 per cent", "nearly 60%") and share counts ("nearly seven million shares"). */
public final class QuantityTagger implements Stage {

    static final Pattern PERCENT = Pattern.compile(
            MoneyTagger.APPROX + "(?<number>\\d+(?:\\.\\d+)?)\\s?(?:%|per\\s?cent\\b|percentage points?\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final String NUMBER_WORDS_ALTERNATION = "one|two|three|four|five|six|seven|eight|nine|ten|a";
    /**
     * Behind a look-ahead for the characters a match opens with (an approximation's first letter, a digit, a
     * number word's first letter): one character test rejects most places before the alternations are tried.
     */
    private static final Pattern SHARES = Pattern.compile(
            "(?=[" + MoneyTagger.APPROX_OPENINGS + "0-9" + MoneyTagger.openings(NUMBER_WORDS_ALTERNATION) + "])"
                    + MoneyTagger.APPROX
                    + "(?<number>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|" + NUMBER_WORDS_ALTERNATION + ")"
                    + "(?:\\s?(?<scale>million|billion|thousand|m|bn)\\b)?\\s+(?:(?:new|ordinary|class [ab]|common) )?shares\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SHARE_WORD = Pattern.compile("shares\\b");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
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
            Map.entry("ten", 10));

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.QUANTITIES);
    }

    @Override
    public void process(Document document) {
        document.put(Layers.QUANTITIES, find(document.text()));
    }

    static List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        MoneyTagger.NearDigits percentages =
                new MoneyTagger.NearDigits(PERCENT, text, false); // no symbol before a percentage
        while (percentages.next()) {
            Matcher m = percentages.matcher();
            int start = m.group("approx") != null ? m.start("approx") : m.start();
            found.add(Mention.amount(
                    Mention.Kind.PERCENT,
                    new Span(start, m.end()),
                    new BigDecimal(m.group("number")),
                    "PERCENT",
                    MoneyNormalizer.approx(m.group("approx")),
                    m.group()));
        }
        Matcher m = SHARES.matcher(SHARE_WORD.matcher(text).find() ? text : "");
        while (m.find()) {
            String number = m.group("number").toLowerCase(Locale.ROOT);
            if (number.equals("a") && m.group("scale") == null) {
                continue;
            }
            Integer word = NUMBER_WORDS.get(number);
            BigDecimal value = MoneyNormalizer.value(word != null ? word.toString() : number, m.group("scale"));
            int start = m.group("approx") != null ? m.start("approx") : m.start();
            found.add(Mention.amount(
                    Mention.Kind.SHARES,
                    new Span(start, m.end()),
                    value,
                    "SHARES",
                    MoneyNormalizer.approx(m.group("approx")),
                    m.group()));
        }
        return found;
    }
}
