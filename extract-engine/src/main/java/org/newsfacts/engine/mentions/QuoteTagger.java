package org.newsfacts.engine.mentions;

import org.newsfacts.engine.Document;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.Quote;
import org.newsfacts.engine.Sentence;
import org.newsfacts.engine.Span;
import org.newsfacts.engine.Stage;
import org.newsfacts.engine.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotations (double quote marks, straight or curly, within one paragraph) and their speakers.
 * A quotation counts when its sentences attribute it ("said", "noted", "calling it", "put it:" …,
 * see verbs.tsv); the speaker is the person named (or referred to: "Wu", "He") after the quote
 * ("…,” Wu said) else before it; an attributed quote without a named person ("one analyst said") has
 * no speaker. Unattributed words in quote marks are scare quotes, not quotations.
 */
public final class QuoteTagger implements Stage {

    private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"\\n]{2,2000}?)[”\"]");
    private final Pattern attribution = Pattern.compile("\\b(?:" + Lexicon.get().cueAlternation("SAY") + ")\\b",
            Pattern.CASE_INSENSITIVE);

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
        List<Mention> people = new ArrayList<>();
        for (Mention m : document.get(Layers.ENTITIES)) {
            if (m.kind() == Mention.Kind.PERSON) {
                people.add(m);
            }
        }
        for (Mention m : document.get(Layers.REFERENCES)) {
            if (m.kind() == Mention.Kind.PERSON) {
                people.add(m);
            }
        }
        people.sort(Comparator.comparingInt(m -> m.span().start()));
        List<Quote> quotes = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            Sentence first = containing(sentences, m.start());
            Sentence last = containing(sentences, m.end() - 1);
            if (first == null || last == null) {
                continue;
            }
            int from = first.span().start();
            int to = last.span().end();
            String before = text.substring(from, m.start());
            String after = text.substring(m.end(), to);
            if (!attribution.matcher(before).find() && !attribution.matcher(after).find()) {
                continue;
            }
            String speaker = speaker(people, m.end(), to, true);
            if (speaker == null) {
                speaker = speaker(people, from, m.start(), false);
            }
            String words = m.group(1).strip();
            quotes.add(new Quote(new Span(m.start(1), m.end(1)), words, speaker, new Span(from, to)));
        }
        document.put(Layers.QUOTES, quotes);
    }

    private static String speaker(List<Mention> people, int from, int to, boolean firstOne) {
        String found = null;
        for (Mention p : people) {
            if (p.span().start() >= from && p.span().end() <= to) {
                found = p.canonical();
                if (firstOne) {
                    return found;
                }
            }
        }
        return found;
    }

    private static Sentence containing(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return sentences.get(mid);
            }
        }
        return null;
    }
}
