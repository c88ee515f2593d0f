package org.newsfacts.engine.mentions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.Span;
import org.newsfacts.engine.Stage;
import org.newsfacts.engine.text.DatelineReader;

/**
 * Finds periods and resolves them to ISO forms: "over the next three years" → P3Y, "the quarter
 * ending in December" → 2024-Q4 (for an article of February 2025), "fourth quarter 2024" → 2024-Q4,
 * "this fiscal year" → FY2025, "in 2025" → 2025, "year-to-date" → 2025, "last year" → 2024,
 * "December 2024" → 2024-12. The longest match wins where patterns overlap.
 */
public final class PeriodTagger implements Stage {

    private static final String MONTHS =
            "January|February|March|April|May|June|July|August|September|October|November|December";
    /** The first letters of the months' names. */
    private static final String MONTH_OPENINGS = "jfmasond";

    private static final String COUNT = "\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty";

    /** {@code onYear}: every match holds a four-digit year, so the rule is tried around years only. */
    private record Rule(Pattern pattern, BiFunction<Matcher, LocalDate, String> iso, boolean onYear) {}

    private static final List<Rule> RULES = List.of(
            rule(
                    "oidwf",
                    "\\b(?:over|in|during|within|for) the (?:next|coming|past|last|following) (" + COUNT
                            + ") (years?|months?|weeks?)\\b",
                    (m, d) -> PeriodNormalizer.duration(m.group(1), m.group(2))),
            rule(
                    "o",
                    "\\bover (" + COUNT + ") (years?|months?)\\b",
                    (m, d) -> PeriodNormalizer.duration(m.group(1), m.group(2))),
            rule(
                    "tq",
                    "\\b(?:the )?(?:quarter|three months) (?:ending|ended|to the end of)(?: in)? (" + MONTHS
                            + ")(?: ((?:19|20)\\d\\d))?\\b",
                    (m, d) -> PeriodNormalizer.quarterEndingIn(m.group(1), year(m.group(2)), d)),
            rule(
                    "t" + MONTH_OPENINGS,
                    "\\b(?:the )?(" + MONTHS + ") quarter(?: of ((?:19|20)\\d\\d))?\\b",
                    (m, d) -> PeriodNormalizer.quarterEndingIn(m.group(1), year(m.group(2)), d)),
            rule(
                    "tfs1-4",
                    "\\b(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?: of)?(?: (?:fiscal )?((?:19|20)\\d\\d))?\\b",
                    (m, d) -> PeriodNormalizer.quarter(m.group(1), year(m.group(2)), d)),
            rule(
                    "q",
                    "\\b(Q[1-4])(?: ((?:19|20)\\d\\d))?\\b",
                    (m, d) -> PeriodNormalizer.quarter(m.group(1), year(m.group(2)), d)),
            rule(
                    "tlp",
                    "\\b(this|last|previous) quarter\\b",
                    (m, d) -> PeriodNormalizer.relativeQuarter(m.group(1), d)),
            rule(
                    "tnl",
                    "\\b(this|the current|next|last) fiscal year\\b",
                    (m, d) -> "FY" + PeriodNormalizer.relativeYear(m.group(1).replace("the current", "this"), d)),
            yearRule("f", "\\bfiscal(?: year)? ((?:19|20)\\d\\d)\\b", (m, d) -> "FY" + m.group(1)),
            rule("ys", "\\b(?:year-to-date|year to date|so far this year)\\b", (m, d) -> Integer.toString(d.getYear())),
            rule(
                    "tlnp",
                    "\\b(this|last|next|previous) year\\b",
                    (m, d) -> PeriodNormalizer.relativeYear(m.group(1), d)),
            yearRule(
                    MONTH_OPENINGS,
                    "\\b(" + MONTHS + ") (\\d{1,2}), ((?:19|20)\\d\\d)\\b",
                    (m, d) -> LocalDate.of(
                                    Integer.parseInt(m.group(3)),
                                    DatelineReader.month(m.group(1)),
                                    Integer.parseInt(m.group(2)))
                            .toString()),
            yearRule(
                    MONTH_OPENINGS,
                    "\\b(" + MONTHS + ") ((?:19|20)\\d\\d)\\b",
                    (m, d) -> m.group(2) + "-"
                            + String.format(
                                    "%02d", DatelineReader.month(m.group(1)).getValue())),
            yearRule(
                    "ibftusd12",
                    "\\b(?:(?:in|by|for|through|until|since|during|throughout|from) )?((?:19|20)\\d\\d)\\b(?![%\\d])(?![.,]\\d)",
                    (m, d) -> m.group(1)));

