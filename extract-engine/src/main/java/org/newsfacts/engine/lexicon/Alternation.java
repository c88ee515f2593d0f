package org.newsfacts.engine.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A word list as a regex alternation that is quick to try at every position of a text. A plain
 * alternation of a hundred words makes {@code find()} try each word at each character; here the
 * words are grouped by their first letter, each group behind a look-ahead on that letter
 * ({@code (?=[cCpP…])(?:(?=[cC])(?:chief|chairman)|(?=[pP])(?:president)|…)}), so a position is tried
 * against one group at most, and one with none of the first letters is left after one test.
 * <p>
 * It matches what the plain alternation matches, preferring the same word: two words of different
 * groups cannot both match at one position (their first letters differ, also ignoring case), and
 * within a group the words keep their order. Words that do not open with a letter or digit are
 * joined plainly.
 */
public final class Alternation {

    private Alternation() {}

    /**
     * The words, in the order the alternation prefers them, each written as a regex by {@code regex}
     * (which must match text opening with the word's own first character, as {@code Pattern.quote} does).
     */
    public static String of(List<String> words, Function<String, String> regex) {
        Map<Character, List<String>> groups = new LinkedHashMap<>();
        for (String w : words) {
            if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0)) || w.charAt(0) > 127) {
                return String.join("|", words.stream().map(regex).toList());
            }
            groups.computeIfAbsent(Character.toLowerCase(w.charAt(0)), k -> new ArrayList<>())
                    .add(regex.apply(w));
        }
        List<String> out = new ArrayList<>();
        StringBuilder firsts = new StringBuilder();
        for (Map.Entry<Character, List<String>> g : groups.entrySet()) {
            char lower = g.getKey();
            char upper = Character.toUpperCase(lower);
            String first = lower == upper ? String.valueOf(lower) : "" + lower + upper;
            firsts.append(first);
            out.add("(?=[" + first + "])(?:" + String.join("|", g.getValue()) + ")");
        }
        // all first letters in one look-ahead before the groups: a place none opens (a space, a word's end) is left
        // after one character test instead of a test per group
        return "(?=[" + firsts + "])(?:" + String.join("|", out) + ")";
    }

    /**
     * The first word of each phrase, lower case, leaving out those that hold a shorter one ("buys" holds "buy"):
     * a text holding none of them (lower-cased) cannot match a case-insensitive alternation of the phrases,
     * a cheap test before trying one at every character.
     */
    public static String[] firstWords(Collection<String> phrases) {
        List<String> firsts = new ArrayList<>();
        for (String p : phrases) {
            firsts.add(p.toLowerCase(Locale.ROOT).strip().split("\\s", 2)[0]);
        }
        firsts.sort(Comparator.comparingInt(String::length));
        List<String> kept = new ArrayList<>();
        for (String w : firsts) {
            if (kept.stream().noneMatch(w::contains)) {
                kept.add(w);
            }
        }
        return kept.toArray(String[]::new);
    }
}
