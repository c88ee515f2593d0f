package org.newsfacts.engine.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.engine.Clause;
import org.newsfacts.engine.FactBuilder;
import org.newsfacts.engine.Mention;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.Fact.Alt;
import org.newsfacts.model.FactType;

/**
 * INVESTMENT facts. With an amount: "X has committed to investing more than 380 billion yuan ($53
 * billion) in AI infrastructure over the next three years", "X plans to spend $80 billion this fiscal
 * year on AI data centers", "X has set aside $65 billion for 2025", "X announced a $53 billion
 * investment in …", "X's $53 billion AI bet", "A and B plan to spend $40 billion and $150 billion
 * respectively on …". Without one, only into named organisations: "X has invested in … startups,
 * including Moonshot and Zhipu". The subject is the last organisation or person before the verb
 * (not one given as an example), else the focus company.
 */
public final class InvestmentRule extends ClauseRule {

    private static final String VERB = "(?<verb>" + LEX.cueAlternation("INVEST") + ")";
    private static final String NOUN = "(?<noun>" + LEX.cueAlternation("INVEST_NOUN") + ")";
    private static final String AMOUNT = "(?<mon>" + MON + ")(?:\\s*\\((?<alt>" + MON + ")\\))?";
    private static final Pattern RESPECTIVELY =
            compile("(?<s1>" + AGENT + ")\\s+and\\s+(?<s2>" + AGENT + ")\\s+(?:[\\w-]+\\s+){0,3}?" + VERB + "\\s+(?<m1>"
                    + MON + ")\\s+and\\s+(?<m2>" + MON + ")\\s+respectively");
    private static final Pattern VERB_AMOUNT =
            compile("\\b" + VERB + "\\s+(?:(?:a|an|another|further|extra|additional|some)\\s+){0,2}" + AMOUNT);
    private static final Pattern AMOUNT_NOUN = compile(AMOUNT + "\\s+(?:[\\w-]+\\s+){0,3}?" + NOUN + "\\b");
    private static final Pattern NOUN_OF_AMOUNT = compile("\\b" + NOUN + "\\s+of\\s+" + AMOUNT);
    private static final Pattern NOT_AN_INVESTMENT = compile(
            "\\s*(?:\\([^)]*\\)\\s*)?(?:on\\s+)?(?:to\\s+)?(?:buy|buying|acquire|acquiring|purchase|purchasing|take over|taking over|settle|pay|paying)\\b");
    private static final Pattern FUND_SIZE =
            compile("\\b(?:which|that|who)\\s+(?:now\\s+)?(?:invests|manages|oversees)\\s*$");
    private static final Pattern INVESTED_BY = compile("\\s+(?:by|from)\\s+(?:(?<by>" + AGENT + ")|(?!" + AGENT + "))");
    /** "was said to be weighing a $4bn investment", "could invest": talk, not a made or committed investment. */
    private static final Pattern NOT_MADE = compile(
            "\\b(?:consider(?:s|ed|ing)?|reportedly|rumou?red|could|might|would\\s+have)\\s+(?:[\\w-]+\\s+){0,2}$");

