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
import org.newsfacts.model.FactType;

/**
 * ROLE facts: a title next to a person. "Citigroup analyst Alicia Yap", "Nvidia's CEO Jensen Huang",
 * "Alibaba's Chief Executive Officer, Eddie Wu", "Bloomberg Intelligence analysts Robert Lea and
 * Jasmine Lyu", "China's President Xi Jinping"; "Eddie Wu, chief executive of Alibaba"; "Ryan Cohen,
 * a well-known investor"; "co-founded by Jack Ma". A bare company title ("CEO Eddie Wu",
 * "co-founder Jack Ma") belongs to the article's focus organisation.
 */
public final class RoleRule extends ClauseRule {

    /** Titles held in a company: a bare one ("CEO Eddie Wu") is at the company the article is about. */
    private static final Set<String> COMPANY_ROLES =
            Set.of("CEO", "CFO", "CTO", "COO", "FOUNDER", "CO_FOUNDER", "CHAIRMAN", "MANAGING_DIRECTOR");

    private static final String TITLE = "(?<title>" + LEX.titleAlternation() + ")";
    private static final Pattern ORG_TITLE_PERSON = compile("(?<org>(?:ORG|LOC|MED)_\\d+)(?:'s)?\\s+" + TITLE
            + "\\s*,?\\s+(?<p1>" + PER + ")(?:\\s*,?\\s*(?:and\\s+)?(?<p2>" + PER + "))?");
    private static final Pattern TITLE_PERSON =
            compile("\\b" + TITLE + "\\s*,?\\s+(?<p1>" + PER + ")(?:\\s+and\\s+(?<p2>" + PER + "))?");
    private static final Pattern PERSON_TITLE_OF =
            compile("(?<p1>" + PER + "),\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+)?(?:(?:[\\w-]+\\s+){0,3}?)" + TITLE
                    + "(?!\\s*,?\\s*PER_)(?:\\s+and\\s+[\\w-]+)?(?:\\s+(?:of|at|with|for)\\s+(?:the\\s+)?(?:(?:LOC_\\d+(?:'s)?|(?!the\\b|and\\b)[a-z][\\w-]*),?\\s+){0,5}?(?<org>"
                    + ORG + "))?\\b");
    /** "Acme's chairman and chief executive Ann Lee": one fact per title. */
    private static final Pattern TWO_TITLES = compile("(?:(?<org>" + ORG + ")(?:'s)?\\s+)?(?<first>"
            + LEX.titleAlternation() + ")\\s+and\\s+" + TITLE + "\\s*,?\\s+(?<p1>" + PER + ")");
    /** "Ann Lee has replaced Bob Hart as chief executive of Acme": both held the title there. */
    private static final Pattern REPLACED_AS = compile("(?<p1>" + PER
            + ")\\s+(?:has\\s+|had\\s+|will\\s+|is\\s+to\\s+)?(?:replaced|replace|replaces|succeeded|succeeds|succeed)\\s+"
            + "(?<p2>" + PER + ")\\s+as\\s+(?:the\\s+)?" + TITLE + "\\s+(?:of|at)\\s+(?<org>" + ORG + ")");
    /** "Ann Lee was named chief executive of Acme", "Ann Lee has been appointed as Acme's finance director". */
    private static final Pattern NAMED_AS = compile("(?<p1>" + PER
            + ")\\s+(?:has\\s+been|had\\s+been|was|is|will\\s+be|is\\s+to\\s+be)\\s+(?:named|appointed|promoted\\s+to|made|elected)"
            + "\\s+(?:as\\s+)?(?:the\\s+)?(?:new\\s+)?(?:(?<org2>" + ORG + ")'s\\s+)?" + TITLE
            + "(?:\\s+(?:of|at)\\s+(?<org>" + ORG + "))?");
    /** "Ann Lee, who remains chief executive of Acme", "Ann Lee, who is chairman of Acme". */
    private static final Pattern WHO_IS = compile("(?<p1>" + PER
            + ")\\s*,\\s+who\\s+(?:will\\s+remain|remains|is|was|will\\s+be|becomes|became|has\\s+been)\\s+(?:as\\s+)?(?:the\\s+)?"
            + "(?:(?<org>" + ORG + ")(?:'s)?\\s+)?" + TITLE + "(?:\\s+(?:of|at)\\s+(?<org2>" + ORG + "))?");

    private static final Pattern UNREAD_OF = Pattern.compile("\\s+(?:of|at)\\s");
    private static final Pattern PERSON_ORG_TITLE =
            compile("(?<p1>" + PER + "),\\s+(?<org>" + ORG + ")'s\\s+(?:[\\w-]+\\s+)?" + TITLE + "\\b");
    private static final Pattern TITLE_OF_ORG_PERSON =
            compile(TITLE + "\\s+(?:of|at)\\s+(?<org>" + ORG + "),?\\s+(?<p1>" + PER + ")");
    /** A cheap test before the two-title pattern: a title word, then "and". */
    private static final Pattern TITLE_AND = compile(
            "\\b(?:chair\\w*|chief|president|founder|co-founder|director|executive|ceo|cfo|coo|cto|officer)\\s+and\\s");

