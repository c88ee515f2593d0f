package org.newsfacts.engine.discourse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.Sentence;
import org.newsfacts.engine.Span;
import org.newsfacts.engine.Stage;
import org.newsfacts.engine.lexicon.Alternation;
import org.newsfacts.engine.lexicon.Resources;
import org.newsfacts.engine.text.RelativeClauses;

/**
 * Resolves references: "the company"/"the firm" → the article's focus organisation (the one named
 * most often so far, the article's first organisation counting once more; the earliest on a tie), "its" → the nearest organisation earlier in the sentence,
 * else the focus; "he"/"she"/"his"/"her" → the person named last. Also records the focus of every
 * content sentence for rules whose subject is left out ("Shares dipped 3%").
 */
public final class Coreference implements Stage {

    /**
     * "the company", "the German giant", "the discount retailer", "the online fashion seller";
     * not "the other firm", "the parent company", "the combined group" (a different organisation) nor
     * "the company Acme" (named right there).
     */
    // ORG_REFERENCE and PERSON_REFERENCE behind a look-ahead for their first letters: one character test rejects
    // most places, before the word boundary and the alternation are tried
    private static final Pattern ORG_REFERENCE = Pattern.compile(
            "(?=[TtIi])(?:\\b[Tt]he (?!(?:other|rival|parent|combined|merged|new|two|both|target|acquiring|smaller|larger|former|latter)\\b)"
                    + "(?:(?!(?:the|a|an|in|of|to|for|on|at|by|with|from|that|which|is|was|has|had|its|their|his|her|this|said)\\b)"
                    + "(?:(?:world|country|nation|region|sector|industry)'s|[a-z][\\w-]*|[A-Z]{2,3}|[A-Z][a-z]+,?(?= [A-Z]?[a-z])|[A-Z][a-z]+-based)\\s+){0,5}?(?:"
                    + Alternation.of(Resources.lines("company-nouns.txt"), Pattern::quote) + ")\\b(?!,?[ -][A-Z])"
                    + "|\\b[Ii]ts\\b)");
    /** "It said …", "It posted …": a sentence opening with "It" and a verb a company does (not "It is likely …"). */
    private static final Pattern IT_SUBJECT = Pattern.compile(
            "\\s*(?<it>It)\\s+(?:also\\s+|now\\s+|then\\s+)?(?:said|says|added|reported|posted|expects|expected|has|had|will"
                    + "|plans|planned|made|earned|sold|bought|acquired|raised|cut|recorded|booked|announced|agreed|warned|forecast|employs|operates|owns|holds)\\b");
    /** A described reference with words of its own: "the Seattle-based firm", not "the company". */
    private static final Pattern DESCRIBED = Pattern.compile("(?i)the\\s+\\S+\\s+.+");
    /** "Acme's chief said that the company …": in reported speech the company may well be the subject's own. */
    private static final Pattern REPORTED = Pattern.compile("\\b(?:said|says|told|that|added)\\b");

