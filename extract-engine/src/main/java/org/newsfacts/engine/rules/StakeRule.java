package org.newsfacts.engine.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.engine.Clause;
import org.newsfacts.engine.FactBuilder;
import org.newsfacts.engine.Mention;
import org.newsfacts.model.Approx;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.Fact.Alt;
import org.newsfacts.model.FactType;

/**
 * STAKE facts: "he has raised his personal stake in the company to about $1 billion, holding nearly
 * seven million shares", "Ryan Cohen increases Alibaba stake to $1 billion", "a 5% stake in X",
 * "Time Warner owns 8% of Google", "stakes in Apple, Netflix, and Wells Fargo" (one fact each).
 * A share count next to an amount is kept as its alternative.
 */
public final class StakeRule extends ClauseRule {

    private static final Pattern STAKE_IN = compile("(?:(?<v1>" + PCT + "|" + MON
            + ")\\s+|(?<part>one-fifth|one-third|one-quarter|one-tenth|a third|a quarter|a fifth|half)\\s+)?"
            + "(?:[\\w-]+\\s+)?\\b(?:stake|stakes|holding|holdings|shareholding)\\s+in\\s+(?:(?!the\\b|a\\b|its\\b)(?:LOC_\\d+'s|[a-z][\\w-]*)\\s+){0,3}?(?<list>"
            + ORG_LIST + ")(?<rest>[^;]*)");
    /** "as the Alpha unit gained": the sentence's subject is Alpha's unit. */
    private static final Pattern THE_PARENTS_UNIT =
            compile("\\bthe\\s+(?<par>" + ORG + ")" + TICKER + "?\\s+(?:unit|subsidiary|division|affiliate)\\b");

    private static final Pattern ORG_STAKE =
            compile("(?<co>" + ORG + ")(?<own>'s)?\\s+(?:[\\w-]+\\s+)?stake\\b(?<rest>[^;]*)");
    private static final Pattern OWNS = compile("(?:(?<h>" + AGENT
            + ")|\\bthat\\s+it)\\s+(?:(?:now|already|also|still)\\s+)?(?:owns|holds|owned|held|controls)\\s+(?:a\\s+|an\\s+)?(?<v>"
            + PCT + "|" + MON + "|" + SHR + ")(?:\\s+stake)?\\s+(?:of|in)\\s+(?<co>" + ORG + ")");
    // CUE and UNIT_WORD behind a look-ahead for their words' first letters: one character test rejects most places
    private static final Pattern CUE =
            compile("(?=[shoc])\\b(?:stakes?|holdings?|shareholding|owns|holds|owned|held|controls)\\b");
    private static final Pattern VALUE_AFTER =
            compile("^\\s*(?:[\\w-]+\\s+){0,3}?(?:to|of|worth|at)\\s+(?<v>" + PCT + "|" + MON + ")");
    private static final Pattern HOLDER_OWN = compile("(?<h>" + AGENT + ")'s\\s+(?:[\\w-]+\\s+){0,4}?$");

