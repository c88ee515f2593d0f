package org.newsfacts.engine.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.engine.Clause;
import org.newsfacts.engine.FactBuilder;
import org.newsfacts.engine.Mention;
import org.newsfacts.model.Approx;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * MARKET_SHARE facts: "Alibaba Cloud, China's leading cloud provider with a 36% market share",
 * "a 20% share of the UK mobile market", "market share of 12%". The market is the "share of … market"
 * phrase, else "(place) (industry) market" from "(place)'s leading (industry) provider".
 */
public final class MarketShareRule extends ClauseRule {

    private static final Pattern PCT_SHARE = compile(
            "(?<pct>" + PCT
                    + ")\\s+(?:[\\w-]+\\s+){0,2}?(?:market\\s+share|share\\s+of\\s+(?:the\\s+)?(?<mkt>[^,.;]{1,60}?\\bmarket)\\b)");
    private static final Pattern SHARE_PCT =
            compile("market\\s+share\\s+(?:of|at|to|reached|hit|was|is)\\s+(?:about\\s+)?(?<pct>" + PCT + ")");
    private static final Pattern LEADING = compile(
            "(?<loc>" + LOC
                    + ")'s\\s+(?:[\\w-]+\\s+){0,2}?(?<industry>[\\w-]+)\\s+(?:provider|maker|company|firm|operator|retailer|player|supplier|brand)");

    @Override
    void apply(Clause c, String text, List<Fact> out) {
        String s = c.masked();
        if (!s.contains("PCT_") || !s.contains("share")) {
            return;
        }
        for (Pattern p : List.of(PCT_SHARE, SHARE_PCT)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                Mention subject = subjectOrFocus(c, m.start());
                if (subject == null) {
                    continue;
                }
                String market = null;
                if (p == PCT_SHARE && m.group("mkt") != null) {
                    market = words(c, m.group("mkt"));
                } else {
                    Matcher l = LEADING.matcher(s);
                    if (l.find()) {
                        market = c.slot(l.group("loc")).canonical() + " " + l.group("industry") + " market";
                    }
                }
                FactBuilder b = fact(FactType.MARKET_SHARE, subject, c, text, 0.8)
                        .object(market == null ? "market" : market, EntityType.TOPIC);
                money(b, c.slot(m.group("pct")));
                period(b, period(c, m.end()));
                out.add(b.build());
            }
        }
    }

    private static final Pattern BROAD_SHARE =
            compile("\\bmarket\\s+share\\b|\\bshare\\s+of\\s+(?:the\\s+)?[^,.;]{0,60}?\\bmarket\\b");
    /** "7% of the country's banking market", "about half of Spain's beer market". */
    private static final Pattern PART_OF_MARKET = compile(
            "(?:(?<pct>" + PCT
                    + ")|(?<part>half|a\\s+third|a\\s+quarter|two-thirds|one-third|a\\s+fifth))\\s+of\\s+(?<mkt>(?:the\\s+)?(?:(?:LOC_\\d+'s|[\\w'-]+)\\s+){0,4}?(?:market|sector|industry))\\b");

    private static final Pattern PCT_SLOT = compile(PCT);

    /**
     * Broad readings: every percentage after the words "market share" ("its market share climbed to
     * 20% from under 5%": both levels), held by the possessive before it, the subject, else the article's company;
     * "7% of the … market", "about half of the … market".
     */
    static void broadReadings(Clause c, String text, List<Fact> out) {
        String s = c.masked();
        if (!s.contains("market")) {
            return;
        }
        Matcher m = BROAD_SHARE.matcher(s.contains("PCT_") ? s : "");
        if (m.find()) {
            Mention subject = DealCues.possessiveBefore(c, m.start(), 3);
            if (subject == null) {
                subject = subjectBefore(c, m.start(), false);
            }
            if (subject == null) {
                subject = focusOrg(c);
            }
            Matcher pct = PCT_SLOT.matcher(s);
            pct.region(m.end(), Math.min(s.length(), m.end() + 90));
            while (subject != null && pct.find()) {
                FactBuilder b = fact(FactType.MARKET_SHARE, subject, c, text, 0.6)
                        .object(words(c, m.group()), EntityType.TOPIC);
                money(b, c.slot(pct.group()));
                out.add(b.build());
            }
        }
        m = PART_OF_MARKET.matcher(s);
        while (m.find()) {
            Mention subject = subjectOrFocus(c, m.start());
            if (subject == null) {
                continue;
            }
            FactBuilder b = fact(FactType.MARKET_SHARE, subject, c, text, 0.55)
                    .object(words(c, m.group("mkt")).replaceFirst("^the\\s+", ""), EntityType.TOPIC);
            if (m.group("pct") != null) {
                money(b, c.slot(m.group("pct")));
            } else {
                boolean about = s.substring(Math.max(0, m.start() - 12), m.start())
                        .matches("(?s).*\\b(?:about|around|nearly|almost|roughly)\\s+$");
                b.money(
                        java.math.BigDecimal.valueOf(percentOf(m.group("part").replaceAll("\\s+", " "))),
                        "PERCENT",
                        about ? Approx.ABOUT : Approx.EXACT);
            }
            out.add(b.build());
        }
    }
}
