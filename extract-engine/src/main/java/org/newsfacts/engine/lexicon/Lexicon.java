package org.newsfacts.engine.lexicon;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacts.engine.mentions.OrgNames;
import org.newsfacts.model.Direction;

/**
 * The engine's word lists (resource files beside this class), loaded once and shared read-only by
 * the stages. Lookups of names are exact on the written form after {@link OrgNames#canonical}.
 */
public final class Lexicon {

    private static final Lexicon INSTANCE = new Lexicon();

    // Read-only views: the stages share one instance across threads, and a stage that changed a list
    // would change every other stage's reading; unmodifiable views make such a change fail at once.
    public final Map<String, String> titles;
    public final Map<String, String> companies;
    public final Map<String, String> places;
    public final Set<String> media;
    public final Map<String, String> products;
    public final Set<String> nonEntities;
    public final Set<String> functionWords;
    public final Set<String> firstNames;
    /** Lower-case English words (english-words.txt), loaded once for every stage that asks whether a word is a word. */
    public final Set<String> englishWords;

    public final Map<String, String> metrics;
    public final Map<String, Direction> directions;
    public final Map<String, String> markets;
    public final Map<String, String> cues;

    private Lexicon() {
        titles = Collections.unmodifiableMap(Resources.pairs("titles.txt", "="));
        media = Collections.unmodifiableSet(new HashSet<>(Resources.lines("media.txt")));
        products = Collections.unmodifiableMap(Resources.pairs("products.tsv", "\t"));
        nonEntities = Collections.unmodifiableSet(new HashSet<>(Resources.lines("non-entities.txt")));
        functionWords = Collections.unmodifiableSet(new HashSet<>(Resources.lines("function-words.txt")));
        firstNames = Collections.unmodifiableSet(new HashSet<>(Resources.lines("first-names.txt")));
        englishWords = Set.copyOf(Resources.lines("english-words.txt"));
        metrics = Collections.unmodifiableMap(Resources.pairs("metrics.tsv", "\t"));
        directions = Collections.unmodifiableMap(Resources.directions("directions.tsv"));
        markets = Collections.unmodifiableMap(Resources.pairs("markets.tsv", "\t"));
        cues = Collections.unmodifiableMap(Resources.pairs("verbs.tsv", "\t"));
        Map<String, String> companyNames = new HashMap<>();
        for (Map.Entry<String, String> e :
                Resources.pairs("companies.tsv", "\t").entrySet()) {
            companyNames.put(e.getKey(), e.getKey());
            for (String alias : e.getValue().split("\\|")) {
                companyNames.put(OrgNames.canonical(alias.strip()), e.getKey());
            }
        }
        companies = Collections.unmodifiableMap(companyNames);
        Map<String, String> placeNames = new HashMap<>();
        for (Map.Entry<String, String> e : Resources.pairs("places.tsv", "\t").entrySet()) {
            placeNames.put(e.getKey(), e.getKey());
            for (String alias : e.getValue().split("\\|")) {
                placeNames.put(alias.strip(), e.getKey());
            }
        }
        places = Collections.unmodifiableMap(placeNames);
    }

    public static Lexicon get() {
        return INSTANCE;
    }

    /** The role value of a title ("chief executive" → CEO); plurals ("analysts") too; null if none. */
    public String role(String title) {
        String t = key(title);
        String role = titles.get(t);
        if (role == null && t.endsWith("s")) {
            role = titles.get(t.substring(0, t.length() - 1));
        }
        return role;
    }

    /** Cue words of one kind (verbs.tsv), as a regex alternation of whole words, longest first. */
    public String cueAlternation(String kind) {
        return alternation(cueWords(kind));
    }

    /** Cue words of one kind (verbs.tsv), in file order. */
    public List<String> cueWords(String kind) {
        return cues.entrySet().stream()
                .filter(e -> e.getValue().equals(kind))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Titles, singular and plural, as a regex alternation. */
    public String titleAlternation() {
        return alternation(titles.keySet().stream()
                .flatMap(t -> java.util.stream.Stream.of(t, t + "s"))
                .toList());
    }

    public String directionAlternation() {
        return alternation(List.copyOf(directions.keySet()));
    }

    public String metricAlternation() {
        return alternation(List.copyOf(metrics.keySet()));
    }

    public Direction direction(String word) {
        return directions.get(key(word));
    }

    public String metric(String phrase) {
        return metrics.get(key(phrase));
    }

    /** Lower case, every run of white space one space: the form the word lists are keyed by (no regex: a hot path). */
    public static String key(String phrase) {
        StringBuilder out = new StringBuilder(phrase.length());
        boolean space = false;
        for (int i = 0; i < phrase.length(); i++) {
            char ch = phrase.charAt(i);
            if (Character.isWhitespace(ch)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(Character.toLowerCase(ch));
        }
        return out.toString();
    }

    static String alternation(List<String> words) {
        return Alternation.of(
                words.stream().sorted((a, b) -> b.length() - a.length()).toList(),
                w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
    }
}