    private static final Pattern UNIT_WORD =
            Pattern.compile("(?=[usdao])\\b(?:unit|subsidiary|division|arm|affiliate|offshoot)\\b");
    private static final String UNIT = "(?:unit|subsidiary|division|arm|affiliate|offshoot)";
    /** "Beta, a unit of Alpha", "Beta, the investment arm of Alpha". */
    private static final Pattern UNIT_OF =
            compile("(?<sub>" + ORG + ")\\s*,\\s+(?:a|an|the|its)\\s+(?:[\\w-]+\\s+){0,2}?" + UNIT
                    + "\\s+of\\s+(?:(?:LOC_\\d+|[a-z][\\w-]*)\\s+){0,2}?(?<par>" + ORG + ")");
    /** "Alpha's subsidiary Beta", "Alpha's German unit, Beta". */
    private static final Pattern PARENTS_UNIT =
            compile("(?<par>" + ORG + ")'s\\s+(?:[\\w-]+\\s+){0,2}?" + UNIT + "\\s*,?\\s+(?<sub>" + ORG + ")");
    /** "Beta's parent Alpha", "Beta's owner, Alpha", "Airlines' parent Alpha". */
    private static final Pattern OWNER_OF = compile(
            "(?<sub>" + ORG + ")'s?\\s+(?:parent|owner|parent company|parent group)\\s*,?\\s+(?<par>" + ORG + ")");
    /** "Alpha, owner of Beta and Gamma", "Alpha - the parent of Beta -". */
    private static final Pattern OWNER_OF_LIST = compile("(?<par>" + ORG
            + ")\\s*(?:,|-)\\s+(?:the\\s+)?(?:owner|parent|parent company)\\s+of\\s+(?<list>" + ORG_LIST + ")");
    /** "Beta is majority owned by Alpha", "Beta - currently owned by Alpha -". */
    private static final Pattern IS_OWNED_BY = compile("(?<sub>" + ORG
            + ")(?:\\s+\\w+){0,3}?\\s*(?:,|\\s-|\\s+is|\\s+was|\\s+are)?\\s+(?:currently\\s+|now\\s+|still\\s+)?"
            + "(?<how>majority|wholly|fully|partly|jointly)?[- ]?owned\\s+by\\s+(?:[\\w'-]+\\s+){0,4}?(?<par>" + AGENT
            + ")");
    /** "Alpha's German Beta unit", "its Beta payment service", "its Beta stores". */
    private static final Pattern PARENTS_NAMED_UNIT =
            compile("(?<par>" + ORG + ")'s\\s+(?:(?:LOC_\\d+|[\\w-]+)\\s+)?(?<sub>" + ORG + ")\\s+(?:[a-z][\\w-]*\\s+)?"
                    + "(?:" + UNIT + "|banner|stores|chain|service)\\b");
    /** "Harwick Inc's HWK.O Kestrel": wire style for a company's own business. */
    private static final Pattern TICKERED_UNIT =
            compile("(?<par>" + ORG + ")'s" + TICKER + "\\s+(?<sub>" + ORG + ")(?!'s)");
    /** "Alpha's regional airline, Beta", "its investment bank, Beta": a company's own business named after a comma. */
    private static final Pattern PARENTS_BUSINESS = compile("(?<par>" + ORG
            + ")'s\\s+(?:(?:LOC_\\d+|[a-z][\\w-]*)\\s+){0,3}?(?:airline|carrier|bank|brand|chain|subsidiary|unit|division|arm"
            + "|label|insurer|lender|business|operator)\\s*,\\s+(?<sub>" + ORG + ")(?!'s)");
    /** "Alpha unit Beta", "toolmaker Alpha's robotics unit Beta" (a name right after the unit word). */
    private static final Pattern UNIT_NAMED =
            compile("(?<par>" + ORG + ")(?:'s)?\\s+(?:[a-z][\\w-]*\\s+){0,2}?" + UNIT + "\\s+(?<sub>" + ORG + ")");
    /** "Alpha's brands are Beta and Gamma", "its own struggling Asian marques Beta and Gamma". */
    private static final Pattern BRANDS = compile("(?<par>" + ORG
            + ")'s\\s+(?:(?:LOC_\\d+|[\\w-]+)\\s+){0,4}?(?:brands|marques|subsidiaries|units|chains|banners)"
            + "\\s+(?:(?:are|include|such as|including)\\s+)?(?<list>" + ORG_LIST + ")");
    /** "Beta, in which Alpha holds a controlling stake". */
    private static final Pattern IN_WHICH = compile("(?<sub>" + ORG + ")\\s*,\\s+in\\s+which\\s+(?<par>" + AGENT
            + ")\\s+(?:(?:now|already|still|also)\\s+)?(?:owns|holds|has|controls|took|acquired|bought)"
            + "\\s+(?:a|an)\\s+(?:(?<v>" + PCT
            + ")\\s+)?(?<how>majority|minority|controlling)?\\s*(?:stake|holding|interest|shareholding)");
    /** "the Alpha wholly-owned Beta", "Alpha-owned Beta". */
    private static final Pattern OWNED_ADJ = compile(
            "(?<par>" + ORG + ")\\s*[- ](?<how>majority|wholly|partly|jointly)?[- ]?owned\\s+(?<sub>" + ORG + ")");
    /** "earnings at owner Alpha" of a sentence about Beta: "Beta … at (its) owner Alpha". */
    private static final Pattern AT_OWNER = compile("(?<sub>" + ORG
            + ")(?!'s)\\b[^;,]{0,80}?\\bat\\s+(?:its\\s+)?(?:owner|parent|parent company)\\s+(?<par>" + ORG + ")");
    /** "Alpha is to buy 37.5% of Beta", "Alpha will buy a 17.5% stake in Beta", "Alpha agreed to sell its 8% stake in Beta". */
    private static final Pattern BUYS_PART = compile("(?<h>" + AGENT
            + ")(?:\\s+\\([^)]*\\))?\\s*,?\\s+(?:(?:is|was|will|would|has|have|had|agreed|plans|to|also|said|it)\\s+){0,4}"
            + "(?<verb>buy|buys|bought|acquire|acquires|acquired|take|takes|took|sell|sells|sold|selling|buying)\\s+(?:a|an|another|its|their|the)?\\s*(?<v>"
            + PCT + ")"
            + "(?:\\s+(?:[\\w-]+\\s+)?(?:stake|holding|interest))?\\s+(?:of|in)\\s+(?:(?:LOC_\\d+'s|ORG_\\d+'s|LOC_\\d+|[a-z][\\w-]*)\\s+){0,3}?(?<co>"
            + ORG + ")(?!'s)");