    private static Rule rule(String opens, String regex, BiFunction<Matcher, LocalDate, String> iso) {
        return new Rule(opening(opens, regex), iso, false);
    }

    private static Rule yearRule(String opens, String regex, BiFunction<Matcher, LocalDate, String> iso) {
        return new Rule(opening(opens, regex), iso, true);
    }

    /**
     * The rule's pattern, case-insensitive, behind a look-ahead for the characters its matches can open
     * with ({@code opens}, a character class's content: the first letters of its first words, either
     * case): the same matches, but a place where none can start is left after one character test instead
     * of the word boundary and the alternation.
     */
    static Pattern opening(String opens, String regex) {
        return Pattern.compile("(?=[" + opens + "])(?:" + regex + ")", Pattern.CASE_INSENSITIVE);
    }

    private static Integer year(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.ARTICLE_DATE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.PERIODS);
    }

    @Override
    public void process(Document document) {
        document.put(Layers.PERIODS, find(document.text(), document.get(Layers.ARTICLE_DATE)));
    }

    /**
     * Rules are tried only in short windows around anchors (a period word, or a year), not over the
     * whole text: thirteen case-insensitive patterns over every position of every article were the
     * engine's hottest spot.
     */
    static List<Mention> find(String text, LocalDate date) {
        List<int[]> keywordWindows = windows(KEYWORD_ANCHOR, text);
        List<int[]> yearWindows = windows(YEAR_ANCHOR, text);
        List<Mention> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        for (Rule rule : RULES) {
            List<int[]> windows = rule.onYear() ? yearWindows : keywordWindows;
            Matcher m = rule.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (int[] w : windows) {
                m.region(w[0], w[1]);
                while (m.find()) {
                    if (taken[m.start()] || taken[m.end() - 1]) {
                        continue;
                    }
                    if (m.start() > 0
                            && (text.charAt(m.start() - 1) == '$'
                                    || Character.isDigit(text.charAt(m.start() - 1))
                                    || m.start() > 1
                                            && (text.charAt(m.start() - 1) == ',' || text.charAt(m.start() - 1) == '.')
                                            && Character.isDigit(text.charAt(m.start() - 2)))) {
                        continue;
                    }
                    String iso;
                    try {
                        iso = rule.iso.apply(m, date);
                    } catch (RuntimeException e) {
                        continue; // "February 30, 2025": not a date
                    }
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                    found.add(Mention.period(new Span(m.start(), m.end()), iso, m.group()));
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return found;
    }

    // each behind a look-ahead for its first characters: one test rejects most places (as in opening())
    private static final Pattern KEYWORD_ANCHOR =
            Pattern.compile("(?i)(?=[ymwqf])\\b(?:years?|months?|weeks?|quarter|fiscal|q[1-4])\\b");
    private static final Pattern YEAR_ANCHOR = Pattern.compile("(?=[12])\\b(?:19|20)\\d\\d\\b");
    private static final int BEFORE = 70;
    private static final int AFTER = 30;

    /** Merged windows [start, end) around every anchor. */
    private static List<int[]> windows(Pattern anchor, String text) {
        List<int[]> out = new ArrayList<>();
        Matcher a = anchor.matcher(text);
        while (a.find()) {
            int from = Math.max(0, a.start() - BEFORE);
            int to = Math.min(text.length(), a.end() + AFTER);
            if (!out.isEmpty() && from <= out.get(out.size() - 1)[1]) {
                out.get(out.size() - 1)[1] = to;
            } else {
                out.add(new int[] {from, to});
            }
        }
        return out;
    }
}
