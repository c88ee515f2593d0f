package org.newsfacts.engine.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.engine.Clause;
import org.newsfacts.engine.FactBuilder;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.mentions.MoneyNormalizer;
import org.newsfacts.model.Approx;
import org.newsfacts.model.Direction;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * STOCK_MOVE facts: shares moving by a percentage. "Alibaba's shares fell 3% in Hong Kong",
 * "Shares dipped 3% in Hong Kong trading Monday" (the focus company), "a 3% drop in Alibaba's Hong
 * Kong shares", "The company's stock surged over 8% … and has gained nearly 60% year-to-date".
 */
public final class StockMoveRule extends ClauseRule {

    private static final String DIR = "(?<dir>" + LEX.directionAlternation() + ")";
    private static final String MARKET = "(?:(?<mkt>" + LOC + "|[A-Z][\\w.]*)(?:-listed)?\\s+)?";
    private static final String SHARES = "(?:shares|stock|share price|stock price|stocks)\\b";
    private static final Pattern VERB_FORM = compile("(?:(?<subj>" + AGENT + ")(?:'s)?\\s+)?" + MARKET + SHARES
            + "(?:\\s+(?:in|of)\\s+(?:(?:the|a|an|LOC_\\d+|[a-z][\\w-]*|[A-Z][\\w.-]*,?)\\s+){0,4}?(?<subj2>" + ORG
            + "))?(?:\\s*,\\s*(?:which|who)\\b[^,;]*,)?(?<mid>(?:\\s+[\\w,-]+){0,4}?)\\s+" + DIR
            + "\\s+(?:by\\s+)?(?:a\\s+)?(?<pct>" + PCT + ")");
    private static final Pattern NOUN_FORM = compile("(?<pct>" + PCT + ")\\s+" + DIR + "\\s+in\\s+(?:(?<subj>" + ORG
            + ")'s\\s+)?" + MARKET + SHARES + "(?:\\s+(?:in|of)\\s+(?<subj2>" + ORG + "))?");
    /** "Bid talk lifted Beta's shares by 7%", "sent Beta's stock down by 4%". */
    private static final Pattern CAUSED =
            compile("\\b(?<verb>boosted|lifted|pushed|sent|drove|dragged|hit|knocked|dented)\\s+(?<subj>" + ORG
                    + ")'s\\s+" + SHARES + "\\s+(?<dir>up|down|higher|lower)?\\s*by\\s+(?<pct>" + PCT + ")");
    /** "its shares have lost about a third of their value". */
    private static final Pattern LOST_SHARE = compile("(?:(?<subj>" + ORG + ")'s\\s+)?" + SHARES
            + "\\s+(?:has\\s+|have\\s+)?(?:lost|shed)\\s+(?<approx>more than|almost|nearly|about|over)?\\s*"
            + "(?<part>half|a third|a quarter|two-thirds)\\s+(?:of\\s+)?(?:its|their|ORG_\\d+'s)\\s+value");

    private static final Pattern AND_MORE =
            compile("^[^.;]*?\\b(?:and|having)\\s+(?:has\\s+|have\\s+|had\\s+|was\\s+|were\\s+)?" + DIR
                    + "\\s+(?:by\\s+)?(?<pct>" + PCT + ")");
    /** Behind a look-ahead for the first letter: one character test rejects most places before the word boundary. */
    private static final Pattern STOCK_WORDS = compile("(?=s)\\b(?:shares|stock|stocks)\\b");

    private static final Pattern DAY =
            Pattern.compile("\\b(?:on\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern MARKET_AFTER =
            compile("^\\s*(?:in|on)\\s+(?:the\\s+)?(?<mkt>" + LOC + "|Nasdaq|NYSE|[A-Z][\\w.]+)");

    @Override
    void apply(Clause c, String text, List<Fact> out) {
        String s = c.masked();
        if (!STOCK_WORDS.matcher(s).find()) {
            return;
        }
        if (s.contains(" value")) {
            lostPart(c, text, out, s);
        }
        if (!s.contains("PCT_")) {
            return;
        }
        if (s.contains(" by PCT_") || s.contains(" by a PCT_")) {
            caused(c, text, out, s);
        }
        for (Pattern p : List.of(VERB_FORM, NOUN_FORM)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                if (s.substring(Math.max(0, m.start() - 8), m.start())
                        .toLowerCase(Locale.ROOT)
                        .endsWith("market ")) {
                    continue; // "market share" is not a stock
                }
                Mention subject = m.group("subj") != null
                        ? c.slot(m.group("subj"))
                        : m.group("subj2") != null ? c.slot(m.group("subj2")) : focusOrg(c);
                if (subject == null || subject.kind() != Mention.Kind.ORG) {
                    continue;
                }
                String market = market(c, m.group("mkt"));
                if (market == null) {
                    Matcher after = MARKET_AFTER.matcher(s.substring(m.end()));
                    if (after.find()) {
                        market = market(c, after.group("mkt"));
                    }
                }
                add(c, text, out, subject, m.group("dir"), m.group("pct"), market, m.end(), 0.85);
                Matcher more = AND_MORE.matcher(s.substring(m.end()));
                if (more.find()) {
                    add(
                            c,
                            text,
                            out,
                            subject,
                            more.group("dir"),
                            more.group("pct"),
                            market,
                            m.end() + more.end(),
                            0.75);
                }
            }
        }
    }

    private static void caused(Clause c, String text, List<Fact> out, String s) {
        Matcher m = CAUSED.matcher(s);
        while (m.find()) {
            String verb = m.group("verb").toLowerCase(Locale.ROOT);
            String dir = m.group("dir") != null
                    ? m.group("dir")
                    : verb.matches("dragged|hit|knocked|dented")
                            ? "down"
                            : verb.matches("boosted|lifted") ? "up" : null;
            if (dir != null) {
                add(c, text, out, c.slot(m.group("subj")), dir, m.group("pct"), null, m.end(), 0.8);
            }
        }
    }

    private static void lostPart(Clause c, String text, List<Fact> out, String s) {
        Matcher m = LOST_SHARE.matcher(s);
        while (m.find()) {
            Mention subject = m.group("subj") != null ? c.slot(m.group("subj")) : focusOrg(c);
            if (subject == null || subject.kind() != Mention.Kind.ORG) {
                continue;
            }
            Approx approx = m.group("approx") == null ? Approx.ABOUT : MoneyNormalizer.approx(m.group("approx"));
            FactBuilder b = fact(FactType.STOCK_MOVE, subject, c, text, 0.75).direction(Direction.DOWN);
            b.money(BigDecimal.valueOf(percentOf(m.group("part"))), "PERCENT", approx);
            period(b, firstAfter(c, "TIM", m.end(), Integer.MAX_VALUE));
            out.add(b.build());
        }
    }

    private static String market(Clause c, String written) {
        if (written == null) {
            return null;
        }
        String w = written.startsWith("LOC_") ? c.slot(written).text() : written;
        return LEX.markets.get(w);
    }

    private static void add(
            Clause c,
            String text,
            List<Fact> out,
            Mention subject,
            String dir,
            String pct,
            String market,
            int from,
            double confidence) {
        Mention amount = c.slot(pct);
        FactBuilder b = fact(FactType.STOCK_MOVE, subject, c, text, confidence)
                .direction(LEX.direction(dir))
                .market(market);
        money(b, amount);
        Mention when = firstAfter(c, "TIM", from, Integer.MAX_VALUE);
        period(b, when);
        Matcher day = DAY.matcher(c.masked());
        if (when == null && day.find()) {
            b.period(null, day.group(1));
        }
        out.add(b.build());
    }
}