    private static final Pattern JOINT = compile(
            "(?<a>" + ORG + ")" + TICKER + "?\\s+and\\s+(?<b>" + ORG + ")" + TICKER + "?\\s+(?:[\\w-]+\\s+){0,4}$");
    private static final Pattern VALUED =
            compile("(?<own>" + ORG + ")'s\\s+(?:[\\w-]+\\s+){0,2}?investment\\s+in\\s+(?<obj>" + ORG
                    + ")[^;,]*?\\b(?:was|is|were)\\s+" + "(?:valued\\s+at|worth)\\s+(?<mon>" + MON + ")");
    private static final Pattern THING_THAT =
            compile("\\b(?!(?:ORG|PER)_)[\\w-]+\\s+(?:that|which)\\s+(?:[a-z][\\w-]*\\s+)?$");
    /** "Alpha bought Beta shares for $200m": money into Beta's equity. */
    private static final Pattern SHARES_BOUGHT = compile(
            "(?<x>" + ORG + ")\\s+(?:(?:also|has|had|then|later)\\s+)?(?:bought|buys|purchased|acquired)\\s+(?<tgt>"
                    + ORG + ")\\s+shares\\b" + "[^;]*?\\bfor\\s+(?<mon>" + MON + ")");
    /** "Alpha took part in a share sale alongside Beta, Gamma and Delta": each is an investor in the company. */
    private static final Pattern PARTICIPATED = compile("(?<x>" + AGENT
            + ")\\s+(?:also\\s+)?(?:participated|took\\s+part|joined)\\s+in\\s+(?:a|an|the|its)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:placement|round|offering|fundraising|share\\s+sale|capital\\s+raising)(?:\\s+alongside\\s+(?<list>(?:"
            + AGENT + "(?:\\s*,\\s*|\\s+and\\s+)?)+))?");
    /** "Beta, backed by Alpha and Gamma", "Beta, valued at $2bn and backed by Alpha". */
    private static final Pattern BACKED_BY = compile("(?<tgt>" + ORG + ")" + TICKER
            + "?\\s+(?:(?:(?!ORG_)[^;]){0,80}?\\s)?(?:backed|funded)\\s+by\\s+(?<list>(?:" + AGENT + TICKER
            + "?(?:\\s*,\\s*|\\s+and\\s+)?)+)");

    private static final Pattern STOPPED =
            compile("\\b(?:no\\s+longer|not|never|stops?|stopped|ceased?|ends?|ended|halts?|halted)\\s+$");
    private static final Pattern OWNER = compile("(?<own>" + AGENT + ")'s\\s+(?:[\\w-]+\\s+){0,2}?$");
    private static final Pattern INTO_ORGS = compile(
            "\\b(?:invested|investing|invests|invest|directing resources|directed resources|poured money)\\s+(?:[\\w-]+\\s+){0,2}?(?:in|into|toward|towards|to)\\s+(?<objs>[^;]+)");
    private static final Pattern TARGET = compile(
            "^\\s*(?:\\([^)]*\\)\\s*)?(?:,\\s*(?:[\\w-]+\\s+){0,3}?)?(?:TIM_\\d+\\s+)?(?:in|into|on|for|toward|towards)\\s+(?<obj>.+)");
    private static final Pattern TARGET_END = compile(
            "\\s*(?:,|;|\\.|\\bover\\b|\\bby\\b|\\bthrough\\b|\\bthis\\b|\\bnext\\b|TIM_\\d+|\\bto\\b|\\bfor\\b|\\bincluding\\b|\\bwhile\\b|\\bwhen\\b|\\bwhere\\b|\\bbecause\\b|\\bsince\\b|\\bwhich\\b|\\bas\\b|\\bamid\\b|\\bafter\\b|\\bbefore\\b|\\brespectively\\b|\\bmay\\b|\\bwill\\b|\\bis\\b|\\bhas\\b|\\bsignals?\\b|-|\\bPCT_|\\bMON_).*$");