    @Override
    void apply(Clause c, String text, List<Fact> out) {
        String s = c.masked();
        if (!s.contains("ORG_")) {
            return;
        }
        holdings(c, text, out, s);
        if (!CUE.matcher(s).find()) {
            return;
        }
        Matcher m = OWNS.matcher(s);
        while (m.find()) {
            // "X said in a filing that it now holds 7.2% of Y": the sentence's subject
            Mention holder = m.group("h") != null ? c.slot(m.group("h")) : firstAfter(c, "ORG", 0, m.start());
            if (holder != null) {
                add(
                        c,
                        text,
                        out,
                        holder,
                        c.slot(m.group("co")),
                        m.group("v"),
                        firstAfter(c, "SHR", m.end(), Integer.MAX_VALUE),
                        0.85);
            }
        }
        m = STAKE_IN.matcher(s);
        while (m.find()) {
            Mention holder = holder(c, s, m.start());
            if (holder == null) {
                continue;
            }
            String value = m.group("v1");
            if (value == null && m.group("part") != null) {
                List<Mention> companies = organisations(c, m.group("list"));
                if (companies.size() == 1) {
                    addPercent(
                            c,
                            text,
                            out,
                            holder,
                            companies.get(0),
                            percentOf(m.group("part")),
                            Approx.EXACT,
                            0.8); // "a one-third stake in Beta"
                    continue;
                }
            }
            Matcher after = VALUE_AFTER.matcher(m.group("rest"));
            if (value == null && after.find()) {
                value = after.group("v");
            }
            List<Mention> companies = organisations(c, m.group("list"));
            for (Mention company : companies) {
                add(
                        c,
                        text,
                        out,
                        holder,
                        company,
                        companies.size() == 1 ? value : null,
                        companies.size() == 1 ? firstAfter(c, "SHR", m.start(), Integer.MAX_VALUE) : null,
                        0.8);
            }
        }
        m = ORG_STAKE.matcher(s);
        while (m.find()) {
            Matcher after = VALUE_AFTER.matcher(m.group("rest"));
            if (!after.find()) {
                continue;
            }
            Mention holder;
            Mention company;
            if (m.group("own") != null) {
                // "halving Beta's stake to 10%": Beta holds it, in the company the sentence is about
                holder = c.slot(m.group("co"));
                company = subjectBefore(c, m.start(), false);
                if (company == null) {
                    company = focusOrg(c);
                }
            } else {
                holder = subjectBefore(c, m.start(), true);
                company = c.slot(m.group("co"));
            }
            if (holder == null || company == null) {
                continue;
            }
            add(
                    c,
                    text,
                    out,
                    holder,
                    company,
                    after.group("v"),
                    firstAfter(c, "SHR", m.start(), Integer.MAX_VALUE),
                    0.75);
        }
    }

    private static Mention holder(Clause c, String s, int at) {
        Matcher own = HOLDER_OWN.matcher(s.substring(0, at));
        if (own.find()) {
            return c.slot(own.group("h"));
        }
        return subjectBefore(c, at, true);
    }

    private static void add(
            Clause c,
            String text,
            List<Fact> out,
            Mention holder,
            Mention company,
            String value,
            Mention shares,
            double confidence) {
        if (holder.canonical().equals(company.canonical()) || company.kind() != Mention.Kind.ORG) {
            return;
        }
        FactBuilder b =
                fact(FactType.STAKE, holder, c, text, confidence).object(company.canonical(), EntityType.ORGANIZATION);
        if (value != null) {
            money(b, c.slot(value));
            if (shares != null) {
                b.alt(List.of(new Alt(shares.value(), "SHARES")));
            }
        } else if (shares != null) {
            money(b, shares);
        }
        out.add(b.build());
    }

