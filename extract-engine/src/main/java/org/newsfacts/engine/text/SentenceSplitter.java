package org.newsfacts.engine.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Sentence;
import org.newsfacts.engine.Span;
import org.newsfacts.engine.Stage;
import org.newsfacts.engine.lexicon.Resources;

/**
 * Splits the body into sentences, keeping offsets. A line break always ends a sentence (headlines,
 * captions and paragraphs often have no full stop); '.', '!' and '?' end one when followed, past any
 * closing quote or bracket, by white space and a capital, digit or opening quote — unless the word
 * before the stop is a known abbreviation or an initial.
 */
public final class SentenceSplitter implements Stage {

    private final Set<String> abbreviations = new HashSet<>(Resources.lines("abbreviations.txt"));

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public void process(Document document) {
        String text = document.text();
        List<Span> spans = split(text);
        List<Sentence> sentences = new ArrayList<>(spans.size());
        int line = 0;
        int scanned = 0;
        for (Span span : spans) {
            for (int i = scanned; i < span.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            scanned = span.start();
            sentences.add(new Sentence(span, line, isTitleCase(text, span)));
        }
        document.put(Layers.SENTENCES, sentences);
    }

    /** A headline: no closing stop, and most words of four letters or more start with a capital. */
    static boolean isTitleCase(String text, Span span) {
        char last = text.charAt(span.end() - 1);
        if (last == '.' || last == '"' || last == '”') {
            return false;
        }
        int words = 0;
        int capitals = 0;
        int i = span.start();
        while (i < span.end()) {
            while (i < span.end() && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < span.end() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - start >= 4) {
                words++;
                if (Character.isUpperCase(text.charAt(start))) {
                    capitals++;
                }
            }
        }
        return words >= 2 && capitals * 10 >= words * 7;
    }

    List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(text, start, i, sentences);
                start = i + 1;
            } else if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                if (end < n && !Character.isWhitespace(text.charAt(end))) {
                    continue;
                }
                int next = end;
                while (next < n && text.charAt(next) == ' ') {
                    next++;
                }
                boolean startsNew = next >= n || text.charAt(next) == '\n' || startsSentence(text.charAt(next));
                if (startsNew && !(c == '.' && isAbbreviation(text, i))) {
                    add(text, start, end, sentences);
                    start = end;
                    i = end - 1;
                }
            }
        }
        add(text, start, n, sentences);
        return sentences;
    }

    private boolean isAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, dot);
        if (word.isEmpty()) {
            return false;
        }
        return abbreviations.contains(word) || (word.length() == 1 && Character.isUpperCase(word.charAt(0)));
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c)
                || Character.isDigit(c)
                || c == '"'
                || c == '“'
                || c == '‘'
                || c == '\''
                || c == '('
                || c == '$'
                || c == '£'
                || c == '€';
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
