package org.newsfacts.engine.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.engine.Clause;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.Span;
import org.newsfacts.engine.lexicon.Lexicon;
import org.newsfacts.engine.lexicon.Resources;

/**
 * People the entity tagger took for organisations, read again for the broad rules: "Mr Hale" (an
 * honorific makes a person), "Gerda Hale" split as a first name and an organisation "Hale", "Ola
 * Brandt" wholly tagged as an organisation, "Chief Legal Officer Ola Brandt" tagged as one
 * organisation. A person named by surname alone is given the full name the article uses for them
 * ("Ms Brandt" → "Ola Brandt"). Only the broad rules read these repairs; their readings are weighed
 * by the model.
 */
final class PersonNames {

    private static final Lexicon LEX = Lexicon.get();
    /** Words that end organisation names ("Group", "Bank"): a name ending in one is no person. */
    private static final Set<String> ORG_WORDS = new HashSet<>(Resources.lines("org-words.txt"));

    private static final Set<String> SUFFIXES = new HashSet<>(Resources.lines("legal-suffixes.txt"));
    // HONORIFIC, GLUED and SLOT open with a look-ahead for their first letters: one character test rejects most
    // places before the word boundary (or look-behind) and the alternation are tried
    private static final Pattern HONORIFIC =
            Pattern.compile("(?=[MDPSL])\\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady)\\.?\\s+$");
    private static final Pattern GLUED =
            Pattern.compile("(?=[A-Z])(?<![\\w'.-])(?<first>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\\s+(?<slot>ORG_\\d+)(?!\\w)");
    private static final Pattern NAME_WORD = Pattern.compile("[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]\\.");
    /** Lower-case English words: a capitalised one before a name is no given name unless the given-name list says so. */
    private static final Set<String> ENGLISH = LEX.englishWords;

    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "(?<!\\bwho\\s)\\b(?:" + RoleBroadRule.singularTitles() + ")\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SLOT = Pattern.compile("(?=[OP])\\b(ORG|PER)_(\\d+)\\b");

    private PersonNames() {}

