package org.newsfacts.engine.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.engine.Candidate;
import org.newsfacts.engine.Clause;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.FactBuilder;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.Stage;
import org.newsfacts.engine.lexicon.Lexicon;
import org.newsfacts.engine.text.RelativeClauses;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * Base of the fact rules: each rule reads the clauses and adds facts. Slot patterns and helpers
 * shared by the rules live here; the rules themselves are small and final.
 */
abstract class ClauseRule implements Stage {

    static final String ORG = "ORG_\\d+";
    static final String PER = "PER_\\d+";
    static final String LOC = "LOC_\\d+";
    static final String MON = "MON_\\d+";
    static final String PCT = "PCT_\\d+";
    static final String SHR = "SHR_\\d+";
    static final String TIM = "TIM_\\d+";
    static final String AGENT = "(?:ORG|PER)_\\d+";
    /** A wire service's instrument code left in the clause after a name: " INTC.O", " VOWG_p.DE". */
    static final String TICKER = "(?:\\s+[A-Z0-9_]+[a-z]?\\.[A-Z]{1,2})";
    /** Organisations in a list: "ORG_1, ORG_2 and ORG_3" (read back with {@link #organisations}). */
    static final String ORG_LIST = "(?:" + ORG + "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)?)+";

    static final Pattern SLOT = Pattern.compile("\\b(ORG|PER|LOC|MED|PRD|MON|PCT|SHR|TIM)_(\\d+)('s)?");
    /** "Alpha set up a drone joint venture called Gamma with Beta": partners, and (when named) the venture they hold. */
    static final Pattern JOINT_VENTURE = Pattern.compile(
            "(?<x>" + ORG + ")" + TICKER
                    + "?\\s+(?:[\\w-]+\\s+){0,2}?(?:formed|set\\s+up|created|launched|established|agreed)\\s+"
                    + "(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:joint\\s+venture|venture|alliance|partnership)\\s+(?:(?:called|named)\\s+(?<jv>"
                    + ORG + ")\\s+)?with\\s+"
                    + "(?:[a-z][\\w-]*\\s+){0,2}?(?<y>" + ORG + ")",
            Pattern.CASE_INSENSITIVE);
    /** Words before a name that make it an example or a comparison, not the subject. */
    private static final Pattern NOT_SUBJECT =
            Pattern.compile("(?:like|such as|including|than|compared to|versus|against|with|from|of)\\s*$");

    /** "Microsoft, which plans to invest …": the name a relative clause hangs on is its subject. */
    private static final Pattern RELATIVE = Pattern.compile("\\s*,\\s*(?:which|who|that)\\b");