    private static final Pattern GENERIC_OPENING = Pattern.compile("\\s*The (?:company|firm|group)\\b");
    private static final Pattern PERSON_REFERENCE = Pattern.compile("(?=[HhSs])\\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\\b");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.ENTITIES, Layers.CONTENT);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.REFERENCES, Layers.FOCUS);
    }

    @Override
    public void process(Document document) {
        String text = document.text();
        List<Mention> entities = document.get(Layers.ENTITIES);
        List<Mention> references = new ArrayList<>();
        List<String> focusPerSentence = new ArrayList<>();
        Seen seen = new Seen();
        int e = 0;
        String paragraphTopic = null;
        String lastTopic = null;
        int paragraph = -1;
        for (Sentence s : document.get(Layers.CONTENT)) {
            int sStart = s.span().start();
            int sEnd = s.span().end();
            seen.sentenceStart = sStart;
            boolean opensParagraph = s.line() != paragraph;
            if (opensParagraph) {
                lastTopic = paragraphTopic;
                paragraphTopic = null;
                paragraph = s.line();
            }
            String focus = paragraphTopic != null ? paragraphTopic : seen.focus();
            if (opensParagraph
                    && lastTopic != null
                    && GENERIC_OPENING.matcher(text).region(sStart, sEnd).lookingAt()) {
                focus = lastTopic; // "Beta went public this week. ¶ The company, which …": the paragraph before was
                // about Beta
            }
            focusPerSentence.add(focus);
            List<Mention> events = new ArrayList<>();
            while (e < entities.size() && entities.get(e).span().start() < sEnd) {
                if (entities.get(e).span().start() >= sStart) {
                    events.add(entities.get(e));
                }
                e++;
            }
            String sentence = text.substring(sStart, sEnd);
            List<int[]> refs = new ArrayList<>();
            Matcher m = ORG_REFERENCE.matcher(sentence);
            while (m.find()) {
                if (!namesSomeone(
                        events, sStart + m.start(), sStart + m.end())) { // "the Quorra drinks company" is Quorra
                    refs.add(new int[] {sStart + m.start(), sStart + m.end(), 0});
                }
            }
            m = IT_SUBJECT.matcher(sentence);
            if (m.lookingAt()) {
                refs.add(new int[] {sStart + m.start("it"), sStart + m.end("it"), 0});
            }
            m = PERSON_REFERENCE.matcher(sentence);
            while (m.find()) {
                refs.add(new int[] {sStart + m.start(), sStart + m.end(), 1});
            }
            refs.sort(Comparator.comparingInt(r -> r[0]));
            int ev = 0;
            String lastOrgInSentence = null;
            String sentenceSubject = subjectOf(text, sStart, events);
            for (int[] ref : refs) {
                while (ev < events.size() && events.get(ev).span().start() < ref[0]) {
                    Mention x = events.get(ev++);
                    seen.add(x, objectOfPreposition(text, sStart, x));
                    if (x.kind() == Mention.Kind.ORG
                            && !RelativeClauses.encloses(text, sStart, x.span().start(), ref[0])) {
                        lastOrgInSentence = x.canonical();
                    }
                }
                Span span = new Span(ref[0], ref[1]);
                String words = span.of(text);
                if (ref[2] == 0) {
                    boolean its = words.equalsIgnoreCase("its");
                    String target = its && lastOrgInSentence != null ? lastOrgInSentence : focus;
                    String named = appositiveOf(text, events, ref[0]);
                    boolean described = DESCRIBED.matcher(words).matches();
                    boolean inside = ref[0] > sStart + 3; // not the sentence's opening words
                    if (!its && named != null) {
                        target = named; // "Ostmark, the country's second-largest brewer, …" is Ostmark
                    } else if (!its
                            && lastOrgInSentence != null
                            && inside
                            && described
                            && !lastOrgInSentence.equals(sentenceSubject)) {
                        target = lastOrgInSentence; // "a deal with Brisco, when the Dutch firm was valued …": the one
                        // just named
                    } else if (!its
                            && target != null
                            && target.equals(sentenceSubject)
                            && inside
                            && (described
                                    || !REPORTED.matcher(text.substring(sStart, ref[0]))
                                            .find())) {
                        // "It sold the company to …", "Alpha … when it took control of the company": not the subject
                        // itself
                        String other = lastOrgInSentence != null && !lastOrgInSentence.equals(sentenceSubject)
                                ? lastOrgInSentence
                                : seen.focusExcept(sentenceSubject);
                        target = other != null && !other.equals(sentenceSubject) ? other : null;
                    }
                    if (sentenceSubject == null && !inside && !its) {
                        sentenceSubject = target;
                    }
                    if (target != null) {
                        references.add(Mention.reference(Mention.Kind.ORG, span, target, words));
                        if (!its) {
                            lastOrgInSentence =
                                    target; // "The company, which …, saw its shares …": its is the company's
                        }
                    }
                } else if (seen.lastPerson != null) {
                    references.add(Mention.reference(Mention.Kind.PERSON, span, seen.lastPerson, words));
                }
            }
            while (ev < events.size()) {
                Mention x = events.get(ev++);
                seen.add(x, objectOfPreposition(text, sStart, x));
            }
            String opener = opener(text, sStart, events);
            if (opener != null) {
                paragraphTopic = opener;
            }
        }
        document.put(Layers.REFERENCES, references);
        document.put(Layers.FOCUS, focusPerSentence);
    }

    /** The organisation a sentence opens with ("Alpha later …"), or null (set later by an opening reference). */
    private static String subjectOf(String text, int sStart, List<Mention> events) {
        for (Mention x : events) {
            if (x.kind() == Mention.Kind.ORG
                    && text.substring(sStart, x.span().start()).isBlank()) {
                return x.canonical();
            }
        }
        return null;
    }

    private static final Pattern PREPOSITION_BEFORE =
            Pattern.compile("\\b(?:for|to|by|with|against|of|from|about|on|at)\\s+(?:Mr|Mrs|Ms|Dr|Sir)?\\.?\\s*$");

    private static boolean objectOfPreposition(String text, int sStart, Mention x) {
        int from = Math.max(sStart, x.span().start() - 12);
        return from < x.span().start()
                && PREPOSITION_BEFORE
                        .matcher(text.substring(from, x.span().start()))
                        .find();
    }

    /** The organisation named right before ", the …" at {@code at}, or null. */
    private static String appositiveOf(String text, List<Mention> events, int at) {
        for (Mention x : events) {
            if (x.kind() == Mention.Kind.ORG
                    && x.span().end() < at
                    && text.substring(x.span().end(), at).matches(",\\s*")) {
                return x.canonical();
            }
        }
        return null;
    }

    private static boolean namesSomeone(List<Mention> events, int start, int end) {
        for (Mention x : events) {
            if ((x.kind() == Mention.Kind.ORG || x.kind() == Mention.Kind.PERSON || x.kind() == Mention.Kind.PRODUCT)
                    && x.span().start() < end
                    && start < x.span().end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The organisation a sentence opens with as its subject ("Norwegian shipper Tarnby posted …",
     * "Tarnby's sales rose …"): the topic of the rest of its paragraph. Null when the sentence
     * does not open with one.
     */
    private static String opener(String text, int sStart, List<Mention> events) {
        for (Mention x : events) {
            if (x.kind() == Mention.Kind.ORG && !x.reference()) {
                String lead = text.substring(sStart, x.span().start());
                return lead.length() <= 60 && OPENING.matcher(lead).matches() ? x.canonical() : null;
            }
            if (x.kind() == Mention.Kind.PERSON) {
                return null;
            }
        }
        return null;
    }

    /** Words that may come before a sentence's subject: "The", "Danish brewer", "Shares in", "Meanwhile,". */
    private static final Pattern OPENING = Pattern.compile(
            "\\s*(?:[A-Z][a-z]+,\\s+)?(?:(?:the|The|a|A|[a-z][\\w-]*|[A-Z][a-z]+(?=\\s+[a-z]))\\s+){0,3}");

    /** What the article has named so far: organisations with counts and last position, the last person. */
    private static final class Seen {
        final Map<String, Integer> counts = new HashMap<>();
        final Map<String, Integer> firstSeen = new HashMap<>();
        /** The article's first organisation (its headline's or lead's): the topic unless another is named more. */
        String lead;

        String lastPerson;
        int lastPersonStart = -1;
        int sentenceStart;

        /** {@code oblique}: named after a preposition ("for Mr Ross to take control"): not the "he" of what follows when the sentence named its subject. */
        void add(Mention x, boolean oblique) {
            if (x.kind() == Mention.Kind.ORG) {
                counts.merge(x.canonical(), 1, Integer::sum);
                firstSeen.putIfAbsent(x.canonical(), x.span().start());
                lead = lead == null ? x.canonical() : lead;
            } else if (x.kind() == Mention.Kind.PERSON
                    && (!oblique || lastPerson == null || lastPersonStart < sentenceStart)) {
                lastPerson =
                        x.canonical(); // within a sentence its subject wins over "… for Mr Ross"; a later sentence's
                // person wins anyway
                lastPersonStart = x.span().start();
            }
        }

        String focus() {
            return Coreference.focus(counts, firstSeen, lead);
        }

        /** The organisation named most so far other than {@code name}. */
        String focusExcept(String name) {
            Map<String, Integer> others = new HashMap<>(counts);
            others.remove(name);
            return Coreference.focus(others, firstSeen, lead);
        }
    }

    private static String focus(Map<String, Integer> counts, Map<String, Integer> firstSeen, String lead) {
        String best = null;
        int bestScore = 0;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            int score = c.getValue() + (c.getKey().equals(lead) ? 1 : 0);
            if (best == null
                    || score > bestScore
                    || score == bestScore && firstSeen.get(c.getKey()) < firstSeen.get(best)) {
                best = c.getKey();
                bestScore = score;
            }
        }
        return best;
    }
}
