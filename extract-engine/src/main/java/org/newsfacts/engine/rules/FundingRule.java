package org.newsfacts.engine.rules;

import org.newsfacts.engine.Clause;
import org.newsfacts.engine.Fact;
import org.newsfacts.engine.Mention;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FUNDING facts: a company raising money in a funding round. "Zhipu raised $140M in a Series B round
 * led by Tencent". The clause must speak of funding (round, series, seed, venture, financing); the
 * round name becomes the metric (SERIES_B, SEED), the lead investor the object.
 */
public final class FundingRule extends ClauseRule {

    private static final Pattern RAISED = compile("\\b(?:" + LEX.cueAlternation("FUND") + ")\\s+(?:(?:a|an|another|further|new)\\s+)?(?<mon>" + MON + ")");
    private static final Pattern FUNDING_TALK = compile("\\b(?:funding|round|series\\s+[a-h]\\b|seed|venture|financing|investors?|backed)\\b");
    private static final Pattern ROUND = compile("\\b(?:series\\s+(?<letter>[A-H])\\b|(?<seed>seed|pre-seed)\\s+(?:round|funding))");
    private static final Pattern LEAD = compile("\\bled\\s+by\\s+(?<lead>" + AGENT + ")");

    @Override
    void apply(Clause c, String text, List<Fact> out) {
        String s = c.masked();
        if (!s.contains("MON_") || !FUNDING_TALK.matcher(s).find()) {
            return;
        }
        Matcher m = RAISED.matcher(s);
        while (m.find()) {
            Mention subject = subjectBefore(c, m.start(), false);
            if (subject == null) {
                continue;
            }
            Fact.Builder b = fact("FUNDING", subject, c, text, 0.8);
            money(b, c.slot(m.group("mon")));
            Matcher round = ROUND.matcher(c.sentence().span().of(text));
            if (round.find()) {
                b.metric(round.group("letter") != null ? "SERIES_" + round.group("letter").toUpperCase(Locale.ROOT)
                        : round.group("seed").toUpperCase(Locale.ROOT).replace('-', '_'));
            }
            Matcher lead = LEAD.matcher(s);
            if (lead.find()) {
                Mention investor = c.slot(lead.group("lead"));
                b.object(investor.canonical(), investor.kind() == Mention.Kind.PERSON ? "PERSON" : "ORGANIZATION");
            }
            period(b, period(c, m.end()));
            out.add(b.build());
        }
    }
}
