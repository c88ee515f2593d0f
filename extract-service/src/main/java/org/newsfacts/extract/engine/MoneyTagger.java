package org.newsfacts.extract.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds amounts of money: a currency symbol or word around a number with an optional scale. */
public final class MoneyTagger implements Stage {

    private static final Pattern MONEY = Pattern.compile(
            "(?<approx>\\b(?:more than|less than|up to|over|under|about|around|roughly|nearly|almost|approximately)\\s+)?"
                    + "(?<symbol>US\\$|HK\\$|A\\$|NT\\$|C\\$|RMB\\s?¥?|\\$|€|£|¥)?\\s?"
                    + "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?:\\s?(?<scale>trillion|billion|million|thousand|bn|mn|tn|m|b|k)\\b)?"
                    + "(?:\\s(?<word>yuan|renminbi|dollars|euros|euro|pounds|yen|won|rupees)\\b)?",
            Pattern.CASE_INSENSITIVE);

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

    List<MoneyMention> find(String text) {
        List<MoneyMention> found = new ArrayList<>();
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            String currency = MoneyNormalizer.currency(m.group("symbol"), m.group("word"));
            if (currency == null) {
                continue;
            }
            BigDecimal value = MoneyNormalizer.value(m.group("number"), m.group("scale"));
            if (value == null) {
                continue;
            }
            int start = m.group("approx") != null ? m.start("approx") : m.start();
            found.add(new MoneyMention(new Span(start, m.end()), value, currency, MoneyNormalizer.approx(m.group("approx"))));
        }
        return found;
    }
}
