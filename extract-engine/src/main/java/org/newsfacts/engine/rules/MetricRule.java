package org.newsfacts.engine.rules;

import org.newsfacts.engine.Clause;
import org.newsfacts.engine.Fact;
import org.newsfacts.engine.Mention;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FINANCIAL_METRIC and METRIC_CHANGE facts around a metric phrase (metrics.tsv): "revenue rose by 8%
 * year-over-year to $38.38 billion" (a change and a level), "net income reached $6.71 billion",
 * "Revenue hit RMB ¥280.2bn (€36.96bn), up 8% year over year", "market value has surged by over
 * $100 billion", "its 3% year-on-year revenue growth", "made a pre-tax loss of £5m" (a negative
 * level). The owner is the name before the metric ("Alibaba's revenue"), else the clause's subject,
 * else the focus company. Analysts' expectations get the {@code _ESTIMATE} suffix. A bare "profit"
 * after the article has named one profit line is that line. A further "X's 31% surge" in the same
 * sentence is a change of the same metric.
 */
public final class MetricRule extends ClauseRule {

    private static final String DIR = "(?<dir>" + LEX.directionAlternation() + ")";
    private static final Pattern METRIC = compile("\\b(?<metric>" + LEX.metricAlternation() + ")\\b");
    private static final Pattern CHANGE_AFTER = compile("^[\\s,]*(?:(?:has|have|had|was|were|is|are|also|been|seen|a|an|its)\\s+){0,3}" + DIR
            + "\\s+(?:by\\s+)?(?:a\\s+)?(?<amt>" + PCT + "|" + MON + ")");
    private static final Pattern UP_DOWN = compile("^[^;]*?,\\s*(?<dir>up|down)\\s+(?<amt>" + PCT + ")");
    private static final Pattern LEVEL_AFTER = compile("^(?:[\\s,]*(?!(?:rose|fell|up|down|but|while)\\b)[\\w-]+){0,5}?\\s*(?:was|were|be|been|reached|hit|totalled|totaled"
            + "|came in at|stood at|of|to|amounted to|at|is|are|climbed to|rose to|fell to|jumped to|dropped to|grew to|increased to)\\s+"
            + "(?<amt>" + MON + ")(?:\\s*\\((?<alt>" + MON + ")\\))?");
    private static final Pattern LEVEL_AFTER_CHANGE = compile("^[^;]*?\\bto\\s+(?<amt>" + MON + ")(?:\\s*\\((?<alt>" + MON + ")\\))?");
    private static final Pattern CHANGE_BEFORE = compile("(?<amt>" + PCT + ")\\s+(?:[\\w-]+\\s+){0,3}?$");
    private static final Pattern GROWTH_AFTER = compile("^\\s+(?:growth|rise|increase|decline|fall|drop|jump|gain)\\b");
    private static final Pattern OWNER = compile("(?<own>" + AGENT + ")(?:'s)?\\s+(?:(?:" + PCT + "|[\\w-]+)\\s+){0,3}?$");
    private static final Pattern ESTIMATE = compile("\\b(?:expected|expecting|forecast|forecasts|forecasting|estimates?|estimated|consensus|predicted|projected)\\b");
    private static final Pattern NOT_A_FIGURE = compile("^\\s+(?:report|reports|call|season|statement|guidance|release|date|per share)\\b");
    private static final Pattern BARE_OPENING = compile("^\\s*(?:(?:the|its|their|net|gross|total|annual|quarterly|half-year|full-year|first-half"
            + "|second-half|underlying|group|core|fourth-quarter|third-quarter|second-quarter|first-quarter)\\s+){0,3}$");
    private static final Pattern AMOUNT = compile("\\b(?:" + MON + "|" + PCT + ")");
    private static final Pattern ALSO_MOVED = compile("(?<own>" + ORG + ")'s\\s+(?<amt>" + PCT + ")\\s+(?:[\\w-]+\\s+){0,2}?(?<dir>surge|growth|rise|increase|jump|gain|decline|drop|fall)\\b");