    /** A holding whose size is given in words: "a one-third stake" (33, EXACT), "majority-owned" (50, MORE_THAN). */
    private static void addPercent(
            Clause c,
            String text,
            List<Fact> out,
            Mention holder,
            Mention company,
            int percent,
            Approx approx,
            double confidence) {
        if (holder.canonical().equals(company.canonical()) || company.kind() != Mention.Kind.ORG) {
            return;
        }
        out.add(fact(FactType.STAKE, holder, c, text, confidence)
                .object(company.canonical(), EntityType.ORGANIZATION)
                .money(BigDecimal.valueOf(percent), "PERCENT", approx)
                .build());
    }

    /** "majority" → more than 50%, "wholly"/"fully" → 100%; other words (or none) give no size. */
    private static void addSizedInWords(
            Clause c, String text, List<Fact> out, Mention holder, Mention company, String how, double confidence) {
        String words = how == null ? "" : how.toLowerCase(java.util.Locale.ROOT);
        switch (words) {
            case "majority" -> addPercent(c, text, out, holder, company, 50, Approx.MORE_THAN, confidence);
            case "wholly", "fully" -> addPercent(c, text, out, holder, company, 100, Approx.EXACT, confidence);
            default -> add(c, text, out, holder, company, null, null, confidence);
        }
    }

