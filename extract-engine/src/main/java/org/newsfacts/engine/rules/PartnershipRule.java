package org.newsfacts.engine.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.engine.Clause;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.lexicon.Alternation;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * PARTNERSHIP facts: a partnering word (verbs.tsv: partner, team up, joint venture, alliance,
 * integrating, incorporated …) in a clause naming exactly two organisations — a product counts as
 * its maker ("integrating Alibaba's AI with iPhones" → Apple). The clause's words are kept.
 */
public final class PartnershipRule extends ClauseRule {

    private static final Pattern CUE = compile("\\b(?:" + LEX.cueAlternation("PARTNER") + ")\\b");
    /** One of these (lower case) is in every clause CUE matches: a cheap test before it. */
    private static final String[] CUE_WORDS = Alternation.firstWords(LEX.cueWords("PARTNER"));

    /** A list of organisations, wire tickers and bracketed short forms allowed between them. */
    private static final String LIST =
            "(?<list>(?:" + ORG + "(?:\\s*\\([^)]*\\))?" + TICKER + "?(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)?)+)";
    /** "Acme, which counts Beta and Gamma among its customers". */
    private static final Pattern COUNTS = compile(
            "(?<x>" + ORG + ")" + TICKER + "?\\s*,?\\s+(?:which\\s+)?counts\\s+" + LIST
                    + "\\s*,?\\s*(?:among\\s+others\\s+)?(?:as|among)\\s+(?:its|their|ORG_\\d+'s)\\s+(?:customers|clients)");
    /** "customers include Beta and Gamma", "with clients like Beta", "businesses such as Beta" after a supply verb. */
    private static final Pattern CUSTOMERS =
            compile("\\b(?:customers|clients)\\s+(?:include|including|such as|like|are)\\s+" + LIST);

    private static final Pattern SUPPLIES = compile(
            "\\b(?:provides|supplies|sells|delivers|makes|builds)\\s+[^;]{0,120}?\\b(?:to|for)\\s+[^;]{0,80}?\\b(?:such as|including)\\s+"
                    + LIST);
    /** "Acme is to buy ten aircraft from Beta": a supplier (not shares or a stake). */
    private static final Pattern BUYS_FROM = compile("(?<x>" + ORG
            + ")\\s*,?\\s+(?:[\\w'-]+\\s+){0,4}?(?:buy|buys|bought|order|orders|ordered|purchase|purchases|purchased)\\s+"
            + "(?<what>(?:[\\w-]+\\s+){1,5}?)from\\s+(?<y>" + ORG + ")");

    @Override
    void apply(Clause c, String text, List<Fact> out) {
        String s = c.masked();
        relationships(c, text, out, s);
        Matcher cue = CUE.matcher(holdsAny(s.toLowerCase(java.util.Locale.ROOT), CUE_WORDS) ? s : "");
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
        out.add(fact(FactType.PARTNERSHIP, pair.get(0), c, text, 0.7)
                .subjectType(EntityType.ORGANIZATION)
                .object(pair.get(1).canonical(), EntityType.ORGANIZATION)
                .period(null, words.length() > 120 ? words.substring(0, 120) : words)
                .build());
    }

    /** Customer and supplier relationships the article states with a list or a purchase; joint ventures. */
    private static void relationships(Clause c, String text, List<Fact> out, String s) {
        Matcher jv = JOINT_VENTURE.matcher(
                s.contains(" with ") && (s.contains("venture") || s.contains("alliance") || s.contains("partnership"))
                        ? s
                        : "");
        while (jv.find()) {
            pair(c, text, out, c.slot(jv.group("x")), c.slot(jv.group("y")));
        }
        boolean customers = s.contains("customers") || s.contains("clients");
        if (customers) {
            Matcher m = COUNTS.matcher(s);
            while (m.find()) {
                pairs(c, text, out, c.slot(m.group("x")), m.group("list"));
            }
            m = CUSTOMERS.matcher(s);
            while (m.find()) {
                Mention x = subjectBefore(c, m.start(), false);
                pairs(c, text, out, x != null ? x : focusOrg(c), m.group("list"));
            }
        }
        if (s.contains("such as") || s.contains("including")) {
            Matcher m = SUPPLIES.matcher(s);
            while (m.find()) {
                Mention x = subjectBefore(c, m.start(), false);
                pairs(c, text, out, x != null ? x : focusOrg(c), m.group("list"));
            }
        }
        if (s.contains(" from ")
                && (s.contains("buy") || s.contains("bought") || s.contains("order") || s.contains("purchas"))) {
            Matcher m = BUYS_FROM.matcher(s);
            while (m.find()) {
                if (!m.group("what")
                        .matches("(?is).*\\b(?:stake|stakes|shares|holding|interest|unit|business|division)\\b.*")) {
                    pair(c, text, out, c.slot(m.group("x")), c.slot(m.group("y")));
                }
            }
        }
    }

