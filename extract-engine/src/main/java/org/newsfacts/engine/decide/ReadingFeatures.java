package org.newsfacts.engine.decide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.engine.Candidate;
import org.newsfacts.engine.Clause;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.lexicon.Lexicon;
import org.newsfacts.engine.lexicon.Resources;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * The features of a reading, as names (each present feature weighs 1). All are general: which rule
 * proposed it and how sure it was, where the subject came from, how salient the subject is in the
 * article (named how often, its rank, in the headline or lead, the topic), where it stands in the
 * sentence and how far from the amount, the sentence's place in the article, its cue words by class
 * ({@code cues.tsv}: hedges, estimates, negation, ranges, comparisons, attribution …), the fact's own
 * fields (metric, direction, unit, size of the amount, period), and how the reading compares with the
 * others of its group. Every feature is emitted plain and joined with the fact's type, so one linear
 * model weighs it per type. No name, number or phrase of any article is a feature: words count only
 * through their cue class or, lower-cased, when they are ordinary English words.
 */
public final class ReadingFeatures {

    private static final Pattern SLOT = Pattern.compile("\\b(ORG|PER|LOC|MED|PRD|MON|PCT|SHR|TIM)_(\\d+)('s)?");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*|\"|\\(|\\)|,|;");
    private static final Map<String, String> CUES = Resources.pairs("cues.tsv", "\t");
    private static final Map<String, String> DEAL_CUES = Resources.pairs("deal-cues.tsv", "\t");
    /** Types whose reading relates two parties (holder and held), whose relation in the sentence is a feature. */
    private static final Set<FactType> PAIRED = Set.of(FactType.STAKE, FactType.INVESTMENT, FactType.PARTNERSHIP);

    private static final Lexicon LEX = Lexicon.get();
    private static final Set<String> WORDS = LEX.englishWords;
    /** Words either side of the amount that count as its context. */
    private static final int WINDOW = 4;

    private ReadingFeatures() {}

    /** Every reading of every group with its features, groups numbered in order. */
    static List<Reading> of(List<List<Candidate>> groups, ArticleContext ctx) {
        List<Reading> out = new ArrayList<>();
        Map<Integer, Tokens> tokens = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Candidate> group = groups.get(g);
            int clauseIndex = ctx.clauseAt(group.get(0).fact().evidence().start());
            Clause clause = ctx.clauses.isEmpty() ? null : ctx.clauses.get(clauseIndex);
            Tokens t = clause == null ? null : tokens.computeIfAbsent(clauseIndex, i -> new Tokens(ctx.clauses.get(i)));
            Best subjects = Best.of(group, true, ctx, t);
            Best objects = Best.of(group, false, ctx, t);
            Set<String> ownSubjects = new HashSet<>();
            Set<String> ownObjects = new HashSet<>();
            for (Candidate c : group) {
                if (c.source() == Candidate.SubjectSource.RULE) {
                    ownSubjects.add(ArticleContext.key(c.fact().subject()));
                    ownObjects.add(ArticleContext.key(c.fact().object()));
                }
            }
            for (Candidate c : group) {
                Builder b = new Builder(c.fact().type().wire());
                common(b, c, group.size(), clauseIndex, clause, t, ctx);
                if (PAIRED.contains(c.fact().type())) {
                    b.add(
                            "s.rulesOwn",
                            ownSubjects.contains(ArticleContext.key(c.fact().subject())));
                    b.add(
                            "o.rulesOwn",
                            ownObjects.contains(ArticleContext.key(c.fact().object())));
                    b.add(
                            "swapped",
                            ownSubjects.contains(ArticleContext.key(c.fact().object()))
                                    && ownObjects.contains(
                                            ArticleContext.key(c.fact().subject())));
                    if (t != null) {
                        pair(b, c.fact(), t);
                    }
                }
                subjects.features(b, "s.", c.fact().subject(), c.fact(), ctx, t);
                objects.features(b, "o.", c.fact().object(), c.fact(), ctx, t);
                out.add(new Reading(c, g, b.names()));
            }
        }
        return out;
    }

    private static void common(
            Builder b, Candidate c, int groupSize, int clauseIndex, Clause clause, Tokens t, ArticleContext ctx) {
        Fact f = c.fact();
        b.add("rule=" + c.rule());
        b.add("pattern=" + c.rule() + ":" + Math.round(f.confidence() * 20));
        b.add("source=" + c.source());
        b.add("broad", c.broad());
        b.add("group=" + bucket(groupSize, 1, 2, 3, 5));
        boolean role = f.type() == FactType.ROLE;
        entity(b, "s.", f.subject(), f.subjectType(), f, clauseIndex, clause, t, ctx);
        entity(b, "o.", f.object(), f.objectType(), f, clauseIndex, clause, t, ctx);
        if (role) {
            b.add("role=" + f.role());
            b.add("personNamed=" + bucket(ctx.mentions(f.subject()), 1, 2, 4));
        }
        b.add("sentence=" + bucket(clauseIndex, 0, 1, 2, 3, 6, 11, 21));
        b.add("lastThird", !ctx.clauses.isEmpty() && clauseIndex * 3 >= ctx.clauses.size() * 2);
        if (clause != null) {
            b.add("headline", clause.sentence().titleCase());
        }
        if (f.metric() != null) {
            b.add("metric=" + f.metric());
            b.add("estimate", f.metric().endsWith("_ESTIMATE"));
        }
        if (f.direction() != null) {
            b.add("direction=" + f.direction());
        }
        // per type only: a fact without an amount is ordinary for a holding or a partnership, odd for a metric
        b.addTyped("unit="
                + (f.unit() == null
                        ? "none"
                        : f.unit().equals("PERCENT") || f.unit().equals("SHARES")
                                ? f.unit()
                                : f.unit().equals("USD") ? "USD" : "OTHER_CURRENCY"));
        if (f.value() != null) {
            b.add("magnitude=" + magnitude(f.value()));
            b.add("negative", f.value().signum() < 0);
        }
        b.add("approx", f.approx() != null);
        b.add("period", f.period() != null);
        b.add("alt", f.alt() != null);
        b.add("market", f.market() != null);
        if (f.text() != null) {
            b.add("quoteWords=" + bucket(f.text().split("\\s+").length, 1, 4, 8, 16, 32));
        }
        if (t != null) {
            b.add("amounts=" + bucket(t.amounts, 0, 1, 2, 3, 5));
            b.add("orgs=" + bucket(t.orgs, 0, 1, 2, 3, 5));
            b.add("people=" + bucket(t.people, 0, 1, 2));
            b.add("length=" + bucket(t.words.size(), 0, 10, 20, 30, 45));
            b.add("quoted", t.quoted);
            for (String cue : t.cues) {
                b.add("cue=" + cue);
            }
            int amount = t.amountAt(f);
            if (amount >= 0) {
                for (int i = Math.max(0, amount - WINDOW); i < Math.min(t.words.size(), amount + WINDOW + 1); i++) {
                    String w = t.words.get(i);
                    String cue = CUES.get(w);
                    String side = i < amount ? "before" : i > amount ? "after" : null;
                    if (side != null && cue != null) {
                        b.add("cue" + side + "=" + cue);
                    }
                    if (side != null && (WORDS.contains(w) || LEX.functionWords.contains(w) || w.length() == 1)) {
                        b.add("word" + side + "=" + w);
                    }
                }
            }
            for (String w : t.wordFeatures) {
                b.addPlain(w);
            }
        }
    }

    /**
     * How the subject (holder) and the object (held) stand to each other in the sentence: their order,
     * how far apart, the cue classes of the words between them, a possessive "S's … O", an apposition
     * "O, a … S …", the word before the later one ("by", "of") and whether another organisation or
     * the amount stands between them.
     */
    static void pair(Builder b, Fact f, Tokens t) {
        int s = f.subject() == null ? -1 : t.position(f.subject());
        int o = f.object() == null ? -1 : t.position(f.object());
        if (s < 0 || o < 0) {
            b.add("pair=" + (s >= 0 ? "subjectOnly" : o >= 0 ? "objectOnly" : "neither"));
            return;
        }
        String order = s < o ? "so" : "os";
        b.add("pair=" + order);
        int from = Math.min(s, o);
        int to = Math.max(s, o);
        b.add("pair." + order + ".distance=" + bucket(to - from, 1, 2, 3, 5, 8, 13));
        boolean orgBetween = false;
        boolean comma = false;
        Set<String> classes = new HashSet<>();
        for (int i = from + 1; i < to; i++) {
            String w = t.words.get(i);
            Mention m = t.slotAt.get(i);
            if (m != null && (m.kind() == Mention.Kind.ORG || m.kind() == Mention.Kind.PERSON)) {
                orgBetween = true;
            }
            comma |= w.equals(",");
            String cue = CUES.get(w);
            if (cue == null && i + 1 < to) {
                cue = CUES.get(w + " " + t.words.get(i + 1));
            }
            if (cue != null) {
                classes.add(cue);
            }
            String deal = DEAL_CUES.get(w);
            if (deal == null && i + 1 < to) {
                deal = DEAL_CUES.get(w + " " + t.words.get(i + 1));
            }
            if (deal != null) {
                classes.add(deal);
            }
        }
        for (String c : classes) {
            b.add("pair." + order + ".between=" + c);
        }
        b.add("pair." + order + ".noCueBetween", classes.isEmpty());
        b.add("pair." + order + ".entityBetween", orgBetween);
        b.add("pair." + order + ".commaBetween", comma);
        int amount = t.amountAt(f);
        if (amount >= 0) {
            b.add("pair.amount=" + (amount < from ? "before" : amount > to ? "after" : "between"));
        }
        b.add("pair.possessive", s < o && t.possessive.get(s) && o - s <= 3);
        b.add("pair.objectPossessive", o < s && t.possessive.get(o) && s - o <= 3);
        b.add(
                "pair.apposition",
                o < s
                        && s - o <= 10
                        && o + 1 < t.words.size()
                        && t.words.get(o + 1).equals(","));
        // "S unit O", "S's subsidiary O": a word of a part right after the holder, the held after it
        b.add("pair.partAfterSubject", s < o && o - s <= 4 && partWithin(t, s + 1, Math.min(o, s + 3)));
        // "O, the … unit of … S", "O, a S subsidiary": a word of a part between, the held first
        b.add("pair.partBeforeSubject", o < s && s - o <= 10 && partWithin(t, o + 1, s));
        // "S owns/holds … O", "O … owned by S"
        b.add("pair.holdingBetween", holdingWithin(t, from + 1, to));
        String before = t.words.get(to - 1);
        String cue = CUES.get(before);
        b.add("pair." + order + ".laterAfter="
                + (cue != null ? cue : LEX.functionWords.contains(before) || before.length() == 1 ? before : "word"));
    }

    private static boolean partWithin(Tokens t, int from, int to) {
        for (int i = from; i < to && i < t.words.size(); i++) {
            if ("PART".equals(CUES.get(t.words.get(i)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdingWithin(Tokens t, int from, int to) {
        for (int i = from; i < to && i < t.words.size(); i++) {
            String w = t.words.get(i);
            if ("HOLDING".equals(CUES.get(w)) || w.equals("owned") || w.equals("controlled") || w.equals("control")) {
                return true;
            }
        }
        return false;
    }

    /** How salient a name is in the article and where it stands in the sentence; prefix "s." for the subject, "o." for the object. */
    private static void entity(
            Builder b,
            String p,
            String name,
            EntityType type,
            Fact f,
            int clauseIndex,
            Clause clause,
            Tokens t,
            ArticleContext ctx) {
        b.add(p + "name=" + (name == null ? "none" : type));
        if (name == null || !(type == EntityType.ORGANIZATION || type == EntityType.PERSON)) {
            return;
        }
        int rank = ctx.orgRank(name);
        b.add(p + "rank=" + (rank < 0 ? "none" : bucket(rank, 0, 1, 2, 4)));
        b.add(p + "named=" + bucket(ctx.mentions(name), 0, 1, 2, 4, 8));
        b.add(p + "inLead", ctx.inLead(name));
        b.add(p + "topic", name.equalsIgnoreCase(ctx.topic));
        b.add(p + "focus", clause != null && name.equalsIgnoreCase(clause.focus()));
        int first = ctx.firstClause(name);
        b.add(p + "firstNamed="
                + (first < 0 ? "never" : first < clauseIndex ? "before" : first == clauseIndex ? "here" : "after"));
        b.add(p + "words=" + bucket(name.split("\\s+").length, 1, 2, 3, 4));
        b.add(p + "place", LEX.places.containsKey(name));
        b.add(p + "allCaps", name.length() > 1 && name.equals(name.toUpperCase(Locale.ROOT)));
        if (t != null) {
            int at = t.position(name);
            b.add(p + "inSentence", at >= 0);
            if (at >= 0) {
                b.add(p + "pos=" + bucket(at, 0, 1, 3, 6, 12));
                b.add(p + "firstEntity", t.firstEntity(name));
                b.add(p + "possessive", t.possessive(name));
                b.add(p + "reference", t.reference(name));
                int amount = t.amountAt(f);
                if (amount >= 0) {
                    b.add(p + "beforeAmount", amount > at);
                    b.add(p + "distance=" + bucket(t.distance(name, f), 0, 2, 4, 7, 12, 20));
                }
                String before = at > 0 ? t.words.get(at - 1) : "^";
                String cue = CUES.get(before);
                b.add(p + "after="
                        + (cue != null
                                ? cue
                                : LEX.functionWords.contains(before) || before.length() == 1 ? before : "word"));
            }
        }
    }

    /** The best values of a group's subjects (or objects): lowest rank, most named, nearest to the amount. */
    private record Best(boolean subject, int rank, int mentions, int nearest) {

        static Best of(List<Candidate> group, boolean subject, ArticleContext ctx, Tokens t) {
            int rank = Integer.MAX_VALUE;
            int mentions = 0;
            int nearest = Integer.MAX_VALUE;
            for (Candidate c : group) {
                String name = subject ? c.fact().subject() : c.fact().object();
                if (name == null) {
                    continue;
                }
                int r = ctx.orgRank(name);
                if (r >= 0) {
                    rank = Math.min(rank, r);
                }
                mentions = Math.max(mentions, ctx.mentions(name));
                if (t != null) {
                    nearest = Math.min(nearest, t.distance(name, c.fact()));
                }
            }
            return new Best(subject, rank, mentions, nearest);
        }

        void features(Builder b, String p, String name, Fact f, ArticleContext ctx, Tokens t) {
            if (name == null) {
                return;
            }
            int r = ctx.orgRank(name);
            b.add(p + "bestRankInGroup", r >= 0 && r == rank);
            b.add(p + "mostNamedInGroup", mentions > 0 && ctx.mentions(name) == mentions);
            b.add(p + "nearestInGroup", t != null && nearest < 50 && t.distance(name, f) == nearest);
        }
    }

    private static String magnitude(BigDecimal v) {
        double d = Math.abs(v.doubleValue());
        return d == 0 ? "zero" : Integer.toString((int) Math.floor(Math.log10(d)));
    }

    /** The least bound the value reaches, as "≥bound" (or "<first"). */
    static String bucket(int value, int... bounds) {
        String out = "<" + bounds[0];
        for (int b : bounds) {
            if (value >= b) {
                out = ">=" + b;
            }
        }
        return out;
    }

    /** Feature names of one reading: each plain and joined with the fact's type. */
    private static final class Builder {
        private final String type;
        private final List<String> names = new ArrayList<>();

        Builder(String type) {
            this.type = type;
        }

        void add(String name) {
            names.add(name);
            names.add(type + "|" + name);
        }

        void add(String name, boolean present) {
            if (present) {
                add(name);
            }
        }

        void addTyped(String name) {
            names.add(type + "|" + name);
        }

        void addPlain(String name) {
            names.add(name);
        }

        List<String> names() {
            return List.copyOf(new java.util.LinkedHashSet<>(names));
        }
    }

    /** A clause as lower-case words and slots, with where each slot stands. */
    private static final class Tokens {
        final List<String> words = new ArrayList<>();
        final List<Mention> slotAt = new ArrayList<>();
        final List<Boolean> possessive = new ArrayList<>();
        final Set<String> cues = new HashSet<>();
        /** "word=" and each English word of the clause, in order: the same for every reading of the clause, so made once. */
        final List<String> wordFeatures = new ArrayList<>();

        int amounts;
        int orgs;
        int people;
        boolean quoted;

        Tokens(Clause clause) {
            String masked = clause.masked();
            Matcher m = SLOT.matcher(masked);
            int at = 0;
            while (m.find()) {
                words(masked.substring(at, m.start()));
                Mention slot = clause.slot(m.group());
                words.add(m.group(1));
                slotAt.add(slot);
                possessive.add(m.group(3) != null);
                switch (m.group(1)) {
                    case "MON", "PCT", "SHR" -> amounts++;
                    case "ORG" -> orgs++;
                    case "PER" -> people++;
                    default -> {}
                }
                at = m.end();
            }
            words(masked.substring(at));
            for (int i = 0; i < words.size(); i++) {
                String cue = CUES.get(words.get(i));
                if (cue == null && i + 1 < words.size()) {
                    cue = CUES.get(words.get(i) + " " + words.get(i + 1));
                }
                if (cue != null) {
                    cues.add(cue);
                }
            }
            quoted = words.contains("\"");
            for (String w : words) {
                if (WORDS.contains(w)) {
                    wordFeatures.add("word=" + w);
                }
            }
        }

        private void words(String text) {
            Matcher w = WORD.matcher(text);
            while (w.find()) {
                words.add(w.group().toLowerCase(Locale.ROOT));
                slotAt.add(null);
                possessive.add(false);
            }
        }

        int position(String name) {
            for (int i = 0; i < slotAt.size(); i++) {
                Mention s = slotAt.get(i);
                if (s != null && s.canonical() != null && s.canonical().equalsIgnoreCase(name)) {
                    return i;
                }
            }
            return -1;
        }

        boolean firstEntity(String name) {
            for (Mention s : slotAt) {
                if (s != null && (s.kind() == Mention.Kind.ORG || s.kind() == Mention.Kind.PERSON)) {
                    return s.canonical() != null && s.canonical().equalsIgnoreCase(name);
                }
            }
            return false;
        }

        boolean possessive(String name) {
            int at = position(name);
            return at >= 0 && possessive.get(at);
        }

        boolean reference(String name) {
            int at = position(name);
            return at >= 0 && slotAt.get(at).reference();
        }

        /** The token of the fact's amount in the clause, or -1. */
        int amountAt(Fact f) {
            if (f.value() == null) {
                return -1;
            }
            for (int i = 0; i < slotAt.size(); i++) {
                Mention s = slotAt.get(i);
                if (s != null
                        && s.value() != null
                        && (s.value().compareTo(f.value()) == 0
                                || s.value().compareTo(f.value().negate()) == 0)) {
                    return i;
                }
            }
            return -1;
        }

        /** Tokens between the name and the amount (or the closest other slot when there is no amount). */
        int distance(String name, Fact f) {
            int a = position(name);
            int b = amountAt(f);
            if (a < 0) {
                return 99;
            }
            return b < 0 ? 50 : Math.abs(a - b);
        }
    }
}
