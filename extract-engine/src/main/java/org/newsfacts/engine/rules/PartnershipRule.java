package org.newsfacts.engine.rules;

import org.newsfacts.engine.Clause;
import org.newsfacts.engine.Fact;
import org.newsfacts.engine.Mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PARTNERSHIP facts: a partnering word (verbs.tsv: partner, team up, joint venture, alliance,
 * integrating, incorporated …) in a clause naming exactly two organisations — a product counts as
 * its maker ("integrating Alibaba's AI with iPhones" → Apple). The clause's words are kept.
 */
public final class PartnershipRule extends ClauseRule {

    private static final Pattern CUE = compile("\\b(?:" + LEX.cueAlternation("PARTNER") + ")\\b");

    @Override
    void apply(Clause c, String text, List<Fact> out) {
        String s = c.masked();
        Matcher cue = CUE.matcher(s);
        if (!cue.find()) {
            return;
        }
        Map<String, Mention> orgs = new LinkedHashMap<>();
        Matcher m = SLOT.matcher(s);
        while (m.find()) {
            String kind = m.group(1);
            if (kind.equals("ORG") || kind.equals("PRD")) {
                Mention x = c.slot(m.group());
                orgs.putIfAbsent(x.canonical(), x);
            }
        }
        if (orgs.size() != 2) {
            return;
        }
        List<Mention> pair = new ArrayList<>(orgs.values());
        String words = words(c, s.substring(cue.start())).replaceFirst("[.,;]$", "");
        out.add(fact("PARTNERSHIP", pair.get(0), c, text, 0.7)
                .subjectType("ORGANIZATION")
                .object(pair.get(1).canonical(), "ORGANIZATION")
                .period(null, words.length() > 120 ? words.substring(0, 120) : words)
                .build());
    }
}
