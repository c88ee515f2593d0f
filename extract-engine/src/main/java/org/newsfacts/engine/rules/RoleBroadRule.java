package org.newsfacts.engine.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.engine.Candidate;
import org.newsfacts.engine.Clause;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.FactBuilder;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.lexicon.Alternation;
import org.newsfacts.engine.lexicon.Lexicon;
import org.newsfacts.engine.lexicon.Resources;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * Broad ROLE candidates: every person next to a job title, with the organisation the words around
 * it name (the learned decision weighs them, and {@code SubjectAlternatives} adds the sentence's other
 * organisations, the focus and the topic). Titles are those of titles.txt and job-words.txt. Readings:
 * <ul>
 *   <li>a title in apposition: "Ada Brill, an executive at Acme", "Ada Brill, head of sales at Acme",
 *   "Ada Brill, Acme's chairman and chief executive", "Ada Brill, a member of the Acme board";</li>
 *   <li>a title before the name: "Acme managing partner Ada Brill", "finance chief Ada Brill",
 *   "Acme's founder, billionaire investor Ada Brill";</li>
 *   <li>a verb of leading: "Ada Brill, who heads Acme", "Acme, run by Ada Brill";</li>
 *   <li>a title taken or left: "Ada Brill will step down as chief financial officer", "Ada Brill
 *   will lead Acme as chief executive".</li>
 * </ul>
 * People the entity tagger missed are read again first ({@link PersonNames}). The precise readings
 * of {@link RoleRule} are not proposed again. A former title ("former Acme boss") is biography.
 */
public final class RoleBroadRule extends ClauseRule {

    private static final Map<String, String> JOB_WORDS = new LinkedHashMap<>();

    static {
        for (String line : Resources.lines("job-words.txt")) {
            String[] kv = line.split("=", 2);
            JOB_WORDS.put(Lexicon.key(kv[0]), kv.length == 2 ? kv[1].strip() : null);
        }
    }

    private static final String TITLES = alternation(true);
    private static final String SINGULAR = alternation(false);
    private static final Pattern TITLE = Pattern.compile("\\b(?:" + TITLES + ")\\b", Pattern.CASE_INSENSITIVE);
    /** The words after a person up to the next comma (or the speech verb): an apposition. */
    private static final Pattern APPOSITIVE = Pattern.compile(
            "(?<p>PER_\\d+)\\s*,\\s+(?<phrase>[^,;:\"()]{1,120}?)(?=\\s*(?:[,;:\"()]|$|\\s+(?:said|says|told|added|who|which|and\\s+PER_)\\b))");
    /** What may open an apposition before its title: an article, a possessive, a few modifiers. */
    private static final Pattern APPOSITION_HEAD = Pattern.compile(
            "^(?:(?:the|a|an|its|his|her|their|now|currently|also|then|new|former)\\s+|(?:ORG|LOC|MED)_\\d+(?:'s)?\\s+|[a-z][\\w-]*\\s+){0,5}$");