    /** Holdings stated without a size: units, subsidiaries, parents and owners. */
    private static void holdings(Clause c, String text, List<Fact> out, String s) {
        boolean units = UNIT_WORD.matcher(s).find();
        boolean owners = s.contains("owner") || s.contains("parent");
        boolean owned = s.contains("owned");
        boolean parts = s.contains("PCT_");
        if (!units
                && !owners
                && !owned
                && !parts
                && !s.contains("'s ")
                && !s.contains("in which")
                && !s.contains("called")) {
            return;
        }
        for (Pattern p : units ? List.of(UNIT_OF, PARENTS_UNIT, UNIT_NAMED) : List.<Pattern>of()) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                add(c, text, out, c.slot(m.group("par")), c.slot(m.group("sub")), null, null, 0.75);
            }
        }
        Matcher theUnit = THE_PARENTS_UNIT.matcher(units ? s : "");
        while (theUnit.find()) {
            Mention unit = subjectBefore(c, theUnit.start(), false);
            if (unit == null) {
                unit = focusOrg(c);
            }
            if (unit != null) {
                add(c, text, out, c.slot(theUnit.group("par")), unit, null, null, 0.7);
            }
        }
        if (s.contains("'s ")) {
            for (Pattern p : List.of(PARENTS_NAMED_UNIT, PARENTS_BUSINESS, TICKERED_UNIT)) {
                Matcher m = p.matcher(s);
                while (m.find()) {
                    add(c, text, out, c.slot(m.group("par")), c.slot(m.group("sub")), null, null, 0.75);
                }
            }
        }
        Matcher brands = BRANDS.matcher(s.contains("'s ") ? s : "");
        while (brands.find()) {
            for (Mention unit : organisations(c, brands.group("list"))) {
                add(c, text, out, c.slot(brands.group("par")), unit, null, null, 0.7);
            }
        }
        Matcher jv =
                JOINT_VENTURE.matcher((s.contains("called") || s.contains("named")) && s.contains("venture") ? s : "");
        while (jv.find()) {
            if (jv.group("jv") != null) { // both partners hold the venture they formed
                add(c, text, out, c.slot(jv.group("x")), c.slot(jv.group("jv")), null, null, 0.7);
                add(c, text, out, c.slot(jv.group("y")), c.slot(jv.group("jv")), null, null, 0.7);
            }
        }
        Matcher at = AT_OWNER.matcher(owners ? s : "");
        while (at.find()) {
            add(c, text, out, c.slot(at.group("par")), c.slot(at.group("sub")), null, null, 0.7);
        }
        Matcher which = IN_WHICH.matcher(s.contains("in which") ? s : "");
        while (which.find()) {
            Mention parent = c.slot(which.group("par"));
            Mention unit = c.slot(which.group("sub"));
            if (which.group("v") != null) {
                add(c, text, out, parent, unit, which.group("v"), null, 0.8);
            } else {
                addSizedInWords(c, text, out, parent, unit, which.group("how"), 0.8);
            }
        }
        Matcher m = OWNER_OF.matcher(owners ? s : "");
        while (m.find()) {
            add(c, text, out, c.slot(m.group("par")), c.slot(m.group("sub")), null, null, 0.75);
        }
        m = OWNER_OF_LIST.matcher(owners ? s : "");
        while (m.find()) {
            for (Mention unit : organisations(c, m.group("list"))) {
                add(c, text, out, c.slot(m.group("par")), unit, null, null, 0.75);
            }
        }
        m = BUYS_PART.matcher(parts ? s : "");
        while (m.find()) {
            // a buyer will hold the part, a seller held it: either way the article states the holding
            add(c, text, out, c.slot(m.group("h")), c.slot(m.group("co")), m.group("v"), null, 0.75);
        }
        for (Pattern p : owned ? List.of(IS_OWNED_BY, OWNED_ADJ) : List.<Pattern>of()) {
            m = p.matcher(s);
            while (m.find()) {
                addSizedInWords(c, text, out, c.slot(m.group("par")), c.slot(m.group("sub")), m.group("how"), 0.8);
            }
        }
    }

    private static final String B_UNIT =
            "(?:unit|subsidiary|subsidiaries|division|arm|affiliate|offshoot|brand|business|operation)";
    /** B_UNIT's words: a clause (lower-cased) holding none cannot match a pattern that needs one. */
    private static final String[] B_UNIT_WORDS =
            B_UNIT.substring("(?:".length(), B_UNIT.length() - 1).split("\\|");
    /** "when Alpha still owned Beta", "Alpha controls Beta": a holding without its size. */
    private static final Pattern B_OWNS = compile("(?<h>" + AGENT
            + ")\\s+(?:(?:still|now|already|also|has|had|once|previously|formerly|then)\\s+){0,2}(?:owns|owned|controls|controlled)\\s+"
            + "(?:(?:the|a|an)\\s+)?(?:[a-z][\\w-]*\\s+){0,2}?(?<co>" + ORG + ")(?!'s)");
    /** "Beta, the mineral water brand owned by Alpha", "Beta … majority-owned by Alpha". */
    private static final Pattern B_OWNED_BY =
            compile("(?<how>majority|wholly|fully|partly|jointly)?[- ]?owned\\s+by\\s+(?:[\\w'-]+\\s+){0,3}?(?<par>"
                    + AGENT + ")");
    /** "the US unit of Germany's Alpha", "was part of Alpha". */
    // behind a look-ahead for the first letters of B_UNIT's words and "part": one character test rejects most places
    private static final Pattern B_UNIT_OF = compile("(?=[usdaobp])\\b(?:" + B_UNIT
            + "|part)\\s+of\\s+(?:(?:LOC_\\d+'s|LOC_\\d+|the|its|[a-z][\\w-]*)\\s+){0,3}?(?<par>" + ORG + ")(?!'s)");
    /** "Alpha's Beta market research unit", "Alpha's German Beta arm". */
    private static final Pattern B_POSS_UNIT =
            compile("(?<par>" + ORG + ")'s\\s+(?:(?:LOC_\\d+|[\\w-]+)\\s+){0,3}?(?<sub>" + ORG + ")(?!'s)" + TICKER
                    + "?\\s+(?:[\\w-]+\\s+){0,3}?" + B_UNIT + "\\b");
    /** "Beta, Alpha's broadcasting subsidiary". */
    private static final Pattern B_SUB_COMMA = compile("(?<sub>" + ORG + ")(?!'s)" + TICKER + "?\\s*,\\s+(?<par>" + ORG
            + ")'s\\s+(?:[\\w-]+\\s+){0,3}?" + B_UNIT + "\\b");
    /** "Alpha - owner of Beta and Gamma's -", "the parent of Beta". */
    private static final Pattern B_OWNER_OF =
            compile("\\b(?:owner|owners|parent|parent company)\\s+of\\s+(?<list>(?:ORG_\\d+(?:'s)?" + TICKER
                    + "?(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)?)+)");
    /** "Beta and its majority owner Alpha", "Beta's parent, Alpha". */
    private static final Pattern B_OWNER_NAMED = compile("(?:(?<poss>" + ORG
            + ")'s\\s+)?(?:(?<how>majority|controlling|main|largest|biggest)\\s+)?(?:owner|parent|parent company)\\s*,?\\s+(?<par>"
            + ORG + ")");
    /** "Gamma, a Beta shareholder", "the largest shareholder in Beta", "Beta's biggest investor" (with the size after: "… with a 12% stake"). */
    private static final Pattern B_SHAREHOLDER_OF = compile(
            "(?:(?:largest|biggest|leading|top|major|main|second-largest|controlling|majority)\\s+)?(?:shareholder|stakeholder|investor|owner)s?\\s+(?:in|of)\\s+(?:(?:the|LOC_\\d+'s|[a-z][\\w-]*)\\s+){0,2}?(?<co>"
                    + ORG + ")");

    private static final Pattern B_A_SHAREHOLDER = compile(
            "(?<h>" + AGENT + ")" + TICKER
                    + "?\\s*(?:,|\\bis|\\bwas|\\bbecame|\\bremains)\\s+(?:(?:a|an|the|already|now)\\s+)+(?:(?:[\\w-]+)\\s+){0,2}?(?<co>"
                    + ORG
                    + ")(?:'s)?\\s+(?:(?:largest|biggest|leading|top|major|main)\\s+)?(?:shareholder|stakeholder|investor|owner)");
    private static final Pattern B_POSS_SHAREHOLDER = compile(
            "(?<co>" + ORG
                    + ")'s\\s+(?:(?:largest|biggest|leading|top|major|main|second-largest|controlling|majority)\\s+)(?:shareholder|stakeholder|investor|owner)");
    /** A stake, with or without a size: "a 20% stake in Beta", "Gamma's stake in Beta", "stakes in companies including Beta and Gamma". */
    private static final Pattern B_STAKE = compile(
            "(?:(?<v>" + PCT
                    + ")\\s+)?(?:(?:equity|minority|majority|controlling|remaining|direct)\\s+)?(?:stake|stakes|holding|holdings|shareholding|interest)\\b");
    /** "owns 82% of the shares", "would own 90% of Beta", "built a 3.4% stake", "took about 5%". */
    private static final Pattern B_PART = compile(
            "\\b(?:own|owns|owning|holds|owned|held|controls|controlled|has|had|built|amassed|took|taken|acquired|bought|buying|buy|taking|raising|lifting|boosting|raised|lifted|increased|cut|reduced)"
                    + "\\s+(?:(?:a|an|about|around|nearly|almost|some|roughly|just|over|more|than|its|it|to)\\s+)*(?<v>"
                    + PCT + ")");
    /**
     * The companies a stake is in: "in Beta", "in the Northfield club Beta", "in companies including Beta and Gamma", "of Beta";
     * of a company's named unit, the unit: "60% of Gamma's dairy business Beta".
     */
    private static final Pattern STAKE_COMPANIES = compile(
            "^\\s+(?:in|of)\\s+(?:(?:LOC_\\d+'s|LOC_\\d+|(?!(?:by|from|to|for|than|on|at|after|said|says)\\b)[a-z][\\w-]*)\\s+){0,4}?"
                    + "(?:ORG_\\d+'s\\s+(?:(?:LOC_\\d+|[a-z][\\w-]*)\\s+){0,3}?)?(?<list>" + ORG_LIST + ")");

    private static final Pattern TO_PCT = compile(
            "\\bto\\s+(?:(?:about|around|nearly|almost|some|roughly|just|over|more\\s+than)\\s+)?(?<v>" + PCT + ")");

    /**
     * Broad readings: holdings a careful reader states that the precise patterns leave out: "Alpha (still) owned
     * Beta", "owned by Alpha", "unit of Alpha", "part of Alpha", "Alpha's Beta unit", "owner of Beta and Gamma",
     * "its majority owner Alpha", "a Beta shareholder", "largest shareholder in Beta", and every stake or part
     * (with its size) held by the subject or the possessive before it, in the company
     * after it or the one the article is about.
     */
    static void broadReadings(Clause c, String text, List<Fact> out) {
        String s = c.masked();
        if (!s.contains("ORG_")) {
            return;
        }
        String lower =
                s.toLowerCase(java.util.Locale.ROOT); // for the cheap tests before the patterns: the words each needs
        Matcher m = B_OWNS.matcher(holdsAny(lower, "owns", "owned", "control") ? s : "");
        while (m.find()) {
            if (ASSET.matcher(s.substring(m.end())).lookingAt()) {
                continue; // "it owns the Kestrel Ridge mine": a site, no company
            }
            add(c, text, out, c.slot(m.group("h")), c.slot(m.group("co")), null, null, 0.65);
        }
        m = B_OWNED_BY.matcher(s.contains("owned") ? s : "");
        while (m.find()) {
            Mention parent = c.slot(m.group("par"));
            for (Mention unit : unitsBefore(c, m.start())) {
                addSizedInWords(c, text, out, parent, unit, m.group("how"), 0.6);
            }
        }
        m = B_UNIT_OF.matcher(s);
        while (m.find()) {
            if (NOUN_RELATIVE.matcher(s.substring(0, m.start())).find()) {
                continue; // "businesses that were part of Alpha": the unit is no named company
            }
            Mention parent = c.slot(m.group("par"));
            for (Mention unit : unitsBefore(c, m.start())) {
                add(c, text, out, parent, unit, null, null, 0.55);
            }
        }
        // both need "'s" and a B_UNIT word: without them they are not tried at every character
        boolean possessedUnit = lower.contains("'s") && holdsAny(lower, B_UNIT_WORDS);
        for (Pattern p : List.of(B_POSS_UNIT, B_SUB_COMMA)) {
            m = p.matcher(possessedUnit ? s : "");
            while (m.find()) {
                add(c, text, out, c.slot(m.group("par")), c.slot(m.group("sub")), null, null, 0.5);
            }
        }
        m = B_OWNER_OF.matcher(holdsAny(lower, "owner", "parent") ? s : "");
        while (m.find()) {
            Mention parent = subjectBefore(c, m.start(), true);
            if (parent == null) {
                parent = DealCues.last(c, "ORG", 0, m.start());
            }
            Matcher units = SLOT.matcher(m.group("list"));
            while (parent != null && units.find()) {
                add(c, text, out, parent, c.slot(units.group(1) + "_" + units.group(2)), null, null, 0.45);
            }
        }
        m = B_OWNER_NAMED.matcher(holdsAny(lower, "owner", "parent") ? s : "");
        while (m.find()) {
            Mention parent = c.slot(m.group("par"));
            Mention unit = m.group("poss") != null ? c.slot(m.group("poss")) : null;
            List<Mention> units =
                    unit != null && !DealCues.same(unit, parent) ? List.of(unit) : unitsBefore(c, m.start());
            for (Mention u : units) {
                addSizedInWords(
                        c, text, out, parent, u, "majority".equalsIgnoreCase(m.group("how")) ? "majority" : null, 0.4);
            }
        }
        boolean holders = holdsAny(lower, "shareholder", "stakeholder", "investor", "owner");
        m = B_SHAREHOLDER_OF.matcher(holders ? s : "");
        while (m.find()) {
            Mention holder = subjectBefore(c, m.start(), true);
            if (holder != null) {
                add(c, text, out, holder, c.slot(m.group("co")), sizeAfter(s, m.end()), null, 0.35);
            }
        }
        m = B_A_SHAREHOLDER.matcher(holders ? s : "");
        while (m.find()) {
            add(c, text, out, c.slot(m.group("h")), c.slot(m.group("co")), sizeAfter(s, m.end()), null, 0.35);
        }
        m = B_POSS_SHAREHOLDER.matcher(holders ? s : "");
        while (m.find()) {
            Mention holder = subjectBefore(c, m.start(), true);
            if (holder != null) {
                add(c, text, out, holder, c.slot(m.group("co")), sizeAfter(s, m.end()), null, 0.35);
            }
        }
        if (holdsAny(lower, "stake", "holding", "interest")) {
            stakes(c, text, out, s, B_STAKE, 0.3);
        }
        if (lower.contains("pct_")) {
            stakes(c, text, out, s, B_PART, 0.2);
        }
    }

    /** A stake or part at each match: holders (the possessive before it, the subject), companies (after it, else the article's), sizes. */
    private static void stakes(Clause c, String text, List<Fact> out, String s, Pattern p, double confidence) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            java.util.LinkedHashSet<Mention> holders = new java.util.LinkedHashSet<>();
            Mention poss = DealCues.possessiveBefore(c, m.start(), 2);
            if (poss != null) {
                holders.add(poss);
            }
            Mention subject = notTheReporter(c, s, subjectBefore(c, m.start(), true), m.start());
            if (subject != null && poss != null && !DealCues.same(subject, poss)) {
                holders.add(subject);
            }
            List<Mention> named = organisations(c, s.substring(0, m.start()));
            if (poss != null && !named.isEmpty() && !DealCues.same(named.get(0), poss)) {
                holders.add(named.get(0)); // "Alpha agreed to buy Beta's 5% holding": the buyer will hold it
            }
            if (holders.isEmpty() && focusOrg(c) != null && m.group("v") != null) {
                holders.add(focusOrg(c)); // "the media giant owns 82% of …": the article's company
            }
            // "Alpha would own 85% of Beta" with no possessive: the subject, weighed apart (a lower confidence) by the
            // model
            Mention bare = poss == null && subject != null && holders.stream().noneMatch(h -> DealCues.same(h, subject))
                    ? subject
                    : null;
            if (REFLEXIVE.matcher(s.substring(m.end())).lookingAt()) {
                continue; // "selling a 5% stake in itself": a listing, no holding of another company
            }
            Matcher in = STAKE_COMPANIES.matcher(s.substring(m.end()));
            List<Mention> companies = in.lookingAt() ? organisations(c, in.group("list")) : List.of();
            if (companies.isEmpty() && focusOrg(c) != null && m.group("v") != null) {
                companies = List.of(focusOrg(c));
            }
            String value = m.group("v");
            if (value == null) {
                Matcher to = TO_PCT.matcher(s);
                if (to.find(m.end()) && to.start() - m.end() < 80) {
                    value = to.group("v");
                }
            }
            Mention shares = DealCues.first(c, "SHR", m.start(), m.start() + 80);
            for (Mention holder : holders) {
                for (Mention company : companies) {
                    add(c, text, out, holder, company, value, value == null ? shares : null, confidence);
                }
            }
            for (Mention company : bare == null ? List.<Mention>of() : companies) {
                add(c, text, out, bare, company, value, value == null ? shares : null, confidence - 0.05);
            }
        }
    }

    /** A site or asset named like a company: "the Kestrel Ridge mine", "the Harbour Point plant". */
    private static final Pattern ASSET = compile(
            "^\\s+(?:mine|mines|plant|plants|factory|factories|refinery|oilfield|field|site|stadium|hotel|port|airport|building|tower|project|mall)\\b");

    /** A source's aside after a name: "…, Gazette News has reported (…), and has bought …". */
    private static final Pattern REPORTED = compile("^\\s+(?:has\\s+|had\\s+)?(?:reported|reports|said|says)\\b");

    /**
     * The holder when the subject found is only the source of an aside ("Alpha has built a stake in Beta, Gazette News
     * has reported, and has bought stakes in Gamma"): the clause's first organisation; else the subject found.
     */
    private static Mention notTheReporter(Clause c, String s, Mention subject, int pos) {
        if (subject == null) {
            return null;
        }
        Matcher slot = SLOT.matcher(s);
        int start = -1;
        int end = -1;
        while (slot.find() && slot.start() < pos) {
            if (c.slot(slot.group(1) + "_" + slot.group(2)) == subject) {
                start = slot.start();
                end = slot.end();
            }
        }
        if (start < 0 || !REPORTED.matcher(s.substring(end)).lookingAt()) {
            return subject;
        }
        Mention first = DealCues.first(c, "ORG", 0, start); // the clause's own subject, before the aside
        return first != null ? first : subject;
    }

    /** A relative clause on a common noun right before "part of"/"unit of": "businesses that were part of". */
    private static final Pattern NOUN_RELATIVE = Pattern.compile(
            "\\b[a-z]+\\s+(?:that|which)\\s+(?:(?:were|was|is|are|had|have|has|been|once|still|now|formerly)\\s+){1,3}$");
    /** A stake a company holds or sells in itself. */
    private static final Pattern REFLEXIVE = compile("^\\s+(?:in|of)\\s+(?:itself|themselves)\\b");

    /** The size a shareholder's holding is given right after it: "…'s biggest shareholder with a 12% stake", "owning about 8%". */
    private static final Pattern SIZE_AFTER = compile(
            "^\\s*,?\\s*(?:with|holding|owning|having)\\s+(?:(?:a|an|about|around|nearly|almost|some|roughly|just|over|more|than)\\s+)*(?<v>"
                    + PCT + ")");

    private static String sizeAfter(String s, int from) {
        Matcher m = SIZE_AFTER.matcher(s.substring(from));
        return m.lookingAt() ? m.group("v") : null;
    }

    /** "Beta, a cider label " before "owned by Alpha": the name the apposition describes. */
    private static final Pattern APPOSED = compile(
            "(?<sub>" + ORG + ")(?!'s)" + TICKER + "?\\s*,\\s+(?:the|a|an)(?:\\s+(?:LOC_\\d+|[a-z][\\w-]*)){0,5}\\s*$");

    /**
     * The company a "unit of"/"owned by" phrase is about: the subject before it, the name an apposition ending right
     * before it describes ("Beta, a cider label owned by Alpha"), else the article's company.
     */
    private static List<Mention> unitsBefore(Clause c, int pos) {
        List<Mention> units = new java.util.ArrayList<>();
        Mention subject = subjectBefore(c, pos, false);
        if (subject != null) {
            units.add(subject);
        }
        Matcher apposed = APPOSED.matcher(c.masked().substring(0, pos));
        if (apposed.find() && (subject == null || !DealCues.same(c.slot(apposed.group("sub")), subject))) {
            units.add(c.slot(apposed.group("sub")));
        }
        if (units.isEmpty() && focusOrg(c) != null) {
            units.add(focusOrg(c));
        }
        return units;
    }
}