    /**
     * The clause with the people the tagger named as organisations read as people: the slot becomes
     * {@code PER_n} (a title tagged with the name is put back as words before it).
     */
    static Clause repaired(Clause c, String text) {
        String masked = c.masked();
        if (!masked.contains("ORG_") && !masked.contains("PER_")) {
            return c;
        }
        List<Mention> slots = new ArrayList<>(c.slots());
        StringBuilder out = new StringBuilder();
        // "Gerda ORG_3": a capitalised word glued to a slot, by where the slot ends (read once, not again up to each
        // slot)
        Map<Integer, MatchResult> gluedAt = new HashMap<>();
        Matcher g = GLUED.matcher(masked);
        while (g.find()) {
            gluedAt.put(g.end(), g.toMatchResult());
        }
        Matcher m = SLOT.matcher(masked);
        int last = 0;
        boolean changed = false;
        while (m.find()) {
            int index = Integer.parseInt(m.group(2));
            Mention slot = slots.get(index);
            String replacement = m.group();
            int start = m.start();
            if (m.group(1).equals("ORG") && !slot.reference() && slot.text() != null) {
                String before = masked.substring(last, m.start());
                MatchResult glued = gluedAt.get(m.end());
                String first = null;
                int firstAt = -1;
                if (glued != null && glued.start() >= last) {
                    first = glued.group(1);
                    firstAt = glued.start();
                }
                String[] words = slot.text().split("\\s+");
                if (HONORIFIC.matcher(before).find() && words.length == 1 && isNameWord(words[0])) {
                    slots.set(index, person(slot.span(), fullName(text, words[0]), slot.text()));
                    replacement = "PER_" + index;
                    changed = true;
                } else if (first != null
                        && words.length == 1
                        && isNameWord(words[0])
                        && !notName(first)
                        && (LEX.firstNames.contains(first)
                                || honoured(text, words[0])
                                || !ENGLISH.contains(first.toLowerCase(Locale.ROOT))
                                        && masked.startsWith(",", m.end()))) {
                    String name = first + " " + words[0];
                    slots.set(index, person(slot.span(), name, name));
                    start = firstAt;
                    replacement = "PER_" + index;
                    changed = true;
                } else if (slot.text().equals(slot.canonical())
                        && (personLike(words, 0)
                                || nameWords(words)
                                        && (honoured(text, words[words.length - 1])
                                                || TITLE_BEFORE
                                                        .matcher(masked.substring(
                                                                Math.max(0, m.start() - 40), m.start()))
                                                        .find()))) {
                    slots.set(index, person(slot.span(), slot.text(), slot.text()));
                    replacement = "PER_" + index;
                    changed = true;
                } else if (slot.text().contains(" of ")
                        && personLike(
                                slot.text()
                                        .substring(0, slot.text().indexOf(" of "))
                                        .split("\\s+"),
                                0)) {
                    // "Ola Brandt of Acme Securities" tagged as one organisation: the person and her firm
                    int of = slot.text().indexOf(" of ");
                    String name = slot.text().substring(0, of);
                    String firm = slot.text().substring(of + 4).strip();
                    int firmStart = slot.span().start() + slot.text().indexOf(firm, of);
                    slots.set(
                            index,
                            person(new Span(slot.span().start(), slot.span().start() + of), name, name));
                    slots.add(Mention.entity(
                            Mention.Kind.ORG, new Span(firmStart, firmStart + firm.length()), firm, firm));
                    replacement = "PER_" + index + " of ORG_" + (slots.size() - 1);
                    changed = true;
                } else {
                    // "Chief Legal Officer Ola Brandt": a title tagged with the name
                    for (int i = 1; i < words.length - 1; i++) {
                        String title = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i))
                                .toLowerCase(Locale.ROOT);
                        if ((LEX.role(title) != null || RoleBroadRule.isTitle(title)) && personLike(words, i)) {
                            String name = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
                            slots.set(index, person(slot.span(), name, name));
                            replacement = title + " PER_" + index;
                            changed = true;
                            break;
                        }
                    }
                }
            }
            if (m.group(1).equals("PER")
                    && !slot.reference()
                    && slot.canonical() != null
                    && !slot.canonical().contains(" ")
                    && HONORIFIC.matcher(masked.substring(last, m.start())).find()) {
                // "Ms Fisk" before the article gives her full name: the full name
                String full = fullName(text, slot.canonical());
                if (!full.equals(slot.canonical())) {
                    slots.set(index, person(slot.span(), full, slot.text()));
                    changed = true;
                }
            }
            out.append(masked, last, start).append(replacement);
            last = m.end();
        }
        if (!changed) {
            return c;
        }
        out.append(masked.substring(last));
        return new Clause(c.sentence(), out.toString(), slots, c.focus());
    }

    /** Two or three name words from {@code from}, the first a given name, none an organisation word. */
    private static boolean personLike(String[] words, int from) {
        int n = words.length - from;
        if (n < 2 || n > 3 || !LEX.firstNames.contains(words[from])) {
            return false;
        }
        for (int i = from; i < words.length; i++) {
            if (!isNameWord(words[i])
                    || ORG_WORDS.contains(words[i])
                    || SUFFIXES.contains(words[i])
                    || notName(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** Two or three name words that are not an organisation's: "Ada Brill" when "Ms Brill" or "chief executive Ada Brill" says it is a person. */
    private static boolean nameWords(String[] words) {
        if (words.length < 2 || words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (!isNameWord(w) || ORG_WORDS.contains(w) || SUFFIXES.contains(w) || notName(w)) {
                return false;
            }
        }
        return !LEX.companies.containsKey(String.join(" ", words)) && !LEX.companies.containsKey(words[0]);
    }

    private static boolean isNameWord(String w) {
        return NAME_WORD.matcher(w).matches();
    }

    private static boolean notName(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return LEX.functionWords.contains(lower)
                || LEX.nonEntities.contains(w)
                || LEX.places.containsKey(w)
                || LEX.role(lower) != null
                || RoleBroadRule.isTitle(lower);
    }

    /** Whether the article calls {@code surname} "Mr/Ms/Dr …" somewhere: then it is a person's name. */
    private static boolean honoured(String text, String surname) {
        // a plain search (this runs for many names of every article; compiling a pattern each time was a tenth of the
        // extractor's time)
        for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
            int end = at + surname.length();
            if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            int i = at - 1;
            if (i < 0 || !Character.isWhitespace(text.charAt(i))) {
                continue;
            }
            while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            if (i >= 0 && text.charAt(i) == '.') {
                i--;
            }
            int wordEnd = i + 1;
            while (i >= 0 && Character.isLetter(text.charAt(i))) {
                i--;
            }
            String word = text.substring(i + 1, wordEnd);
            if (HONORIFICS.contains(word) && (i < 0 || !Character.isLetterOrDigit(text.charAt(i)))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof");

    /** The full name the article gives a person it also calls by {@code surname} alone; the surname if none. */
    static String fullName(String text, String surname) {
        Pattern p = Pattern.compile("(?<![\\w'])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\\s+" + Pattern.quote(surname) + "\\b");
        for (boolean given : new boolean[] {true, false}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String first = m.group(1);
                if (given
                        ? LEX.firstNames.contains(first)
                        : !notName(first) && !HONORIFIC.matcher(first + " ").find()) {
                    return first + " " + surname;
                }
            }
        }
        return surname;
    }

    private static Mention person(Span span, String canonical, String text) {
        return Mention.entity(Mention.Kind.PERSON, span, canonical, text);
    }
}