    private static final Pattern PERSON = Pattern.compile("PER_\\d+");
    private static final Pattern FORMER = Pattern.compile(
            "\\b(?:former|ex-|erstwhile|late|one-time|previously|then)\\s*(?:(?:ORG|LOC)_\\d+(?:'s)?\\s+)?(?:[\\w-]+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);
    /** "Ada Brill, who heads Acme", "who it says headed Acme's sales operations". */
    private static final Pattern WHO_LEADS = Pattern.compile(
            "(?<p>PER_\\d+)\\s*,\\s+who\\s+(?:[a-z]+\\s+){0,3}?(?<verb>heads|headed|runs|ran|leads|led|chairs|chaired|founded|co-founded|manages|managed|oversees|oversaw)\\s+"
                    + "(?:the\\s+)?(?:[a-z][\\w-]*\\s+){0,3}?(?<org>(?:ORG|LOC)_\\d+)(?<poss>'s\\s+[a-z])?");
    /** "Acme, run by billionaire investor Ada Brill". */
    private static final Pattern LED_BY = Pattern.compile(
            "(?<org>ORG_\\d+)(?:\\s*,)?\\s+(?:which\\s+is\\s+|which\\s+was\\s+|is\\s+|was\\s+|now\\s+)?(?<verb>run|led|headed|chaired|managed)\\s+by\\s+"
                    + "(?:[a-z][\\w-]*\\s+){0,3}?(?<p>PER_\\d+)");
    /** "Ada Brill will step down as chief financial officer", "Ada Brill will lead Acme as chief executive". */
    private static final Pattern AS_TITLE = Pattern.compile(
            "(?<p>PER_\\d+)(?<between>(?:'s)?\\s+(?:[\\w'-]+\\s+){0,8}?)as\\s+(?:the\\s+|its\\s+|their\\s+)?(?:new\\s+|interim\\s+|acting\\s+|permanent\\s+)?"
                    + "(?<title>" + TITLES
                    + ")\\b(?:\\s+(?:of|at)\\s+(?:the\\s+)?(?:[a-z][\\w-]*\\s+){0,3}?(?<org>ORG_\\d+))?",
            Pattern.CASE_INSENSITIVE);
    /** "founder of the Acme consultancy Ada Brill", "chief executive of Acme, Ada Brill": the organisation between title and name. */
    private static final Pattern TAIL_OF = Pattern.compile(
            "^\\s+(?:of|at|for)\\s+(?:the\\s+)?(?:[a-z][\\w-]*\\s+){0,2}(?<org>ORG_\\d+)(?:\\s+[a-z][\\w-]*){0,2}\\s*,?\\s*$");

    private static final Pattern OF_FIRM = Pattern.compile(
            "(?<p>PER_\\d+)(?:\\s*,\\s*|\\s+)(?:from|of|at|with)\\s+(?:the\\s+)?(?:[a-z][\\w-]*\\s+){0,2}(?<org>ORG_\\d+)(?!'s|\\w)");
    private static final Pattern PRONOUN = Pattern.compile("(?i)he|she|him|his|her|hers|they|them|their");
    private static final Pattern ORG_OR_PLACE = Pattern.compile("\\b(ORG|LOC)_\\d+('s)?");

    /** The titles of titles.txt and job-words.txt, singular only (not the verbs "heads", "leads"), as a regex alternation. */
    static String singularTitles() {
        return SINGULAR;
    }

    /** Whether a lower-case phrase is a job title of job-words.txt (for {@link PersonNames}). */
    static boolean isTitle(String phrase) {
        String k = Lexicon.key(phrase);
        return JOB_WORDS.containsKey(k) || k.endsWith("s") && JOB_WORDS.containsKey(k.substring(0, k.length() - 1));
    }

    /** The precise rule, to leave out what it reads already (one instance: making one loads its word lists). */
    private static final RoleRule PRECISE = new RoleRule();

    @Override
    void apply(Clause clause, String text, List<Fact> out) {
        // broad readings only (see broaden)
    }

    /** As {@link ClauseRule#process}, with the precise rule's candidates of each sentence taken from the layer, not read again. */
    @Override
    public void process(Document document) {
        Map<Integer, List<Fact>> precise = new HashMap<>();
        for (Candidate k : document.get(Layers.CANDIDATES)) {
            if (!k.broad() && k.rule().equals(PRECISE.name())) {
                precise.computeIfAbsent(k.fact().evidence().start(), x -> new ArrayList<>())
                        .add(k.fact());
            }
        }
        List<Fact> broad = new ArrayList<>();
        for (Clause clause : document.get(Layers.CLAUSES)) {
            broaden(
                    clause,
                    document.text(),
                    broad,
                    precise.getOrDefault(clause.sentence().span().start(), List.of()));
        }
        propose(document, List.of(), broad);
    }

    @Override
    void broaden(Clause original, String text, List<Fact> out) {
        List<Fact> precise = new ArrayList<>();
        PRECISE.apply(original, text, precise);
        broaden(original, text, out, precise);
    }

    private void broaden(Clause original, String text, List<Fact> out, List<Fact> precise) {
        Clause c = PersonNames.repaired(original, text);
        String s = c.masked();
        if (!s.contains("PER_")) {
            return;
        }
        Set<String> done = new HashSet<>();
        for (Fact f : precise) {
            done.add(f.subject() + "|" + f.role() + "|" + f.object());
            done.add(f.subject() + "|" + f.role() + "|null");
        }
        Map<String, Fact> found = new LinkedHashMap<>();
        appositions(c, text, s, found);
        before(c, text, s, found);
        Matcher m = WHO_LEADS.matcher(s.contains(" who ") ? s : "");
        while (m.find()) {
            String verb = m.group("verb");
            String role = verb.startsWith("co-")
                    ? "CO_FOUNDER"
                    : verb.startsWith("found")
                            ? "FOUNDER"
                            : verb.startsWith("chair") ? "CHAIRMAN" : m.group("poss") != null ? "HEAD" : "CEO";
            add(c, text, found, c.slot(m.group("p")), role, c.slot(m.group("org")), 0.62);
        }
        m = LED_BY.matcher(s.contains(" by ") ? s : "");
        while (m.find()) {
            String verb = m.group("verb");
            String role = verb.equals("chaired") ? "CHAIRMAN" : verb.equals("managed") ? "MANAGER" : "CEO";
            add(c, text, found, c.slot(m.group("p")), role, c.slot(m.group("org")), 0.57);
        }
        m = AS_TITLE.matcher(s.contains(" as ") ? s : "");
        while (m.find()) {
            if (PERSON.matcher(m.group("between")).find()) {
                continue;
            }
            Mention org = m.group("org") != null ? c.slot(m.group("org")) : firstOrg(c, m.group("between"));
            add(c, text, found, c.slot(m.group("p")), role(m.group("title")), org, 0.52);
        }
        // "Ada Brill of Acme Securities", "Ada Brill, from Acme bank": an analyst's firm (a person with no other title
        // here)
        m = OF_FIRM.matcher(s);
        while (m.find()) {
            Mention person = c.slot(m.group("p"));
            boolean titled = false;
            for (Fact f : found.values()) {
                titled |= f.subject().equals(person.canonical());
            }
            for (Fact f : precise) {
                titled |= person.canonical().equals(f.subject());
            }
            if (!titled) {
                add(c, text, found, person, "ANALYST", c.slot(m.group("org")), 0.47);
            }
        }
        for (Fact f : found.values()) {
            if (!done.contains(f.subject() + "|" + f.role() + "|" + f.object())) {
                out.add(f);
            }
        }
    }

    /** "Ada Brill, an executive at Acme": the titles in the apposition, with the organisation it names. */
    private void appositions(Clause c, String text, String s, Map<String, Fact> found) {
        Matcher m = APPOSITIVE.matcher(s);
        int from = 0;
        while (from < s.length() && m.find(from)) {
            from = m.end("p");
            String phrase = m.group("phrase");
            if (PERSON.matcher(phrase).find()) {
                continue;
            }
            Matcher t = TITLE.matcher(phrase);
            List<int[]> titles = new ArrayList<>();
            while (t.find()) {
                titles.add(new int[] {t.start(), t.end()});
            }
            if (titles.isEmpty()
                    || !APPOSITION_HEAD
                            .matcher(phrase.substring(0, titles.get(0)[0]))
                            .matches()
                    || FORMER.matcher(phrase.substring(0, titles.get(0)[0])).find()) {
                continue;
            }
            Mention person = c.slot(m.group("p"));
            int accepted = 1;
            while (accepted < titles.size()
                    && phrase.substring(titles.get(accepted - 1)[1], titles.get(accepted)[0])
                            .matches("\\s+(?:and|&)\\s+|\\s*,\\s*|\\s+and\\s+(?:[a-z-]+\\s+){0,2}")) {
                accepted++; // "chairman and chief executive"; not "president of the club that owns the shop"
            }
            // the organisation: after the titles ("of/at Acme"), else a possessive before them ("Acme's chairman")
            Mention org = lastOrgAfterAt(c, phrase.substring(titles.get(accepted - 1)[1]));
            Mention possessive = firstOrg(c, phrase.substring(0, titles.get(0)[0]));
            if (org == null || org.kind() != Mention.Kind.ORG && possessive != null) {
                org = possessive != null ? possessive : org;
            }
            for (int i = 0; i < accepted; i++) {
                int[] at = titles.get(i);
                add(c, text, found, person, role(phrase.substring(at[0], at[1])), org, i == 0 ? 0.72 : 0.67);
            }
        }
    }

    /** "Acme managing partner Ada Brill", "finance chief Ada Brill": the titles just before the name. */
    private void before(Clause c, String text, String s, Map<String, Fact> found) {
        Matcher p = PERSON.matcher(s);
        while (p.find()) {
            int lo = Math.max(0, p.start() - 90);
            String window = s.substring(lo, p.start());
            int cut = Math.max(
                    Math.max(window.lastIndexOf('"'), window.lastIndexOf(';')),
                    Math.max(window.lastIndexOf('('), window.lastIndexOf(':')));
            Matcher other = PERSON.matcher(window);
            while (other.find()) {
                cut = Math.max(cut, other.end() - 1);
            }
            window = window.substring(cut + 1);
            // "Acme's founder, billionaire investor Ada Brill": one comma may part two titles
            Matcher t = TITLE.matcher(window);
            List<int[]> titles = new ArrayList<>();
            while (t.find()) {
                titles.add(new int[] {t.start(), t.end()});
            }
            if (titles.isEmpty()) {
                continue;
            }
            int[] last = titles.get(titles.size() - 1);
            String tail = window.substring(last[1]);
            Mention orgAfter = null;
            if (!tail.matches("\\s*,?\\s*")) {
                Matcher of = TAIL_OF.matcher(tail);
                if (!of.find()) {
                    continue;
                }
                orgAfter = c.slot(of.group("org")); // "chief executive of Acme, Ada Brill"
            }
            Mention person = c.slot(p.group());
            double confidence = 0.77;
            for (int i = titles.size() - 1; i >= 0; i--) {
                int[] at = titles.get(i);
                String gap = i == titles.size() - 1 ? "" : window.substring(at[1], titles.get(i + 1)[0]);
                if (i < titles.size() - 1
                        && !gap.matches(
                                "\\s+(?:and|&)\\s+(?:[a-z][\\w-]*\\s+){0,2}|\\s*,\\s+(?:[a-z][\\w-]*\\s+){0,2}|\\s+")) {
                    break;
                }
                String head = window.substring(0, at[0]);
                if (FORMER.matcher(head).find()) {
                    break;
                }
                Mention org = orgAfter != null ? orgAfter : lastOrg(c, head);
                add(c, text, found, person, role(window.substring(at[0], at[1])), org, confidence);
                confidence = 0.67;
            }
        }
    }

    /** The organisation (or place) named last in a stretch, within a few words of its end; null if none. */
    private static Mention lastOrg(Clause c, String head) {
        Matcher m = ORG_OR_PLACE.matcher(head);
        Mention found = null;
        while (m.find()) {
            String after = head.substring(m.end());
            if (after.strip().split("\\s+").length <= 4 && !after.contains(",") || after.matches("\\s*(?:'s)?\\s*")) {
                found = c.slot(m.group().replace("'s", ""));
            } else {
                found = null;
            }
        }
        return found;
    }

    /** The organisation a complement names: the last one after its first "of"/"at"/"for"/"with"/"from", else a place there; null if none. */
    private static Mention lastOrgAfterAt(Clause c, String complement) {
        Matcher p = Pattern.compile("\\b(?:at|of|for|with|from)\\s").matcher(complement);
        if (!p.find()) {
            return null;
        }
        Matcher m = ORG_OR_PLACE.matcher(complement.substring(p.end()));
        Mention org = null;
        Mention place = null;
        while (m.find()) {
            if (m.group(2) != null) {
                continue; // "of Acme's unit": the unit's, read from the sentence by the alternatives
            }
            Mention o = c.slot(m.group());
            if (o.kind() == Mention.Kind.ORG) {
                org = o;
            } else if (place == null) {
                place = o;
            }
        }
        return org != null ? org : place;
    }

    private static Mention firstOrg(Clause c, String stretch) {
        Matcher m = ORG_OR_PLACE.matcher(stretch);
        return m.find() ? c.slot(m.group().replace("'s", "")) : null;
    }

    /** The role value of a written title: titles.txt, job-words.txt, else its words in UPPER_SNAKE. */
    static String role(String written) {
        String k = Lexicon.key(written);
        String r = LEX.role(k);
        if (r != null) {
            return r;
        }
        String singular = JOB_WORDS.containsKey(k) ? k : k.endsWith("s") ? k.substring(0, k.length() - 1) : k;
        String value = JOB_WORDS.get(singular);
        return value != null ? value : singular.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    private static void add(
            Clause c,
            String text,
            Map<String, Fact> found,
            Mention person,
            String role,
            Mention org,
            double confidence) {
        if (person == null
                || person.canonical() == null
                || role == null
                || person.kind() != Mention.Kind.PERSON
                || person.reference() && PRONOUN.matcher(person.text()).matches()) {
            return; // "his deputy Ada Brill": the pronoun holds no title
        }
        if (org != null && org.kind() != Mention.Kind.ORG && org.kind() != Mention.Kind.PLACE) {
            org = null;
        }
        String key = person.canonical() + "|" + role + "|" + (org == null ? null : org.canonical());
        if (found.containsKey(key)) {
            return;
        }
        FactBuilder b = fact(FactType.ROLE, person, c, text, confidence).role(role);
        if (org != null) {
            b.object(org.canonical(), org.kind() == Mention.Kind.PLACE ? EntityType.PLACE : EntityType.ORGANIZATION);
        }
        found.put(key, b.build());
    }

    private static String alternation(boolean plurals) {
        List<String> all = new ArrayList<>();
        for (String t : LEX.titles.keySet()) {
            all.add(t);
            if (plurals) {
                all.add(t + "s");
            }
        }
        for (String t : JOB_WORDS.keySet()) {
            all.add(t);
            if (plurals) {
                all.add(t + "s");
            }
        }
        all.sort((a, b) -> b.length() - a.length());
        return Alternation.of(
                all, t -> Pattern.quote(t).replace(" ", "\\E\\s+\\Q").replace("-", "\\E[\\s-]?\\Q"));
    }
}
