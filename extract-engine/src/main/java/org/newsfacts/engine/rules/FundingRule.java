package org.newsfacts.engine.rules;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.engine.Clause;
import org.newsfacts.engine.FactBuilder;
import org.newsfacts.engine.Mention;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * FUNDING facts: a company raising money in a funding round. "Zhipu raised $140M in a Series B round
 * led by Tencent". The clause must speak of funding (round, series, seed, venture, financing); the
 * round name becomes the metric (SERIES_B, SEED), the lead investor the object.
 */
public final class FundingRule extends ClauseRule {

    private static final Pattern RAISED = compile(
            "\\b(?:" + LEX.cueAlternation("FUND") + ")\\s+(?:(?:a|an|another|further|new)\\s+)?(?<mon>" + MON + ")");
    private static final Pattern FUNDING_TALK = compile(
            "\\b(?:funding|round|series\\s+[a-h]\\b|seed|venture|financing|investors?|backed|ipo|initial public offering"
                    + "|bonds?|bond offering|bond sale|notes|share placing|placing|rights issue|listing)\\b");
    /** The kind of raise: a listing, bonds, a placing of new shares. */
    private static final Pattern KIND = compile(
            "\\b(?<ipo>ipo|initial public offering|listing)\\b|\\b(?<bond>bonds?|notes|debt offering)\\b|\\b(?<placing>share placing|placing|rights issue)\\b");
    /** "Alpha and Beta issued bonds, raising $2bn and $3bn, respectively". */
    private static final Pattern RESPECTIVELY = compile("(?<a>" + ORG + ")" + TICKER + "?\\s+and\\s+(?<b>" + ORG
            + ")[^;]*?\\b(?:raising|raised)\\s+(?<m1>" + MON + ")\\s+and\\s+(?<m2>" + MON + ")\\s*,?\\s+respectively");

    private static final Pattern ROUND =
            compile("\\b(?:series\\s+(?<letter>[A-H])\\b|(?<seed>seed|pre-seed)\\s+(?:round|funding))");
    private static final Pattern LEAD = compile("\\bled\\s+by\\s+(?<lead>" + AGENT + ")");

    @Override
    void apply(Clause c, String text, List<Fact> out) {
        String s = c.masked();
        if (!s.contains("MON_") || !FUNDING_TALK.matcher(s).find()) {
            return;
        }
        Matcher both = RESPECTIVELY.matcher(s);
        if (both.find()) {
            for (String[] pair : new String[][] {{"a", "m1"}, {"b", "m2"}}) {
                FactBuilder b = fact(FactType.FUNDING, c.slot(both.group(pair[0])), c, text, 0.75);
                money(b, c.slot(both.group(pair[1])));
                kind(b, s);
                out.add(b.build());
            }
            return;
        }
        Matcher m = RAISED.matcher(s);
        while (m.find()) {
            Mention subject = subjectBefore(c, m.start(), false);
            if (subject == null || LEX.markets.containsKey(subject.canonical())) {
                continue; // "listed on the Nasdaq, raising …": the exchange raised nothing
            }
            FactBuilder b = fact(FactType.FUNDING, subject, c, text, 0.8);
            money(b, c.slot(m.group("mon")));
            kind(b, s);
            Matcher round = ROUND.matcher(c.sentence().span().of(text));
            if (round.find()) {
                b.metric(
                        round.group("letter") != null
                                ? "SERIES_" + round.group("letter").toUpperCase(Locale.ROOT)
                                : round.group("seed").toUpperCase(Locale.ROOT).replace('-', '_'));
            }
            Matcher lead = LEAD.matcher(s);
            if (lead.find()) {
                Mention investor = c.slot(lead.group("lead"));
                b.object(
                        investor.canonical(),
                        investor.kind() == Mention.Kind.PERSON ? EntityType.PERSON : EntityType.ORGANIZATION);
            }
            period(b, period(c, m.end()));
            out.add(b.build());
        }
    }

    private static void kind(FactBuilder b, String s) {
        Matcher k = KIND.matcher(s);
        if (k.find()) {
            b.metric(k.group("ipo") != null ? "IPO" : k.group("bond") != null ? "BOND_ISSUE" : "SHARE_PLACING");
        }
    }
}
