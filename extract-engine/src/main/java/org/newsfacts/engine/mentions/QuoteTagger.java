package org.newsfacts.engine.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.Quote;
import org.newsfacts.engine.Sentence;
import org.newsfacts.engine.Span;
import org.newsfacts.engine.Stage;
import org.newsfacts.engine.lexicon.Lexicon;

/**
 * Finds quotations (double quote marks, straight or curly, within one paragraph) and their speakers.
 * A quotation counts when its sentences attribute it with a speech verb ("said", "told", "added",
 * "according to" …, see verbs.tsv) and name who speaks: the person or organisation next to the verb
 * ("…,” Wu said", "said chief executive Ann Lee", "Acme said in a statement: “…”", "he added", "the
 * company said"), a person preferred over the organisation in the same phrase ("Ann Lee of Acme
 * said"). Quotations of fewer than three words are scare quotes; anonymous speakers ("a spokesman
 * said", "analysts said") and unattributed quotations give no speaker, and no fact.
 */
public final class QuoteTagger implements Stage {

    private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"\\n]{2,2000}?)[”\"]");
    /** How far from its verb a speaker may stand: "Ann Lee, an analyst at Acme Securities, said". */
    private static final int REACH_BEFORE = 90;

    private static final int REACH_AFTER = 70;
    /** Speakers nobody can check. */
    private static final Pattern ANONYMOUS = Pattern.compile(
            "\\b(?:[Aa]|[Oo]ne|[Aa]nother|[Ss]ome|[Tt]he)\\s+(?:[\\w&.-]+\\s+){0,2}?(?:spokes(?:man|woman|person)|analysts?|sources?|source close|"
                    + "insiders?|officials?|observers?|executives?|traders?|economists?|people|person|critics?|dealers?|experts?)\\b"
                    + "|\\b(?:[Aa]nalysts|[Ss]ources|[Oo]bservers|[Tt]raders|[Cc]ritics|[Ee]xperts|[Ee]conomists|[Ii]nsiders)\\b");

    private static final Pattern PUNCTUATION = Pattern.compile("[,.;:“”\"()]");
    private static final Pattern QUOTE_MARK = Pattern.compile("[“”\"]");
    private static final Pattern PREPOSITION_END =
            Pattern.compile("\\b(?:on|in|at|via|through|from|to|with|for|by|of)\\s+(?:the\\s+)?$");
    private static final Pattern PARTICIPLE = Pattern.compile("(?i)calling it|adding|saying|noting|describing it as");
    private static final Pattern CONTINUED = Pattern.compile("\\b(?:but|and)\\s+(?:also\\s+|later\\s+)?$");
    /** An organisation naming whose person speaks: "an Acme official", "the Acme spokesman". */
    private static final Pattern HEAD_NOUN = Pattern.compile(
            "\\s+(?:[\\w-]+\\s+)?(?:spokes(?:man|woman|person)|officials?|sources?|insiders?|executives?|analysts?|employees?|staff)\\b(?!,?\\s+[A-Z])");
    /** What may follow a speaker named after the verb: the end, punctuation, "in a statement", "on Monday", "of Acme" … */
    private static final Pattern SPEAKER_END = Pattern.compile(
            "\\s*(?:$|[,.;:!?”\"’)\\-–—(]|(?:in|on|at|of|from|last|this|earlier|during|told|while|when|adding|as|after|before"
                    + "|who|whose|which|yesterday|today|chief|president|chairman|ceo|analyst|and)\\b)");

    private static final Pattern THAT = Pattern.compile("\\bthat\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private final Pattern attribution =
            Pattern.compile("\\b(?:" + Lexicon.get().cueAlternation("SAY") + ")\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.CONTENT, Layers.ENTITIES, Layers.REFERENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.QUOTES);
    }

    @Override
    public void process(Document document) {
        String text = document.text();
        List<Sentence> sentences = document.get(Layers.CONTENT);
        List<Mention> agents = new ArrayList<>();
        for (Mention m : document.get(Layers.ENTITIES)) {
            if (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.ORG || m.kind() == Mention.Kind.MEDIA) {
                agents.add(m);
            }
        }
        for (Mention m : document.get(Layers.REFERENCES)) {
            if (m.kind() == Mention.Kind.PERSON
                            && !m.text().equalsIgnoreCase("his")
                            && !m.text().equalsIgnoreCase("her")
                    || m.kind() == Mention.Kind.ORG && !m.text().equalsIgnoreCase("its")) {
                agents.add(m);
            }
        }
        agents.sort(Comparator.comparingInt(m -> m.span().start()));
        List<Quote> quotes = new ArrayList<>();
        Said previous = null;
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            int firstIndex = containing(sentences, m.start());
            int lastIndex = containing(sentences, m.end() - 1);
            if (firstIndex < 0 || lastIndex < 0 || words(m.group(1)) < 3) {
                continue;
            }
            Sentence first = sentences.get(firstIndex);
            Sentence last = sentences.get(lastIndex);
            int from = first.span().start();
            int to = last.span().end();
            Mention speaker = speaker(text, agents, m.start(), m.end(), from, to);
            if (speaker == null
                    && previous != null
                    && text.substring(from, m.start()).isBlank()
                    && firstIndex - previous.sentence() == 1
                    && !attribution.matcher(text.substring(from, to)).find()) {
                speaker = previous.speaker(); // a quotation that goes on in the next sentence: the same speaker
            }
            if (speaker == null) {
                previous = null;
                continue;
            }
            previous = new Said(speaker, lastIndex);
            String words = m.group(1).strip().replaceFirst("[,.]$", "");
            quotes.add(new Quote(
                    new Span(m.start(1), m.end(1)),
                    words,
                    speaker.canonical(),
                    speaker.kind() == Mention.Kind.PERSON,
                    new Span(from, to)));
        }
        document.put(Layers.QUOTES, quotes);
    }

    /** Who spoke last, and the index of the content sentence the quotation ended in. */
    private record Said(Mention speaker, int sentence) {}

    /** How many words a stretch of text has (a quotation of fewer than three is a scare quote). */
    public static int words(String s) {
        Matcher w = WORD.matcher(s);
        int n = 0;
        while (w.find()) {
            n++;
        }
        return n;
    }

    /**
     * The speaker of the quotation at [qStart, qEnd) in the sentences [from, to): the agent next to
     * the first speech verb after the quotation, else next to the last one before it; null when the
     * speech verb has no named speaker.
     */
    private Mention speaker(String text, List<Mention> agents, int qStart, int qEnd, int from, int to) {
        Matcher verb = attribution.matcher(text).region(qEnd, nextQuote(text, qEnd, to));
        if (verb.find()) {
            Mention after = agentAt(text, agents, verb.start(), verb.end(), qEnd, to);
            if (after != null || anonymous(text.substring(qEnd, Math.min(to, verb.end() + 40)))) {
                return after;
            }
            // "Ann Lee conceded demand was “…”, but said …": no speaker after the quotation, so the one before it
        }
        Matcher before = attribution.matcher(text).region(from, qStart);
        int vs = -1;
        int ve = -1;
        while (before.find()) {
            vs = before.start();
            ve = before.end();
        }
        return vs < 0 ? null : agentAt(text, agents, vs, ve, from, qStart);
    }

    private static int nextQuote(String text, int at, int to) {
        Matcher q = QUOTED.matcher(text).region(at, to);
        return q.find() ? q.start() : to;
    }

    /** The agent that speaks through the verb at [vs, ve), looked for within [lo, hi). */
    private static Mention agentAt(String text, List<Mention> agents, int vs, int ve, int lo, int hi) {
        Mention adjacent = null;
        for (Mention a : agents) {
            if (a.span().end() <= vs
                    && a.span().start() >= lo
                    && text.substring(a.span().end(), vs).isBlank()) {
                adjacent = a; // "Ann Lee said", "the company said"
            }
        }
        if (adjacent != null && adjacent.kind() != Mention.Kind.PERSON) {
            // "Ann Lee on Twitter called it …": an organisation after a preposition is where, not who
            String lead = text.substring(
                    Math.max(lo, adjacent.span().start() - 40), adjacent.span().start());
            Matcher prep = PREPOSITION_END.matcher(lead);
            if (prep.find()) {
                Mention person = null;
                for (Mention a : agents) {
                    if (a.kind() == Mention.Kind.PERSON
                            && a.span().end() <= adjacent.span().start()
                            && a.span().start() >= lo
                            && text.substring(a.span().end(), adjacent.span().start())
                                    .matches("\\s+(?:on|in|at|via|through)\\s+(?:the\\s+)?")) {
                        person = a;
                    }
                }
                return person;
            }
        }
        if (adjacent != null) {
            return anonymousBefore(text, lo, adjacent) ? null : adjacent;
        }
        // "said Acme chief executive Ann Lee", "said the company" (but "told Reuters": a listener)
        Mention after = null;
        boolean told = text.substring(vs, ve).equalsIgnoreCase("told");
        for (Mention a : told ? List.<Mention>of() : agents) {
            if (a.span().start() < ve || a.span().end() > Math.min(hi, ve + REACH_AFTER)) {
                continue;
            }
            String gap = text.substring(
                    after == null ? ve : after.span().end(), a.span().start());
            if (PUNCTUATION.matcher(gap).find() || THAT.matcher(gap).find()) {
                break; // "said that Ann Lee would …": the reported clause's subject, not the speaker
            }
            if (after == null && anonymous(gap)) {
                return null;
            }
            if (after != null && a.kind() != Mention.Kind.PERSON) {
                break;
            }
            after = a;
            if (a.kind() == Mention.Kind.PERSON) {
                break;
            }
        }
        if (after != null && after.kind() != Mention.Kind.PERSON) {
            String next = text.substring(
                    after.span().end(), Math.min(text.length(), after.span().end() + 30));
            if (HEAD_NOUN.matcher(next).lookingAt()
                    || !SPEAKER_END.matcher(next).lookingAt()) {
                return null; // "said a Meti official": anonymous; "said the firm will …": the reported clause's subject
            }
        }
        if (after != null) {
            return after;
        }
        // "Ann Lee, an analyst at Acme, said"; "Acme, which makes tools, said in a statement"
        Mention person = null;
        Mention org = null;
        int floor = Math.max(lo, vs - REACH_BEFORE);
        for (Mention a : agents) {
            if (a.span().start() >= floor && a.span().end() <= vs) {
                if (a.kind() == Mention.Kind.PERSON) {
                    person = a;
                } else {
                    org = a;
                }
            }
        }
        if (PARTICIPLE.matcher(text.substring(vs, ve)).matches()
                || CONTINUED.matcher(text.substring(lo, vs)).find()) {
            // "Acme would not comment on the talks but said in a note …": the sentence's subject speaks
            // "Ann Lee noted the budget beat her forecast, calling it “…”": the sentence's subject speaks.
            return firstSubject(text, agents, lo, vs);
        }
        Mention chosen = person != null ? person : org;
        if (chosen == null) {
            return null;
        }
        String gap = text.substring(chosen.span().end(), vs);
        if (anonymous(gap) || QUOTE_MARK.matcher(gap).find() || !gap.strip().startsWith(",")) {
            return null;
        }
        return chosen;
    }

    /** The sentence's subject before a participle's clause: its first person, else its first organisation. */
    private static Mention firstSubject(String text, List<Mention> agents, int lo, int vs) {
        Mention first = null;
        for (Mention a : agents) {
            if (a.span().start() >= lo && a.span().end() <= vs) {
                if (a.kind() == Mention.Kind.PERSON) {
                    return anonymous(text.substring(lo, a.span().start())) ? null : a;
                }
                first = first == null ? a : first;
            }
        }
        return first == null || anonymous(text.substring(lo, first.span().start())) ? null : first;
    }

    /** "One analyst at Acme said": an anonymous head before the named organisation. */
    private static boolean anonymousBefore(String text, int lo, Mention agent) {
        if (agent.kind() == Mention.Kind.PERSON) {
            return false;
        }
        return ANONYMOUS
                .matcher(text.substring(
                        Math.max(lo, agent.span().start() - 30), agent.span().start()))
                .find();
    }

    private static boolean anonymous(String gap) {
        return ANONYMOUS.matcher(gap).find();
    }

    /** The index of the content sentence holding {@code offset}, or -1 (binary search: sentences are in text order). */
    private static int containing(List<Sentence> sentences, int offset) {
        return Span.indexHolding(sentences, Sentence::span, offset);
    }
}