    private static final Pattern FORMER =
            compile("\\b(?:former|ex-|erstwhile|late|one-time)\\s*(?:(?:ORG|LOC)_\\d+(?:'s)?\\s+)?$");
    private static final Pattern FORMER_INSIDE = compile("\\b(?:former|ex-|erstwhile|one-time)\\s");
    private static final Pattern APPOINTED = Pattern.compile("\\b(?:named|appointed|promoted|made|elected)\\b");
    private static final Pattern FOUNDED_BY = compile("(?:(?<org>" + ORG
            + ")\\s*,?\\s*(?:which was\\s+|was\\s+)?)?\\b(?<title>co-founded|founded)\\s+by\\s+(?<p1>" + PER
            + ")(?:\\s+and\\s+(?<p2>" + PER + "))?");

    @Override
    void apply(Clause c, String text, List<Fact> out) {
        String s = c.masked();
        if (!s.contains("PER_")) {
            return;
        }
        Set<String> done = new HashSet<>();
        Matcher m = ORG_TITLE_PERSON.matcher(s);
        while (m.find()) {
            add(c, text, out, m, c.slot(m.group("org")), 0.9, done);
        }
        m = TWO_TITLES.matcher(TITLE_AND.matcher(s).find() ? s : "");
        while (m.find()) {
            Mention org = m.group("org") != null ? c.slot(m.group("org")) : null;
            add(c, text, out, m, org, 0.85, done);
            addTitle(c, text, out, m.group("first"), c.slot(m.group("p1")), org, 0.85, done);
        }
        m = REPLACED_AS.matcher(s.contains("replace") || s.contains("succeed") ? s : "");
        while (m.find()) {
            add(c, text, out, m, c.slot(m.group("org")), 0.8, done);
        }
        m = NAMED_AS.matcher(APPOINTED.matcher(s).find() ? s : "");
        while (m.find()) {
            Mention org = m.group("org") != null
                    ? c.slot(m.group("org"))
                    : m.group("org2") != null ? c.slot(m.group("org2")) : null;
            add(c, text, out, m, org, 0.8, done);
        }
        m = WHO_IS.matcher(s.contains(" who ") ? s : "");
        while (m.find()) {
            Mention org = m.group("org") != null
                    ? c.slot(m.group("org"))
                    : m.group("org2") != null ? c.slot(m.group("org2")) : null;
            add(c, text, out, m, org, 0.8, done);
        }
        m = PERSON_ORG_TITLE.matcher(s);
        while (m.find()) {
            add(c, text, out, m, c.slot(m.group("org")), 0.85, done);
        }
        m = TITLE_OF_ORG_PERSON.matcher(s);
        while (m.find()) {
            add(c, text, out, m, c.slot(m.group("org")), 0.85, done);
        }
        m = PERSON_TITLE_OF.matcher(s);
        while (m.find()) {
            Mention org = m.group("org") != null ? c.slot(m.group("org")) : null;
            add(c, text, out, m, org, 0.8, done);
        }
        m = FOUNDED_BY.matcher(s);
        while (m.find()) {
            Mention org = m.group("org") != null ? c.slot(m.group("org")) : focusOrg(c);
            add(c, text, out, m, org, 0.85, done);
        }
        m = TITLE_PERSON.matcher(s);
        while (m.find()) {
            add(c, text, out, m, null, 0.75, done);
        }
    }

    private static String optional(Matcher m, String group) {
        return m.pattern().pattern().contains("(?<" + group + ">") ? m.group(group) : null;
    }

    private void add(
            Clause c, String text, List<Fact> out, Matcher m, Mention org, double confidence, Set<String> done) {
        String before = c.masked().substring(Math.max(0, m.start() - 30), m.start());
        if (FORMER.matcher(before).find() || FORMER_INSIDE.matcher(m.group()).find()) {
            return; // "former Acme boss Ann Lee": biography, not a role the article states
        }
        // "Ada Brill, president of Brill's Retail Advisers": a complement the patterns did not read is no reason to
        // guess the focus
        boolean unread =
                org == null && UNREAD_OF.matcher(c.masked().substring(m.end())).lookingAt();
        for (String p : new String[] {m.group("p1"), optional(m, "p2")}) {
            if (p != null) {
                addTitle(c, text, out, m.group("title"), c.slot(p), org, confidence, done, unread);
            }
        }
    }

    private void addTitle(
            Clause c,
            String text,
            List<Fact> out,
            String written,
            Mention person,
            Mention org,
            double confidence,
            Set<String> done) {
        addTitle(c, text, out, written, person, org, confidence, done, false);
    }

    private void addTitle(
            Clause c,
            String text,
            List<Fact> out,
            String written,
            Mention person,
            Mention org,
            double confidence,
            Set<String> done,
            boolean unread) {
        String title = written.toLowerCase(java.util.Locale.ROOT);
        String role = title.equals("founded") ? "FOUNDER" : title.equals("co-founded") ? "CO_FOUNDER" : LEX.role(title);
        if (role == null || !done.add(person.canonical() + "|" + role)) {
            return;
        }
        Mention at = org;
        if (at == null && !unread && COMPANY_ROLES.contains(role)) {
            at = focusOrg(c);
            if (at == null) {
                at = firstAfter(c, "ORG", 0, Integer.MAX_VALUE); // a lone sentence: its own company
            }
        }
        FactBuilder b = fact(
                        FactType.ROLE, person, c, text, at == null || at.reference() ? confidence - 0.1 : confidence)
                .role(role);
        if (at != null) {
            EntityType type = at.kind() == Mention.Kind.PLACE ? EntityType.PLACE : EntityType.ORGANIZATION;
            b.object(at.canonical(), type);
        }
        out.add(b.build());
    }
}
