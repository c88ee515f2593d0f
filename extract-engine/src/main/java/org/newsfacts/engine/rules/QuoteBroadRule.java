package org.newsfacts.engine.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.newsfacts.engine.Quote;
import org.newsfacts.engine.Span;
import org.newsfacts.engine.Stage;
import org.newsfacts.engine.lexicon.Lexicon;
import org.newsfacts.engine.lexicon.Resources;
import org.newsfacts.engine.mentions.QuoteTagger;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.FactType;

/**
 * Broad QUOTE candidates: every quotation of three words or more with the speakers a reader could
 * mean, for the learned decision to weigh (the precise speaker is QuoteTagger's). Speakers, each
 * reading with its own confidence so that the model weighs the kinds apart:
 * <ul>
 *   <li>a person named in the quotation's sentences outside the marks (next to a speech verb, or
 *   not: "Ada Brill forecast growth “…”", "“…,” Ada Brill confirmed");</li>
 *   <li>when no person is named there, an organisation of those sentences ("the letter from Acme said");</li>
 *   <li>when no one is named there, the one who spoke last (within a few sentences) and the people of the
 *   sentences before and after: a quotation that goes on after "he said", or whose speaker the next
 *   sentence names.</li>
 * </ul>
 * A quotation opening a paragraph without closing mark runs to the paragraph's end (the convention for
 * a quotation going on in the next paragraph). People the entity tagger missed are read again
 * ({@link PersonNames}).
 */
public final class QuoteBroadRule implements Stage {