    @Override
    void apply(Clause c, String text, List<Fact> out) {
        String s = c.masked();
        if (!s.contains("MON_") && !s.contains("PCT_")) {
            return;
        }
        Matcher m = METRIC.matcher(s);
        Set<String> used = new HashSet<>();
        String lastMetric = null;
        while (m.find()) {
            String phrase = m.group("metric");
            String metric = LEX.metric(phrase);
            if (metric == null || s.substring(m.end()).startsWith("-") || NOT_A_FIGURE.matcher(s.substring(m.end())).find()) {
                continue;
            }
            String before = s.substring(0, m.start());
            if (before.matches("(?is).*\\b(?:per|market)\\s*$")) {
                continue; // "earnings per share", "market share"
            }
            boolean loss = phrase.toLowerCase(Locale.ROOT).contains("loss");
            int amountAt = s.length();
            Matcher nextAmount = AMOUNT.matcher(s);
            if (nextAmount.find(m.end())) {
                amountAt = nextAmount.start();
            }
            if (ESTIMATE.matcher(s.substring(Math.max(0, m.start() - 40), amountAt)).find()) {
                metric = metric + "_ESTIMATE";
            }
            Mention owner = owner(c, before, m.start());
            if (owner == null) {
                continue;
            }
            String after = s.substring(m.end());
            lastMetric = metric;
            Matcher change = CHANGE_AFTER.matcher(after);
            if (change.find() && used.add(change.group("amt"))) {
                add(c, text, out, "METRIC_CHANGE", owner, metric, change.group("dir"), change.group("amt"), null, m.end(), false, 0.85);
                Matcher level = LEVEL_AFTER_CHANGE.matcher(after.substring(change.end()));
                if (level.find() && used.add(level.group("amt"))) {
                    add(c, text, out, "FINANCIAL_METRIC", owner, metric, null, level.group("amt"), level.group("alt"), m.end(), loss, 0.85);
                }
                continue;
            }
            Matcher level = LEVEL_AFTER.matcher(after);
            if (level.find() && used.add(level.group("amt"))) {
                add(c, text, out, "FINANCIAL_METRIC", owner, metric, null, level.group("amt"), level.group("alt"), m.end(), loss, 0.85);
                Matcher upDown = UP_DOWN.matcher(after.substring(level.end()));
                if (upDown.find() && used.add(upDown.group("amt"))) {
                    add(c, text, out, "METRIC_CHANGE", owner, metric, upDown.group("dir"), upDown.group("amt"), null, m.end(), false, 0.8);
                }
                continue;
            }
            Matcher pct = CHANGE_BEFORE.matcher(before);
            Matcher growth = GROWTH_AFTER.matcher(after);
            if (pct.find() && growth.find() && used.add(pct.group("amt"))) {
                String dir = growth.group().strip().toLowerCase(Locale.ROOT);
                add(c, text, out, "METRIC_CHANGE", owner, metric, dir, pct.group("amt"), null, m.end(), false, 0.8);
            }
        }
        if (lastMetric != null) {
            Matcher more = ALSO_MOVED.matcher(s);
            while (more.find()) {
                if (used.add(more.group("amt"))) {
                    add(c, text, out, "METRIC_CHANGE", c.slot(more.group("own")), lastMetric, more.group("dir"), more.group("amt"),
                            null, more.end(), false, 0.6);
                }
            }
        }
    }

    private static Mention owner(Clause c, String before, int at) {
        Matcher own = OWNER.matcher(before);
        if (own.find()) {
            return c.slot(own.group("own"));
        }
        Mention subject = subjectBefore(c, at, false);
        if (subject != null) {
            return subject;
        }
        // "Sales rose 2.8%", "Full-year revenue was …": a bare metric opening the sentence is the focus company's.
        return BARE_OPENING.matcher(before).matches() ? focusOrg(c) : null;
    }

    private static void add(Clause c, String text, List<Fact> out, String type, Mention owner, String metric, String dir,
                            String amount, String alt, int from, boolean loss, double confidence) {
        Mention a = c.slot(amount);
        if (owner.kind() != Mention.Kind.ORG) {
            return;
        }
        Fact.Builder b = fact(type, owner, c, text, confidence).metric(metric);
        BigDecimal value = loss ? a.value().negate() : a.value();
        b.money(value, a.unit(), a.approx());
        if (dir != null) {
            b.direction(LEX.direction(dir));
        }
        if (alt != null) {
            Mention x = c.slot(alt);
            b.alt(List.of(new Fact.Alt(loss ? x.value().negate() : x.value(), x.unit())));
        }
        period(b, period(c, from));
        out.add(b.build());
    }
}