    @Override
    void apply(Clause c, String text, List<Fact> out) {
        String s = c.masked();
        if (!s.contains("MON_")
                && !s.contains("invest")
                && !s.contains("resources")
                && !s.contains("particip")
                && !s.contains("backed")
                && !s.contains("funded")) {
            return;
        }
        Set<String> used = new HashSet<>();
        Target lastObject = null;
        Matcher m = RESPECTIVELY.matcher(s);
        while (m.find()) {
            Target object = object(c, s.substring(m.end()));
            for (String[] pair : new String[][] {{"s1", "m1"}, {"s2", "m2"}}) {
                used.add(m.group(pair[1]));
                add(c, text, out, c.slot(m.group(pair[0])), c.slot(m.group(pair[1])), null, object, m.end(), 0.85);
            }
        }
        for (Pattern p : List.of(VERB_AMOUNT, AMOUNT_NOUN, NOUN_OF_AMOUNT)) {
            m = p.matcher(s);
            while (m.find()) {
                if (!used.add(m.group("mon"))) {
                    continue;
                }
                Mention subject;
                Matcher by = INVESTED_BY.matcher(s.substring(m.end()));
                if (p != VERB_AMOUNT && by.lookingAt()) {
                    // "a $100bn investment by carmakers": the investor comes after "by", and only a named one counts
                    if (by.group("by") == null) {
                        continue;
                    }
                    subject = c.slot(by.group("by"));
                } else if (p == AMOUNT_NOUN) {
                    Matcher own = OWNER.matcher(s.substring(0, m.start()));
                    subject = own.find() ? c.slot(own.group("own")) : subjectBefore(c, m.start(), true);
                } else if (THING_THAT.matcher(s.substring(0, m.start())).find()) {
                    continue; // "the bill that funded $52bn": not a company's investment
                } else {
                    subject = subjectBefore(c, m.start(), true);
                }
                if (subject == null && p != VERB_AMOUNT) {
                    subject = focusOrg(c);
                }
                if (subject == null) {
                    continue;
                }
                String after = s.substring(m.end());
                if (NOT_AN_INVESTMENT.matcher(after).lookingAt()
                        || FUND_SIZE.matcher(s.substring(0, m.start("mon"))).find()
                        || NOT_MADE.matcher(s.substring(Math.max(0, m.start() - 40), m.start()))
                                .find()) {
                    continue; // "spend $3bn to buy Beta" is a purchase; "Beta, which invests $18bn" is a fund's size
                }
                Target object = object(c, after);
                if (object == null) {
                    object = lastObject;
                }
                lastObject = object;
                Mention alt = m.group("alt") != null ? c.slot(m.group("alt")) : null;
                add(
                        c,
                        text,
                        out,
                        subject,
                        c.slot(m.group("mon")),
                        alt,
                        object,
                        m.end(),
                        p == VERB_AMOUNT ? 0.85 : 0.75);
                Mention partner = p == VERB_AMOUNT ? jointSubject(c, s, subject, m.start()) : null;
                if (partner != null) {
                    add(
                            c,
                            text,
                            out,
                            partner,
                            c.slot(m.group("mon")),
                            alt,
                            object,
                            m.end(),
                            0.8); // "Alpha and Beta will jointly fund $12bn"
                }
            }
        }
        if (s.contains("valu") || s.contains("worth")) {
            valuedInvestment(c, text, out, s);
        }
        investors(c, text, out, s);
        if (used.isEmpty()) {
            m = INTO_ORGS.matcher(s);
            while (m.find()) {
                Mention subject = subjectBefore(c, m.start(), false);
                if (subject == null
                        || STOPPED.matcher(s.substring(Math.max(0, m.start() - 25), m.start()))
                                .find()) {
                    continue; // "Alpha stops investing in Beta"
                }
                for (Mention target : organisations(c, m.group("objs"))) {
                    if (!target.canonical().equals(subject.canonical())) {
                        out.add(fact(FactType.INVESTMENT, subject, c, text, 0.75)
                                .object(target.canonical(), EntityType.ORGANIZATION)
                                .build());
                    }
                }
            }
        }
    }

    /** "Alpha Corp ALP.O and Beta Ltd BET.TO agreed to jointly fund …": the first of two subjects joined by "and". */
    private static Mention jointSubject(Clause c, String s, Mention subject, int at) {
        Matcher j = JOINT.matcher(s.substring(0, at));
        if (!j.find()) {
            return null;
        }
        Mention first = c.slot(j.group("a"));
        Mention second = c.slot(j.group("b"));
        return second.canonical().equals(subject.canonical())
                        && !first.canonical().equals(subject.canonical())
                ? first
                : null;
    }