    private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"\\n]{2,2000}?)[”\"]");
    /** A paragraph that opens a quotation and does not close it. */
    private static final Pattern OPEN_PARAGRAPH = Pattern.compile("(?m)^[ \\t]*[“\"]([^“”\"\\n]{2,2000})$");

    private static final Pattern PRONOUN_POSSESSIVE = Pattern.compile("(?i)his|her|its|their");
    /** Verbs of saying beyond verbs.tsv's, for the broad readings only (speech-verbs.txt). */
    private static final Pattern SPEECH = Pattern.compile(
            "\\b(?:" + Lexicon.get().cueAlternation("SAY") + "|" + String.join("|", Resources.lines("speech-verbs.txt"))
                    + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /** How many sentences back the last speaker is still speaking. */
    private static final int LAST_SPEAKER_REACH = 3;

    private static final int MAX_SPEAKERS = 3;

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.CLAUSES, Layers.QUOTES, Layers.CANDIDATES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of();
    }

    @Override
    public void process(Document document) {
        String text = document.text();
        List<Clause> clauses = new ArrayList<>();
        for (Clause c : document.get(Layers.CLAUSES)) {
            clauses.add(PersonNames.repaired(c, text));
        }
        if (clauses.isEmpty()) {
            return;
        }
        Set<String> precise = new HashSet<>();
        for (Quote q : document.get(Layers.QUOTES)) {
            precise.add(q.speaker() + "|" + q.text());
        }
        List<Candidate> candidates = document.get(Layers.CANDIDATES);
        List<int[]> spans = quotations(text);
        Mention lastSpeaker = null;
        int lastSentence = -10;
        for (int[] q : spans) {
            int first = containing(clauses, q[0]);
            int last = containing(clauses, q[1] - 1);
            String words =
                    text.substring(q[0], q[1]).strip().replaceFirst("[,.]$", "").strip();
            if (first < 0 || last < 0 || QuoteTagger.words(words) < 3) {
                continue;
            }
            Map<String, Speaker> speakers = new LinkedHashMap<>();
            boolean person = false;
            for (int i = first; i <= last; i++) {
                for (Mention m : clauses.get(i).slots()) {
                    if (m.kind() == Mention.Kind.PERSON && outside(m, q) && speaking(m)) {
                        boolean verb = nearVerb(text, clauses.get(i), m);
                        put(speakers, m, verb ? 0.7 : 0.6);
                        person = true;
                        if (m.reference()
                                && lastSpeaker != null
                                && first - lastSentence <= LAST_SPEAKER_REACH
                                && lastSpeaker.kind() == Mention.Kind.PERSON) {
                            put(
                                    speakers,
                                    lastSpeaker,
                                    0.67); // "he added": whoever spoke last, whatever the pronoun was resolved to
                        }
                    }
                }
            }
            if (!person) {
                for (int i = first; i <= last; i++) {
                    for (Mention m : clauses.get(i).slots()) {
                        if (m.kind() == Mention.Kind.ORG && outside(m, q) && speaking(m) && m.canonical() != null) {
                            put(speakers, m, nearVerb(text, clauses.get(i), m) ? 0.55 : 0.45);
                        }
                    }
                }
                if (lastSpeaker != null && first - lastSentence <= LAST_SPEAKER_REACH) {
                    put(speakers, lastSpeaker, 0.65);
                }
                if (first > 0) {
                    for (Mention m : clauses.get(first - 1).slots()) {
                        if (m.kind() == Mention.Kind.PERSON && speaking(m)) {
                            put(speakers, m, 0.5);
                        }
                    }
                }
                if (last + 1 < clauses.size()
                        && SPEECH.matcher(clauses.get(last + 1).masked()).find()) {
                    for (Mention m : clauses.get(last + 1).slots()) {
                        if (m.kind() == Mention.Kind.PERSON && speaking(m)) {
                            put(speakers, m, 0.4);
                        }
                    }
                }
            }
            Mention tagged = taggedSpeaker(document, q);
            Span evidence = new Span(
                    clauses.get(first).sentence().span().start(),
                    clauses.get(last).sentence().span().end());
            int n = 0;
            Speaker best = null;
            for (Speaker s : speakers.values()) {
                if (best == null || s.confidence > best.confidence) {
                    best = s;
                }
                if (n++ >= MAX_SPEAKERS || tagged != null || precise.contains(s.mention.canonical() + "|" + words)) {
                    continue;
                }
                boolean isPerson = s.mention.kind() == Mention.Kind.PERSON;
                candidates.add(Candidate.broad(
                        FactBuilder.of(
                                        FactType.QUOTE,
                                        s.mention.canonical(),
                                        FactBuilder.evidence(evidence.of(text), evidence.start(), evidence.end()))
                                .subjectType(isPerson ? EntityType.PERSON : EntityType.ORGANIZATION)
                                .text(words)
                                .confidence(s.confidence)
                                .build(),
                        name()));
            }
            // who speaks now: the tagger's speaker of this quotation, else the person named beside it
            if (tagged != null
                    || best != null && best.confidence >= 0.6 && best.mention.kind() == Mention.Kind.PERSON) {
                lastSpeaker = tagged != null ? tagged : best.mention;
                lastSentence = last;
            }
        }
    }

    private record Speaker(Mention mention, double confidence) {}

    private static void put(Map<String, Speaker> speakers, Mention m, double confidence) {
        Speaker old = speakers.get(m.canonical());
        if (old == null || old.confidence < confidence) {
            speakers.put(m.canonical(), new Speaker(m, confidence));
        }
    }

    /** The speaker QuoteTagger gave the quotation at {@code q}, or null. */
    private static Mention taggedSpeaker(Document document, int[] q) {
        for (Quote t : document.get(Layers.QUOTES)) {
            if (t.span().start() <= q[1] && t.span().end() >= q[0]) {
                return Mention.entity(
                        t.person() ? Mention.Kind.PERSON : Mention.Kind.ORG, t.span(), t.speaker(), t.speaker());
            }
        }
        return null;
    }

    /** The quotations' inner spans, in text order: paired marks, and paragraphs that open a quotation without closing it. */
    private static List<int[]> quotations(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(1), m.end(1)});
        }
        Matcher p = OPEN_PARAGRAPH.matcher(text);
        while (p.find()) {
            out.add(new int[] {p.start(1), p.end(1)}); // no closing mark on the line: no paired quotation overlaps it
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    private static boolean outside(Mention m, int[] q) {
        return m.span().end() <= q[0] || m.span().start() >= q[1];
    }

    /** Whether a mention can speak: not a possessive pronoun ("his", "its"). */
    private static boolean speaking(Mention m) {
        return m.canonical() != null
                && !(m.reference() && PRONOUN_POSSESSIVE.matcher(m.text()).matches());
    }

    /** Whether a verb of saying stands within a few words of the mention in its sentence. */
    private static boolean nearVerb(String text, Clause c, Mention m) {
        int lo = Math.max(c.sentence().span().start(), m.span().start() - 25);
        int hi = Math.min(c.sentence().span().end(), m.span().end() + 45);
        return SPEECH.matcher(text.substring(lo, hi)).find();
    }

    private static int containing(List<Clause> clauses, int offset) {
        return Span.indexHolding(clauses, c -> c.sentence().span(), offset);
    }
}