    static final Lexicon LEX = Lexicon.get();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.CLAUSES, Layers.CANDIDATES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of();
    }

    @Override
    public void process(Document document) {
        List<Fact> found = new java.util.ArrayList<>();
        List<Fact> broad = new java.util.ArrayList<>();
        for (Clause clause : document.get(Layers.CLAUSES)) {
            apply(clause, document.text(), found);
            broaden(clause, document.text(), broad);
        }
        propose(document, found, broad);
    }

    /**
     * Looser readings of a clause, for recall: what the rule's precise patterns leave out but a careful
     * reader might take as a fact. They become broad candidates, kept only where the model finds them
     * probable. None by default.
     */
    void broaden(Clause clause, String text, List<Fact> out) {}

    /** The facts a rule found, added to the candidates under its name (the decision stage keeps or drops them). */
    final void propose(Document document, List<Fact> found, List<Fact> broad) {
        List<Candidate> candidates = document.get(Layers.CANDIDATES);
        for (Fact f : found) {
            candidates.add(Candidate.proposed(f, name()));
        }
        for (Fact f : broad) {
            candidates.add(Candidate.broad(f, name()));
        }
    }

    abstract void apply(Clause clause, String text, List<Fact> out);

    static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /**
     * Whether a lower-cased clause holds one of the words: a cheap test before a case-insensitive pattern
     * that cannot match without one of them (trying such a pattern at every character is the cost).
     */
    static boolean holdsAny(String lower, String... words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The last organisation or person named before {@code pos} that reads as a subject; null if none. */
    static Mention subjectBefore(Clause c, int pos, boolean peopleToo) {
        Matcher m = SLOT.matcher(c.masked());
        Mention found = null;
        while (m.find() && m.start() < pos) {
            String kind = m.group(1);
            if (!kind.equals("ORG") && !(peopleToo && kind.equals("PER"))) {
                continue;
            }
            if (RelativeClauses.encloses(c.masked(), 0, m.start(), pos)) {
                continue; // "Alpha, which is listed on the Oslo exchange, reported": not the exchange
            }
            boolean relative = RELATIVE.matcher(c.masked().substring(m.end())).lookingAt();
            if (!relative
                    && NOT_SUBJECT
                            .matcher(c.masked().substring(Math.max(0, m.start() - 20), m.start()))
                            .find()) {
                continue;
            }
            found = c.slot(m.group());
        }
        if (found != null) {
            // "Gamma, the lending arm of Beta Group, has a stake": the name before the appositive is the subject
            Matcher apposition = APPOSITION.matcher(
                    c.masked().substring(0, Math.min(pos, c.masked().length())));
            if (apposition.find()) {
                return c.slot(apposition.group("subj"));
            }
        }
        return found;
    }

    private static final Pattern APPOSITION = Pattern.compile("(?<subj>ORG_\\d+)" + TICKER
            + "?\\s*,\\s+(?:a|an|the)\\s[^,;]*?(?:ORG|PER)_\\d+[^,;]*,\\s+(?:[\\w-]+\\s+){0,3}$");

    /** A part said in words, as a percentage: "half" → 50, "a third"/"one-third" → 33, "two-thirds" → 67, "a fifth" → 20 … */
    static int percentOf(String fraction) {
        return switch (fraction.toLowerCase(java.util.Locale.ROOT)) {
            case "half" -> 50;
            case "a third", "one-third" -> 33;
            case "two-thirds" -> 67;
            case "a quarter", "one-quarter" -> 25;
            case "a fifth", "one-fifth" -> 20;
            case "one-tenth" -> 10;
            default -> throw new IllegalArgumentException("no percentage for '" + fraction + "'");
        };
    }

    /** The first slot of a kind at or after {@code from}, or null. */
    static Mention firstAfter(Clause c, String kind, int from, int to) {
        Matcher m = SLOT.matcher(c.masked());
        while (m.find()) {
            if (m.start() >= from && m.start() < to && m.group(1).equals(kind)) {
                return c.slot(m.group());
            }
        }
        return null;
    }

    /** The organisations named (not as possessives) in a stretch of the masked clause, in order. */
    static List<Mention> organisations(Clause c, String masked) {
        List<Mention> orgs = new java.util.ArrayList<>();
        Matcher m = SLOT.matcher(masked);
        while (m.find()) {
            if (m.group(1).equals("ORG") && m.group(3) == null) {
                orgs.add(c.slot(m.group()));
            }
        }
        return orgs;
    }

    /** The period of a fact: the first one after {@code from} in the clause, else any in it. */
    static Mention period(Clause c, int from) {
        Mention p = firstAfter(c, "TIM", from, Integer.MAX_VALUE);
        return p != null ? p : firstAfter(c, "TIM", 0, Integer.MAX_VALUE);
    }

    /** The article's words for a stretch of the masked clause, slots put back. */
    static String words(Clause c, String masked) {
        Matcher m = SLOT.matcher(masked);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Mention s = c.slot(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(s.text() + (m.group(3) != null ? "'s" : "")));
        }
        m.appendTail(out);
        return out.toString().strip();
    }

    static FactBuilder fact(FactType type, Mention subject, Clause c, String text, double confidence) {
        EntityType subjectType = subject == null
                ? null
                : subject.kind() == Mention.Kind.PERSON ? EntityType.PERSON : EntityType.ORGANIZATION;
        double conf = subject != null && subject.reference() ? confidence * 0.9 : confidence;
        return FactBuilder.of(type, subject == null ? null : subject.canonical(), c.evidence(text))
                .subjectType(subjectType)
                .confidence(Math.round(conf * 100) / 100.0);
    }

    /** The organisation named before {@code pos} that reads as a subject, else the focus organisation; null if neither. */
    static Mention subjectOrFocus(Clause c, int pos) {
        Mention subject = subjectBefore(c, pos, false);
        return subject != null ? subject : focusOrg(c);
    }

    static Mention focusOrg(Clause c) {
        return c.focus() == null
                ? null
                : Mention.reference(Mention.Kind.ORG, c.sentence().span(), c.focus(), "");
    }

    static void money(FactBuilder b, Mention amount) {
        b.money(amount.value(), amount.unit(), amount.approx());
    }

    static void period(FactBuilder b, Mention period) {
        if (period != null) {
            b.period(period.canonical(), period.text());
        }
    }
}