    /** Investments stated by who took part: shares bought, a placement joined, a company backed. */
    private static void investors(Clause c, String text, List<Fact> out, String s) {
        Matcher m = SHARES_BOUGHT.matcher(s.contains("shares") ? s : "");
        while (m.find()) {
            Mention tgt = c.slot(m.group("tgt"));
            add(
                    c,
                    text,
                    out,
                    c.slot(m.group("x")),
                    c.slot(m.group("mon")),
                    null,
                    new Target(tgt.canonical(), EntityType.ORGANIZATION),
                    m.end(),
                    0.8);
        }
        m = PARTICIPATED.matcher(s.contains("alongside") || s.contains("participated") ? s : "");
        while (m.find()) {
            Mention company = focusOrg(c);
            if (company == null
                    || company.canonical().equals(c.slot(m.group("x")).canonical())) {
                continue; // the raiser is the company the article is about, not the investor that took part
            }
            List<Mention> who = new java.util.ArrayList<>(List.of(c.slot(m.group("x"))));
            if (m.group("list") != null) {
                Matcher slot = SLOT.matcher(m.group("list"));
                while (slot.find()) {
                    who.add(c.slot(slot.group()));
                }
            }
            for (Mention investor : who) {
                if (!investor.canonical().equals(company.canonical())) {
                    out.add(fact(FactType.INVESTMENT, investor, c, text, 0.7)
                            .object(company.canonical(), EntityType.ORGANIZATION)
                            .build());
                }
            }
        }
        m = BACKED_BY.matcher(s.contains("backed by") || s.contains("funded by") ? s : "");
        while (m.find()) {
            Mention company = c.slot(m.group("tgt"));
            Matcher slot = SLOT.matcher(m.group("list"));
            while (slot.find()) {
                Mention investor = c.slot(slot.group());
                if (!investor.canonical().equals(company.canonical())
                        && slot.group(1).matches("ORG|PER")) {
                    out.add(fact(FactType.INVESTMENT, investor, c, text, 0.7)
                            .object(company.canonical(), EntityType.ORGANIZATION)
                            .build());
                }
            }
        }
    }

    /** "Alpha's first investment in Beta was worth $900m". */
    private static void valuedInvestment(Clause c, String text, List<Fact> out, String s) {
        Matcher v = VALUED.matcher(s);
        while (v.find()) {
            Mention investor = c.slot(v.group("own"));
            Mention target = c.slot(v.group("obj"));
            if (!investor.canonical().equals(target.canonical())) {
                add(
                        c,
                        text,
                        out,
                        investor,
                        c.slot(v.group("mon")),
                        null,
                        new Target(target.canonical(), EntityType.ORGANIZATION),
                        v.end(),
                        0.8);
            }
        }
    }

    /** What an investment goes into: a named organisation or a short topic phrase. */
    record Target(String name, EntityType type) {}

    /** The target after the amount: an organisation slot or a short topic phrase; null if none. */
    static Target object(Clause c, String after) {
        Matcher t = TARGET.matcher(after);
        if (!t.find()) {
            return null;
        }
        String obj = TARGET_END.matcher(t.group("obj")).replaceFirst("").strip();
        if (obj.isEmpty() || obj.split("\\s+").length > 8) {
            return null;
        }
        if (obj.matches("ORG_\\d+")) {
            return new Target(c.slot(obj).canonical(), EntityType.ORGANIZATION);
        }
        obj = words(c, obj);
        // "artificial intelligence (AI) infrastructure" → "AI infrastructure"
        Matcher abbr =
                Pattern.compile("((?:[\\w-]+\\s+){1,4})\\(([A-Z]{2,6})\\)").matcher(obj);
        if (abbr.find()) {
            String[] words = abbr.group(1).strip().split("\\s+");
            String expanded = String.join(
                    " ",
                    java.util.Arrays.copyOfRange(
                            words, Math.max(0, words.length - abbr.group(2).length()), words.length));
            obj = obj.replace(expanded + " (" + abbr.group(2) + ")", abbr.group(2));
        }
        return new Target(
                obj.replaceAll("[\"“”]", "").replaceFirst("^(?:the|its|their|a|an)\\s+", ""), EntityType.TOPIC);
    }

    private static void add(
            Clause c,
            String text,
            List<Fact> out,
            Mention subject,
            Mention amount,
            Mention alt,
            Target object,
            int from,
            double confidence) {
        FactBuilder b = fact(FactType.INVESTMENT, subject, c, text, confidence);
        money(b, amount);
        if (alt != null) {
            b.alt(List.of(new Alt(alt.value(), alt.unit())));
        }
        if (object != null) {
            b.object(object.name(), object.type());
        }
        period(b, period(c, from));
        out.add(b.build());
    }
}
