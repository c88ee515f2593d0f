package org.newsfacts.engine.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.engine.Clause;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.lexicon.Alternation;
import org.newsfacts.engine.lexicon.Resources;

/**
 * Cue words and slot helpers of the broad deal readings (the {@code broaden} hooks of the stake, partnership and
 * market-share rules). The words are in {@code lexicon/deal-cues.tsv}, one word and its kind a line.
 */
final class DealCues {

    private static final Map<String, List<String>> BY_KIND = new LinkedHashMap<>();

    static {
        for (String line : Resources.lines("deal-cues.tsv")) {
            String[] kv = line.split("\t", 2);
            if (kv.length != 2) {
                throw new IllegalStateException("deal-cues.tsv: expected two columns in '" + line + "'");
            }
            BY_KIND.computeIfAbsent(kv[1].strip(), k -> new ArrayList<>()).add(kv[0].strip());
        }
    }

    private DealCues() {}

    /** The cue words of one kind as a whole-word regex (case-insensitive), longest first. */
    static Pattern cue(String kind) {
        List<String> words = new ArrayList<>(BY_KIND.getOrDefault(kind, List.of()));
        if (words.isEmpty()) {
            throw new IllegalStateException("deal-cues.tsv: no cue of kind " + kind);
        }
        words.sort(Comparator.comparingInt(String::length).reversed());
        String alt = Alternation.of(words, w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
        return Pattern.compile("\\b(?:" + alt + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /**
     * The first word of each cue of one kind, lower case, leaving out those that hold a shorter one ("buys" holds
     * "buy"): a clause holding none of them cannot match the kind's pattern (a cheap test before trying it).
     */
    static String[] firstWords(String kind) {
        return Alternation.firstWords(BY_KIND.getOrDefault(kind, List.of()));
    }

    private static final Pattern SLOT = Pattern.compile("\\b(ORG|PER|LOC|MED|PRD|MON|PCT|SHR|TIM)_(\\d+)('s)?");
    /** The first slot of a kind in [from, to), or null. */
    static Mention first(Clause c, String kind, int from, int to) {
        Matcher m = SLOT.matcher(c.masked());
        while (m.find()) {
            if (m.start() >= from && m.start() < to && m.group(1).equals(kind)) {
                return c.slot(m.group(1) + "_" + m.group(2));
            }
        }
        return null;
    }

    /** The last slot of a kind in [from, to), or null. */
    static Mention last(Clause c, String kind, int from, int to) {
        Matcher m = SLOT.matcher(c.masked());
        Mention found = null;
        while (m.find()) {
            if (m.start() >= from && m.start() < to && m.group(1).equals(kind)) {
                found = c.slot(m.group(1) + "_" + m.group(2));
            }
        }
        return found;
    }

    /** The organisation or person whose possessive ends right before {@code pos} ("Alpha's planned …", "Alpha's stake"), with up to {@code words} words between. */
    static Mention possessiveBefore(Clause c, int pos, int words) {
        Matcher m = POSSESSIVE_BEFORE
                .computeIfAbsent(
                        words, n -> Pattern.compile("\\b((?:ORG|PER)_\\d+)'s\\s+(?:[\\w-]+\\s+){0," + n + "}$"))
                .matcher(c.masked().substring(0, pos));
        return m.find() ? c.slot(m.group(1)) : null;
    }

    /** The pattern of {@link #possessiveBefore} for each number of words between, compiled once. */
    private static final Map<Integer, Pattern> POSSESSIVE_BEFORE = new java.util.concurrent.ConcurrentHashMap<>();

    static boolean same(Mention a, Mention b) {
        return a == null || b == null || a.canonical().equals(b.canonical());
    }
}