    private static void pairs(Clause c, String text, List<Fact> out, Mention x, String list) {
        if (x == null) {
            return;
        }
        for (Mention y : organisations(c, list)) {
            pair(c, text, out, x, y);
        }
    }

    private static void pair(Clause c, String text, List<Fact> out, Mention x, Mention y) {
        if (x.kind() == Mention.Kind.ORG && !x.canonical().equals(y.canonical())) {
            out.add(fact(FactType.PARTNERSHIP, x, c, text, 0.7)
                    .subjectType(EntityType.ORGANIZATION)
                    .object(y.canonical(), EntityType.ORGANIZATION)
                    .build());
        }
    }

    private static final Pattern BROAD_CUE = DealCues.cue("PARTNER");
    private static final String[] BROAD_CUE_WORDS = DealCues.firstWords("PARTNER");
    /** The partners right after the word: a few descriptors ("with Scottish club", "among its top"), then names. */
    private static final Pattern PARTNERS_NAMED = compile(
            "^\\s*(?:(?:ORG_\\d+'s|LOC_\\d+'s|LOC_\\d+|(?!(?:by|from|to|for|than|of|on|at|after|said|says)\\b)[a-z][\\w-]*)\\s+){0,4}?"
                    + LIST);

    /**
     * Broad readings: at each relationship word (deal with, agreement, sponsorship, supplier, customers,
     * underwriters, jointly …) the subject before it (or the possessive, "Alpha's partner Beta"), else the
     * article's company, with the organisations named right after it.
     */
    static void broadReadings(Clause c, String text, List<Fact> out) {
        String s = c.masked();
        if (!s.contains("ORG_")) {
            return;
        }
        Matcher m = BROAD_CUE.matcher(holdsAny(s.toLowerCase(java.util.Locale.ROOT), BROAD_CUE_WORDS) ? s : "");
        while (m.find()) {
            Mention focus = focusOrg(c);
            Mention x = DealCues.possessiveBefore(c, m.start(), 3);
            if (x == null) {
                x = subjectBefore(c, m.start(), false);
            }
            Matcher named = PARTNERS_NAMED.matcher(s.substring(m.end()));
            List<Mention> after = named.lookingAt() ? organisations(c, named.group("list")) : List.of();
            for (Mention y : after) {
                broadPair(c, text, out, x != null ? x : focus, y, 0.6);
            }
        }
    }

    private static void broadPair(Clause c, String text, List<Fact> out, Mention x, Mention y, double confidence) {
        if (x == null
                || y == null
                || DealCues.same(x, y)
                || x.kind() != Mention.Kind.ORG
                || y.kind() != Mention.Kind.ORG) {
            return;
        }
        for (Fact f : out) {
            if (f.evidence().equals(c.evidence(text))
                    && (x.canonical().equals(f.subject()) && y.canonical().equals(f.object())
                            || y.canonical().equals(f.subject())
                                    && x.canonical().equals(f.object()))) {
                return; // the same pair once a clause
            }
        }
        out.add(fact(FactType.PARTNERSHIP, x, c, text, confidence)
                .subjectType(EntityType.ORGANIZATION)
                .object(y.canonical(), EntityType.ORGANIZATION)
                .build());
    }
}
