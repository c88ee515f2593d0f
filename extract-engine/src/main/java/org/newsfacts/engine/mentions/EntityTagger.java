package org.newsfacts.engine.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.Sentence;
import org.newsfacts.engine.Span;
import org.newsfacts.engine.Stage;
import org.newsfacts.engine.Token;
import org.newsfacts.engine.lexicon.Lexicon;
import org.newsfacts.engine.lexicon.Resources;

/**
 * Finds people, organisations, places, news outlets and products with their canonical names.
 * Candidates are runs of capitalised tokens; a run is cut into known phrases (titles, places,
 * companies, outlets, products, never-entities; longest first) and unknown stretches. An unknown
 * stretch at the start of a sentence or in a headline counts only if the article also capitalises it
 * mid-sentence; it is a person when it starts with a common first name, follows a title ("CEO Eddie
 * Wu") or is the surname of a person named earlier ("Wu said"), else an organisation. A short name
 * that is the first word of an organisation named earlier with an organisation word ("Alibaba" after
 * "Alibaba Group") is that organisation.
 */
public final class EntityTagger implements Stage {

    private static final int MAX_PHRASE = 6;
    private static final Set<String> NOT_A_NAME_AFTER = Set.of(
            "programme",
            "program",
            "scheme",
            "strategy",
            "project",
            "initiative",
            "campaign",
            "turnaround",
            "cost-cutting",
            "cost",
            "restructuring",
            "bill",
            "law",
            "legislation");
    /** Adjectives of place: "German", "Danish", "Chinese", "French", "Israeli". */
    private static final java.util.regex.Pattern DEMONYM =
            java.util.regex.Pattern.compile("[A-Z][a-z]+(?:an|ese|ish|ic|i|ch)");

    private static final Set<String> REGIONS = Set.of("Europe", "Asia", "Africa", "Americas", "International");
    private static final Set<String> PLACE_SUFFIXES = Set.of("based", "listed", "headquartered");
    private final Lexicon lex = Lexicon.get();
    private final Set<String> orgWords = new HashSet<>(Resources.lines("org-words.txt"));
    private final Set<String> legalSuffixes = new HashSet<>(Resources.lines("legal-suffixes.txt"));
    private final Set<String> companyNouns = new HashSet<>(Resources.lines("company-nouns.txt"));
    /** Words the engine knows as words (lower case): never a name just because a sentence starts with them. */
    private final Set<String> vocabulary = new HashSet<>();

    public EntityTagger() {
        vocabulary.addAll(lex.englishWords);
        for (String w : Resources.lines("common-starters.txt")) {
            vocabulary.add(w.toLowerCase(Locale.ROOT));
        }
        vocabulary.addAll(lex.functionWords);
        for (java.util.Collection<String> words :
                List.of(lex.metrics.keySet(), lex.directions.keySet(), lex.cues.keySet(), lex.titles.keySet())) {
            for (String phrase : words) {
                for (String w : phrase.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                    vocabulary.add(w);
                    vocabulary.add(w + "s");
                }
            }
        }
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.CONTENT);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ENTITIES);
    }

    @Override
    public void process(Document document) {
        String text = document.text();
        List<Token> tokens = document.get(Layers.TOKENS);
        List<Sentence> sentences = document.get(Layers.CONTENT);
        List<List<Token>> perSentence = new ArrayList<>(sentences.size());
        int t = 0;
        for (Sentence s : sentences) {
            while (t < tokens.size() && tokens.get(t).start() < s.span().start()) {
                t++;
            }
            int from = t;
            while (t < tokens.size() && tokens.get(t).end() <= s.span().end()) {
                t++;
            }
            perSentence.add(tokens.subList(from, t));
        }
        Map<String, Integer> proper = new HashMap<>();
        Set<String> lower = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> ts = perSentence.get(i);
            for (int k = 0; k < ts.size(); k++) {
                Token tok = ts.get(k);
                if (!tok.isWord()) {
                    continue;
                }
                if (tok.capitalized()) {
                    if (!sentences.get(i).titleCase() && !initial(ts, k)) {
                        proper.merge(tok.text(), 1, Integer::sum);
                    }
                } else {
                    lower.add(tok.text());
                }
            }
        }
        Context ctx = new Context(text, proper, lower, orgWords);
        for (int i = 0; i < sentences.size(); i++) {
            tagSentence(perSentence.get(i), sentences.get(i).titleCase(), ctx);
        }
        int headlineEnd = headlineEnd(sentences);
        document.put(
                Layers.ENTITIES,
                governments(
                        text,
                        shortForms(
                                text,
                                outletsAsSubjects(
                                        text,
                                        headlineEnd,
                                        cityAndRegion(text, pairedNames(text, headsNamedLater(ctx, headlineEnd)))))));
    }

    private static final java.util.regex.Pattern PAIRED = java.util.regex.Pattern.compile(
            "\\b(?<a>[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)?)\\s+(?:and|&)\\s+(?<b>[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)?)\\s*\\((?<x>[A-Z])&(?<y>[A-Z])\\)");

    /**
     * "Harrow and Dunmore (H&D)", "Marks and Spencer (M&S)": two words joined by "and" whose
     * initials make the short form after them are one company's name, wherever the article writes it.
     */
    private static List<Mention> pairedNames(String text, List<Mention> mentions) {
        if (text.indexOf('&') < 0) {
            return mentions;
        }
        java.util.regex.Matcher m = PAIRED.matcher(text);
        Set<String> names = new java.util.LinkedHashSet<>();
        while (m.find()) {
            String a = m.group("a");
            if (a.charAt(0) != m.group("x").charAt(0) && a.contains(" ")) {
                a = a.substring(a.lastIndexOf(' ') + 1); // "Then Harrow and Dunmore (H&D)"
            }
            if (a.charAt(0) == m.group("x").charAt(0)
                    && m.group("b").charAt(0) == m.group("y").charAt(0)) {
                names.add(a + " and " + m.group("b"));
            }
        }
        List<Mention> out = mentions;
        for (String name : names) {
            java.util.regex.Matcher w = java.util.regex.Pattern.compile("\\b"
                            + java.util.regex.Pattern.quote(name).replace(" and ", "\\E\\s+(?:and|&)\\s+\\Q") + "\\b")
                    .matcher(text);
            while (w.find()) {
                int from = w.start();
                int to = w.end();
                List<Mention> kept = new ArrayList<>(out.size());
                for (Mention x : out) {
                    if (x.span().end() <= from || x.span().start() >= to) {
                        kept.add(x);
                    }
                }
                kept.add(Mention.entity(Mention.Kind.ORG, new Span(from, to), name, text.substring(from, to)));
                kept.sort(java.util.Comparator.comparingInt(x -> x.span().start()));
                out = kept;
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern GOVERNMENT_AFTER = java.util.regex.Pattern.compile(
            "^\\s+government\\b(?!\\s+(?:bonds?|debt|securities|yields?|borrowing|spending|data|figures|statistics)\\b)");

    /**
     * "the Ruritanian government owns 40%", "the U.S. government": a country's government is an
     * organisation (named as written: "Ruritanian government"), not the place.
     */
    private static List<Mention> governments(String text, List<Mention> mentions) {
        if (!text.contains(" government")) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            java.util.regex.Matcher g = m.kind() == Mention.Kind.PLACE
                    ? GOVERNMENT_AFTER.matcher(text.substring(
                            m.span().end(), Math.min(text.length(), m.span().end() + 40)))
                    : null;
            if (g != null && g.find()) {
                Span span = new Span(m.span().start(), m.span().end() + g.end());
                String written = span.of(text).replaceAll("\\s+", " ");
                out.add(Mention.entity(Mention.Kind.ORG, span, written, written));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** "Leeds, England", "Ghent, Belgium": an unknown name before a comma and a place (not "Acme, Germany's …") is a place. */
    private static List<Mention> cityAndRegion(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i + 1 < out.size(); i++) {
            Mention m = out.get(i);
            Mention next = out.get(i + 1);
            if (m.kind() == Mention.Kind.ORG
                    && next.kind() == Mention.Kind.PLACE
                    && m.canonical().equals(m.text())
                    && text.substring(m.span().end(), next.span().start()).equals(", ")
                    && !text.startsWith("'s", next.span().end())
                    && !text.startsWith("’s", next.span().end())) {
                out.set(i, Mention.entity(Mention.Kind.PLACE, m.span(), m.canonical(), m.text()));
            }
        }
        return out;
    }

    /** "Quorra buys stake" in a headline, "Quorra Interactive Entertainment" below it: one company (in the body a short name may be a unit). */
    private static List<Mention> headsNamedLater(Context ctx, int headlineEnd) {
        List<Mention> out = new ArrayList<>(ctx.out.size());
        for (Mention m : ctx.out) {
            String full = m.kind() == Mention.Kind.ORG
                            && m.span().end() <= headlineEnd
                            && m.canonical().indexOf(' ') < 0
                    ? ctx.orgHeads.get(m.canonical())
                    : null;
            out.add(full != null ? Mention.entity(Mention.Kind.ORG, m.span(), full, m.text()) : m);
        }
        return out;
    }

    /**
     * "Strong yen lifts Bloomberg": a news outlet in the headline (not a "(Reuters)" credit) is the
     * company the story is about, an organisation wherever the article names it.
     */
    private static List<Mention> outletsAsSubjects(String text, int headlineEnd, List<Mention> mentions) {
        Set<String> subjects = new HashSet<>();
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.MEDIA && m.span().end() <= headlineEnd && !credited(text, m.span())) {
                subjects.add(m.canonical());
            }
        }
        if (subjects.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean subject =
                    m.kind() == Mention.Kind.MEDIA && subjects.contains(m.canonical()) && !credited(text, m.span());
            out.add(subject ? Mention.entity(Mention.Kind.ORG, m.span(), m.canonical(), m.text()) : m);
        }
        return out;
    }

    /** Where the first line of content (the headline) ends; 0 when there is none. */
    private static int headlineEnd(List<Sentence> sentences) {
        int end = 0;
        for (Sentence s : sentences) {
            if (s.line() != sentences.get(0).line()) {
                break;
            }
            end = s.span().end();
        }
        return end;
    }

    /** "(Reuters)", "(AP)": the outlet credited for the story. */
    private static boolean credited(String text, Span span) {
        return span.start() > 0 && text.charAt(span.start() - 1) == '(';
    }

    private static final java.util.regex.Pattern SHORT_FORM =
            java.util.regex.Pattern.compile("^\\s*\\(([A-Z][A-Z&]{1,5})\\)");

    /**
     * "Harbor Mutual Bank (HMB) … HMB said": a short form in brackets right after an organisation's name
     * is that organisation wherever the article uses it.
     */
    private static List<Mention> shortForms(String text, List<Mention> mentions) {
        Map<String, String> forms = new HashMap<>();
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.ORG) {
                java.util.regex.Matcher f = SHORT_FORM.matcher(text.substring(
                        m.span().end(), Math.min(text.length(), m.span().end() + 12)));
                if (f.find() && !f.group(1).equals(m.canonical()) && initialsOf(f.group(1), m.text())) {
                    forms.putIfAbsent(f.group(1), m.canonical());
                }
            }
        }
        if (forms.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size() + 4);
        for (Mention m : mentions) {
            String full = forms.get(m.text());
            boolean definition = m.span().start() > 0 && text.charAt(m.span().start() - 1) == '(' && full != null;
            if (!definition) {
                out.add(
                        full != null && m.kind() != Mention.Kind.PERSON
                                ? Mention.entity(Mention.Kind.ORG, m.span(), full, m.text())
                                : m);
            }
        }
        Set<Integer> starts = new HashSet<>();
        out.forEach(m -> starts.add(m.span().start()));
        // the short forms the tagger did not take for names (sentence-initial, in brackets)
        for (Map.Entry<String, String> e : forms.entrySet()) {
            java.util.regex.Matcher w = java.util.regex.Pattern.compile(
                            "\\b" + java.util.regex.Pattern.quote(e.getKey()) + "\\b")
                    .matcher(text);
            while (w.find()) {
                boolean definition = w.start() > 0 && text.charAt(w.start() - 1) == '(';
                if (!definition
                        && !starts.contains(w.start())
                        && out.stream()
                                .noneMatch(m -> m.span().start() <= w.start()
                                        && w.end() <= m.span().end())) {
                    out.add(Mention.entity(Mention.Kind.ORG, new Span(w.start(), w.end()), e.getValue(), e.getKey()));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
        return out;
    }

    /** "HMB" of "Harbor Mutual Bank", "B&Q" of "Block and Quayle": the short form's letters are the name's initials, in order. */
    private static boolean initialsOf(String shortForm, String name) {
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        String letters = shortForm.replace("&", "");
        int at = 0;
        for (char ch : letters.toCharArray()) {
            at = initials.indexOf(String.valueOf(ch), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return letters.length() >= 2 && initials.charAt(0) == letters.charAt(0);
    }

    private static final class Context {
        final String text;
        /** Capitalised words the article uses mid-sentence, with how often. */
        final Map<String, Integer> proper;

        final Set<String> lower;
        final List<Mention> out = new ArrayList<>();
        final Map<String, String> surnames = new HashMap<>();
        final Map<String, String> orgHeads = new HashMap<>();
        final Map<String, String> spellings = new HashMap<>();
        /** Surnames the article writes after "Mr", "Mrs", "Ms" or "Miss": "Jan Kowal" is a person where "Mr Kowal" follows. */
        final Set<String> honorificSurnames = new HashSet<>();
        /** "Dr Fell's": names the article writes as "Dr X's" standing for a company ("Dr Fell's rose", "Dr Fell's Laboratories"). */
        final Set<String> doctorCompanies = new HashSet<>();

        Context(String text, Map<String, Integer> proper, Set<String> lower, Set<String> orgWords) {
            this.text = text;
            this.proper = proper;
            this.lower = lower;
            java.util.regex.Matcher h = HONORIFIC_SURNAME.matcher(text);
            while (h.find()) {
                honorificSurnames.add(h.group(1));
            }
            java.util.regex.Matcher d = DOCTOR_COMPANY.matcher(
                    text.contains("Dr") ? text : ""); // a cheap test first: the pattern needs "Dr"
            while (d.find()) {
                String next = text.substring(d.end(1) + 2, d.end()).strip();
                if (Character.isLowerCase(next.charAt(0)) || orgWords.contains(next)) {
                    doctorCompanies.add(d.group(1));
                }
            }
        }
    }

    private static final java.util.regex.Pattern HONORIFIC_SURNAME = java.util.regex.Pattern.compile(
            "(?=M)\\b(?:Mr|Mrs|Ms|Miss)\\.?\\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\\b"); // (?=M): a cheap test before the
    // word-boundary test at each
    // character
    /** "Dr Fell's rose", "Dr Fell's has", "Dr Fell's Laboratories": a "Dr X's" that acts or ends in a company word is a company. */
    private static final java.util.regex.Pattern DOCTOR_COMPANY = java.util.regex.Pattern.compile(
            "\\bDr\\s+([A-Z][a-z]+)['’]s\\s+(?:[a-z]+ed|has|had|is|was|said|says|will|would|shares|sales|profits?|revenues?|[A-Z][a-z]+)\\b");

    private static boolean initial(List<Token> ts, int k) {
        for (int j = k - 1; j >= 0; j--) {
            String p = ts.get(j).text();
            if (ts.get(j).isWord() || Character.isDigit(p.charAt(0))) {
                return false;
            }
            if (p.equals(":") || p.equals("“") || p.equals("\"") || p.equals("‘") || p.equals("(") || p.equals("|")) {
                return true;
            }
            if ((p.equals("-") || p.equals("–") || p.equals("—"))
                    && j > 0
                    && ts.get(j - 1).text().equals(")")) {
                return true; // after a dateline: "LONDON, Jan 19 (Reuters) - Chipmaker …"
            }
        }
        return true;
    }

    /** Words that may stand inside a name; "and"/"of"/"de" split it unless an organisation word ends it. */
    private boolean isConnector(Token tok) {
        String w = tok.text();
        return w.equals("of") || w.equals("and") || w.equals("de");
    }

    private static boolean isJoiner(Token tok) {
        return tok.text().equals("&") || tok.text().equals("-");
    }

    /**
     * "Hallam's Stores", "Quayle's Laboratories": an apostrophe-s at {@code at} between a name the
     * article writes nowhere else alone and an organisation word belongs to one company's name.
     */
    private boolean possessiveInName(List<Token> ts, int at, Context ctx) {
        if (at + 2 >= ts.size() || at == 0) {
            return false;
        }
        Token apostrophe = ts.get(at);
        Token s = ts.get(at + 1);
        Token next = ts.get(at + 2);
        Token before = ts.get(at - 1);
        return (apostrophe.text().equals("'") || apostrophe.text().equals("’"))
                && apostrophe.start() == before.end()
                && s.text().equals("s")
                && s.start() == apostrophe.end()
                && next.isWord()
                && (orgWords.contains(next.text()) && !legalSuffixes.contains(next.text()))
                && before.isWord()
                && before.capitalized()
                && lookup(before.text()) == null
                && !java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(before.text())
                                + "\\b(?!['’]s\\s+" + java.util.regex.Pattern.quote(next.text()) + ")")
                        .matcher(ctx.text)
                        .find();
    }

    private void tagSentence(List<Token> ts, boolean titleCase, Context ctx) {
        int k = 0;
        while (k < ts.size()) {
            if (!ts.get(k).isWord() || !ts.get(k).capitalized() || isTicker(ts, k)) {
                k++;
                continue;
            }
            int end = k + 1;
            while (end < ts.size()) {
                Token tok = ts.get(end);
                if (tok.isWord() && tok.capitalized() && !isTicker(ts, end)) {
                    end++;
                } else if (tok.text().equals("-")
                        && end + 1 < ts.size()
                        && ts.get(end + 1).isWord()
                        && ts.get(end + 1).capitalized()
                        && tok.start() == ts.get(end - 1).end()
                        && ts.get(end + 1).start() == tok.end()) {
                    end += 2; // Rolls-Royce, Hewlett-Packard
                } else if (possessiveInName(ts, end, ctx)) {
                    end += 3; // "Hallam's Stores": a possessive inside a company's name
                } else if (tok.text().equals("&")
                        && end + 1 < ts.size()
                        && ts.get(end + 1).isWord()
                        && ts.get(end + 1).capitalized()) {
                    end += 2; // Johnson & Johnson, Marks & Spencer
                } else if (isConnector(tok)
                        && end + 1 < ts.size()
                        && ts.get(end + 1).isWord()
                        && ts.get(end + 1).capitalized()) {
                    end += 2;
                } else {
                    break;
                }
            }
            tagRun(ts, k, end, titleCase, ctx);
            k = end;
        }
    }

    /**
     * A wire service's instrument code after a company's name: "INTC.O", "ADYEN.AS", "BRKa.N",
     * "VOWG_p.DE" (its "VOWG" part); never a name of its own.
     */
    private static boolean isTicker(List<Token> ts, int k) {
        String w = ts.get(k).text();
        if (TICKER.matcher(w).matches()) {
            return true;
        }
        return k + 1 < ts.size()
                && ts.get(k + 1).text().equals("_")
                && ts.get(k + 1).start() == ts.get(k).end()
                && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static final java.util.regex.Pattern TICKER =
            java.util.regex.Pattern.compile("[A-Z0-9]{1,6}[a-z]?\\.[A-Z]{1,2}(?:[a-z]+|\\.)?");

    private String phrase(List<Token> ts, int from, int to, String text) {
        return text.substring(ts.get(from).start(), ts.get(to - 1).end());
    }

    /** Cuts a run of capitalised tokens [from, to) into known phrases and unknown stretches. */
    private void tagRun(List<Token> ts, int from, int to, boolean titleCase, Context ctx) {
        int i = from;
        int unknownFrom = -1;
        boolean afterTitle = from > 0 && precededByTitle(ts, from, to, ctx.text);
        while (i < to) {
            if (ts.get(i).text().equals("Dr")
                    && i + 1 < to
                    && ctx.doctorCompanies.contains(ts.get(i + 1).text())) {
                if (unknownFrom >= 0) {
                    classify(ts, unknownFrom, i, titleCase, afterTitle, ctx);
                    unknownFrom = -1;
                }
                // "Dr Fell's fell 5%": a company named after a doctor, not a person
                emit(ctx, Mention.Kind.ORG, ts, i, i + 2, phrase(ts, i, i + 2, ctx.text) + "'s");
                afterTitle = false;
                i += 2;
                continue;
            }
            if (!titleCase
                    && i + 2 <= to
                    && lookup(ts.get(i).text()) != null
                    && lookup(ts.get(i).text()).kind == null
                    && !lookup(ts.get(i).text()).title
                    && lookup(ts.get(i + 1).text()) == null
                    && (i + 2 == to || lookup(ts.get(i + 2).text()) != null)
                    && contextPerson(ts, i, i + 2, ctx)) {
                if (unknownFrom >= 0) {
                    classify(ts, unknownFrom, i, titleCase, afterTitle, ctx);
                    unknownFrom = -1;
                }
                // "May Okafor, the bank's chief economist": a never-entity word opening a person's name
                String name = phrase(ts, i, i + 2, ctx.text);
                emit(ctx, Mention.Kind.PERSON, ts, i, i + 2, name);
                ctx.surnames.put(ts.get(i + 1).text(), name);
                afterTitle = false;
                i += 2;
                continue;
            }
            Known known = null;
            int j = Math.min(to, i + MAX_PHRASE);
            for (; j > i; j--) {
                known = lookup(phrase(ts, i, j, ctx.text));
                if (known != null) {
                    break;
                }
            }
            if (known != null
                    && known.kind == null
                    && !known.title
                    && i == from
                    && to - j >= 2
                    && orgWords.contains(ts.get(to - 1).text())) {
                known = null; // "May Street Stores": a month or modal opening a name that ends in an organisation word
            }
            if (known != null
                    && known.kind == null
                    && !known.title
                    && j == i + 1
                    && ctx.orgHeads.containsKey(ts.get(i).text())) {
                known = new Known(
                        Mention.Kind.ORG,
                        ctx.orgHeads.get(ts.get(i).text()),
                        false); // "May's chairman" after "May Street Stores"
            }
            if (known == null) {
                if (unknownFrom < 0) {
                    unknownFrom = i;
                }
                i++;
                continue;
            }
            if (unknownFrom >= 0
                    && unknownFrom == i - 1
                    && known.kind == Mention.Kind.ORG
                    && j == i + 1
                    && lex.firstNames.contains(ts.get(i - 1).text())
                    && !lex.functionWords.contains(ts.get(i - 1).text().toLowerCase(Locale.ROOT))) {
                // "Michael Dell", "Henry Royce": a first name before a one-word company name is a person of that name
                String name = phrase(ts, i - 1, j, ctx.text);
                emit(ctx, Mention.Kind.PERSON, ts, i - 1, j, name);
                ctx.surnames.put(ts.get(i).text(), name);
                unknownFrom = -1;
                afterTitle = false;
                i = j;
                continue;
            }
            if (unknownFrom >= 0) {
                classify(ts, unknownFrom, i, titleCase, afterTitle, ctx);
                unknownFrom = -1;
            }
            // A known company, outlet or place followed by unknown capitalised words names a unit:
            // "Bloomberg Intelligence", "Microsoft Azure".
            int ext = j;
            boolean demonym = known.kind == Mention.Kind.PLACE
                    && j == i + 1
                    && DEMONYM.matcher(ts.get(i).text()).matches()
                    && !known.canonical.equals(ts.get(i).text())
                    && !(j < to && orgWords.contains(ts.get(to - 1).text())); // "American Express" is a name
            if (!titleCase
                    && known.kind != null
                    && known.kind != Mention.Kind.PERSON
                    && !demonym) { // "German Motorhaus" is no unit of Germany
                while (ext < to
                        && ts.get(ext).isWord()
                        && lookup(ts.get(ext).text()) == null
                        && !isConnector(ts.get(ext))
                        && ts.get(ext).text().length() > 1
                        && !startsTitle(ts, ext, to, ctx.text)
                        && !lex.firstNames.contains(ts.get(ext).text())) {
                    ext++;
                }
                if (ext == j
                        && known.kind == Mention.Kind.ORG
                        && ext < to
                        && REGIONS.contains(ts.get(ext).text())) {
                    ext++; // "Harwick Motors Europe", "Corvane Asia": a company's regional unit
                }
            }
            if (ext > j) {
                String name = phrase(ts, i, ext, ctx.text);
                emit(ctx, Mention.Kind.ORG, ts, i, ext, OrgNames.canonical(name));
                afterTitle = false;
                i = ext;
                continue;
            }
            if (known.kind == null) {
                afterTitle = known.title
                        || j == i + 1 && ts.get(i).text().matches("Mr|Mrs|Ms|Dr|Sir|Prof"); // "Mr Orvest": a person
            } else {
                emit(ctx, known.kind, ts, i, j, known.canonical);
                afterTitle = false;
            }
            i = j;
        }
        if (unknownFrom >= 0) {
            classify(ts, unknownFrom, to, titleCase, afterTitle, ctx);
        }
    }

    /** "Acme Chief Executive Officer Ann Lee": a title set in capitals starts at {@code at}. */
    private boolean startsTitle(List<Token> ts, int at, int to, String text) {
        for (int end = Math.min(to, at + 4); end > at; end--) {
            if (lex.role(phrase(ts, at, end, text)) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean precededByTitle(List<Token> ts, int at, int to, String text) {
        int end = at;
        String before = at > 0 ? ts.get(at - 1).text().toLowerCase(Locale.ROOT) : "";
        if (before.equals("said") || before.equals("says") || before.equals("told") || before.equals("added")) {
            // "said Suhas Naik.", "said Ann Lee of Acme": a speaker; "said Quillon Auto was …": what was said is about
            // a company
            return to >= ts.size()
                    || !ts.get(to).isWord()
                    || ts.get(to).text().equals("of")
                    || ts.get(to).text().equals("at");
        }
        if (end > 0 && ts.get(end - 1).text().equals(",")) {
            end--; // "Toyota's chairman, Akio Toyoda"
        }
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            String words = phrase(ts, end - back, end, text);
            if (lex.role(words) != null || honorific(words)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "sir", "prof");

    /** "Mr", "DR", "prof" … (as the pattern {@code (?i)mr|mrs|ms|dr|sir|prof} reads them: ASCII letters in any case), without a regex per call. */
    private static boolean honorific(String words) {
        return words.length() <= 4
                && words.chars().allMatch(ch -> ch < 128)
                && HONORIFICS.contains(words.toLowerCase(Locale.ROOT));
    }

    /** What a phrase is in the word lists; kind null = a title or a never-entity (not emitted). */
    private record Known(Mention.Kind kind, String canonical, boolean title) {}

    private Known lookup(String phrase) {
        if (lex.role(phrase) != null) {
            return new Known(null, null, true);
        }
        if (lex.nonEntities.contains(phrase)) {
            return new Known(null, null, false);
        }
        if (lex.media.contains(phrase)) {
            return new Known(Mention.Kind.MEDIA, phrase.replaceFirst("^The ", ""), false);
        }
        String place = lex.places.get(phrase);
        if (place != null) {
            return new Known(Mention.Kind.PLACE, place, false);
        }
        String company = lex.companies.get(OrgNames.canonical(phrase));
        if (company != null) {
            return new Known(Mention.Kind.ORG, company, false);
        }
        String maker = lex.products.get(phrase);
        if (maker != null) {
            return new Known(Mention.Kind.PRODUCT, maker, false);
        }
        return null;
    }

    private void classify(List<Token> ts, int from, int to, boolean titleCase, boolean afterTitle, Context ctx) {
        if (!titleCase) {
            // "Jan Kowal, the firm's sales director", "Ines Varga said", "Mr Kowal" later: a person whatever the first
            // name
            for (int s = Math.max(from, to - 3); s <= to - 2; s++) {
                if (contextPerson(ts, s, to, ctx)) {
                    if (s > from) {
                        classify(ts, from, s, titleCase, afterTitle, ctx);
                    }
                    String name = phrase(ts, s, to, ctx.text);
                    emit(ctx, Mention.Kind.PERSON, ts, s, to, name);
                    ctx.surnames.put(ts.get(to - 1).text(), name);
                    return;
                }
            }
        }
        // Drop leading words that are capitalised only by position, and trailing connectors; a name
        // ending in an organisation word ("Taobao and Tmall Group") is kept whole.
        String lastWord = ts.get(to - 1).text();
        boolean named = (orgWords.contains(lastWord) || legalSuffixes.contains(lastWord)) && to - from > 1;
        while (from < to) {
            Token first = ts.get(from);
            // "Ryan Cohen increases …": a first name and a capitalised word make a name wherever they stand.
            boolean person = to - from >= 2
                    && lex.firstNames.contains(first.text())
                    && !lex.functionWords.contains(first.text().toLowerCase(Locale.ROOT));
            boolean positional = !named && !person && (titleCase || initial(ts, from));
            // "Shell said", "at Shell", "Shell's shares": a common word the article capitalises mid-sentence
            // at least twice is a name there ("next" elsewhere in lower case does not change that).
            boolean namedHere = first.text().length() >= 4
                    && ctx.proper.getOrDefault(first.text(), 0) >= 2
                    && !isConnector(first)
                    && !isJoiner(first);
            boolean weak = !namedHere
                    && (lex.functionWords.contains(first.text().toLowerCase(Locale.ROOT))
                            || isConnector(first)
                            || isJoiner(first)
                            || (titleCase || initial(ts, from))
                                    && to - from >= 2
                                    && companyNouns.contains(
                                            first.text().toLowerCase(Locale.ROOT)) // "Chipmaker Ostmark said"
                            || positional
                                    && (!ctx.proper.containsKey(first.text())
                                                    && !(to - from == 1 && !titleCase && likelyName(ts, from, ctx))
                                            || ctx.lower.contains(first.text().toLowerCase(Locale.ROOT))));
            if (!weak) {
                break;
            }
            from++;
        }
        while (to > from
                && (isConnector(ts.get(to - 1))
                        || isJoiner(ts.get(to - 1))
                        || lex.functionWords.contains(ts.get(to - 1).text().toLowerCase(Locale.ROOT))
                                && ctx.proper.getOrDefault(ts.get(to - 1).text(), 0) < 2)) {
            to--;
        }
        if (from >= to) {
            return;
        }
        if (namesAPlan(ts, to)) {
            return; // "its Bright Path plan", "the Fit for Tomorrow cost-cutting scheme": the name of a plan, not of an
            // organisation
        }
        if (titleCase) {
            for (int k = from; k < to; k++) {
                if (!ctx.proper.containsKey(ts.get(k).text())) {
                    return;
                }
            }
        }
        String last = ts.get(to - 1).text();
        boolean orgEnding = orgWords.contains(last) || legalSuffixes.contains(last);
        // "Moonshot and Zhipu", "Robert Lea and Jasmine Lyu": a connector splits unless an org word ends the name;
        // "Glen Stores and Pike Stores", "Bell & Sons and Carver Holdings": two names of two words or more each split
        // too.
        if (orgEnding) {
            for (int k = from + 1; k < to - 2; k++) {
                // "Quorra and Ostmark Dynamics" where the article also names Quorra and Ostmark alone: two companies
                boolean bothNamedAlone = k == from + 1
                        && ctx.proper.getOrDefault(ts.get(from).text(), 0) >= 2
                        && ctx.proper.getOrDefault(ts.get(k + 1).text(), 0) >= 3;
                if (ts.get(k).text().equals("and") && (k >= from + 2 || bothNamedAlone)) {
                    classify(ts, from, k, titleCase, afterTitle, ctx);
                    classify(ts, k + 1, to, titleCase, false, ctx);
                    return;
                }
            }
        }
        if (!orgEnding) {
            for (int k = from; k < to; k++) {
                if (isConnector(ts.get(k))) {
                    classify(ts, from, k, titleCase, afterTitle, ctx);
                    classify(ts, k + 1, to, titleCase, false, ctx);
                    return;
                }
            }
        }
        String name = phrase(ts, from, to, ctx.text);
        if (to + 1 < ts.size()
                && ts.get(to).text().equals("-")
                && ts.get(to).start() == ts.get(to - 1).end()
                && PLACE_SUFFIXES.contains(ts.get(to + 1).text().toLowerCase(Locale.ROOT))) {
            emit(ctx, Mention.Kind.PLACE, ts, from, to, name); // "Madrid-based", "Oslo-listed"
            return;
        }
        int words = 0; // "Jean-Marc Lund" is two words
        for (int k = from; k < to; k++) {
            if (!isJoiner(ts.get(k))
                    && !(k > from
                            && isJoiner(ts.get(k - 1))
                            && ts.get(k).start() == ts.get(k - 1).end())) {
                words++;
            }
        }
        if (words == 1 && legalSuffixes.contains(name)) {
            return;
        }
        if (words == 1 && name.length() < 2) {
            return;
        }
        String firstWord = ts.get(from).text();
        if (words == 1 && ctx.surnames.containsKey(name)) {
            emit(ctx, Mention.Kind.PERSON, ts, from, to, ctx.surnames.get(name));
        } else if (words == 1 && ctx.orgHeads.containsKey(name)) {
            emit(ctx, Mention.Kind.ORG, ts, from, to, ctx.orgHeads.get(name));
        } else if (!orgEnding
                && words <= 3
                && !tickerAfter(ts, to)
                && (afterTitle && (words >= 2 || honorific(ts, from))
                        || words >= 2 && lex.firstNames.contains(firstWord) && !afterCompanyNoun(ts, from))) {
            emit(ctx, Mention.Kind.PERSON, ts, from, to, name);
            ctx.surnames.put(last, name);
        } else if (words == 1
                && lex.firstNames.contains(name)
                && !afterCompanyNoun(ts, from)
                && !ctx.spellings.containsKey(Mention.Kind.ORG + ":" + name.toLowerCase(Locale.ROOT))) {
            // a first name alone: nobody we know (but "engineering group Morris", and Morris from then on, is a
            // company)
        } else {
            emit(ctx, Mention.Kind.ORG, ts, from, to, OrgNames.canonical(name));
        }
    }

    private static final Set<String> SPEECH_VERBS =
            Set.of("said", "says", "told", "added", "explained", "noted", "predicted", "argued", "warned");
    /** Words that may stand between a name's comma and a title: "Jan Kowal, the bank's former chief economist". */
    private static final Set<String> APPOSITION_FILLERS = Set.of(
            "the", "its", "their", "his", "her", "a", "an", "former", "senior", "deputy", "acting", "interim", "joint",
            "co", "new", "then", "group", "company", "firm", "bank", "fund", "'", "’", "s", "&", "-");

    /**
     * Two or three capitalised words [from, to) that context shows to be a person's name whatever its
     * first name: a surname the article writes after "Mr"/"Ms"; a title after a comma ("Jan Kowal,
     * president of …", "Jan Kowal, the firm's sales director"); or, for words that are no English
     * words, a speech verb ("Ines Varga said") or ", from …" / ", at …" after them.
     */
    private boolean contextPerson(List<Token> ts, int from, int to, Context ctx) {
        if (to - from < 2
                || to - from > 3
                || from > 0
                        && isJoiner(ts.get(from - 1))
                        && ts.get(from - 1).end() == ts.get(from).start()) {
            return false; // "Anne-Marie Lund": the tagger's first names see the whole name
        }
        boolean allUnknownWords = true;
        for (int k = from; k < to; k++) {
            Token t = ts.get(k);
            String w = t.text();
            String lower = w.toLowerCase(Locale.ROOT);
            if (!t.isWord()
                    || w.length() < 2
                    || !Character.isUpperCase(w.charAt(0))
                    || w.chars().skip(1).noneMatch(Character::isLowerCase)
                    || w.chars().anyMatch(Character::isDigit)
                    || orgWords.contains(w)
                    || legalSuffixes.contains(w)
                    || companyNouns.contains(lower)
                    || lex.functionWords.contains(lower)
                    || isConnector(t)
                    || !nameWord(w, k == from)
                    || ctx.orgHeads.containsKey(w)) {
                return false;
            }
            if (known(lower) || ctx.lower.contains(lower)) {
                allUnknownWords = false;
            }
        }
        String first = ts.get(from).text();
        if ((known(first.toLowerCase(Locale.ROOT)) || ctx.lower.contains(first.toLowerCase(Locale.ROOT)))
                && !lex.firstNames.contains(first)
                && !ctx.proper.containsKey(first)) {
            return false; // "Yesterday Jan Kowal": a word capitalised by position opens no name
        }
        if (ctx.honorificSurnames.contains(ts.get(to - 1).text()) || appositionTitle(ts, to, ctx.text)) {
            return true;
        }
        if (!allUnknownWords || to >= ts.size()) {
            return false;
        }
        String next = ts.get(to).text();
        if (SPEECH_VERBS.contains(next)) {
            return true;
        }
        return next.equals(",")
                && to + 2 < ts.size()
                && (ts.get(to + 1).text().equals("from")
                        || ts.get(to + 1).text().equals("at"))
                && ts.get(to + 2).isWord()
                && ts.get(to + 2).capitalized();
    }

    /** A word no list knows; a first name may also be a never-entity such as a month's short form ("Jan", "May"). */
    private boolean nameWord(String w, boolean first) {
        Known known = lookup(w);
        return known == null
                || first
                        && known.kind == null
                        && !known.title
                        && w.length() <= 5
                        && !lex.functionWords.contains(w.toLowerCase(Locale.ROOT))
                        && !w.matches("Mr|Mrs|Ms|Miss|Dr|Sir|Prof|Lord|Lady|Dame");
    }

    /** ", president of …", ", the firm's chief economist", ", a Quillon analyst": a title in apposition after {@code at}. */
    private boolean appositionTitle(List<Token> ts, int at, String text) {
        if (at >= ts.size() || !ts.get(at).text().equals(",")) {
            return false;
        }
        int k = at + 1;
        for (int skipped = 0; k < ts.size() && skipped <= 6; skipped++) {
            for (int end = Math.min(ts.size(), k + 4); end > k; end--) {
                if (lex.role(phrase(ts, k, end, text)) != null) {
                    return true;
                }
            }
            Token t = ts.get(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (w.equals("head") && k + 1 < ts.size() && ts.get(k + 1).text().equals("of")) {
                return true; // ", head of sales"
            }
            if (!(t.isWord() && t.capitalized() || APPOSITION_FILLERS.contains(w))) {
                return false;
            }
            k++;
        }
        return false;
    }

    /** Whether the words from {@code at} go on to name a plan: "… programme", "… for Tomorrow cost-cutting scheme". */
    private static boolean namesAPlan(List<Token> ts, int at) {
        int k = at;
        if (k + 1 < ts.size()
                && (ts.get(k).text().equals("for") || ts.get(k).text().equals("to"))
                && ts.get(k + 1).capitalized()) {
            k++;
            while (k < ts.size() && ts.get(k).isWord() && ts.get(k).capitalized()) {
                k++;
            }
        }
        return k < ts.size() && NOT_A_NAME_AFTER.contains(ts.get(k).text().toLowerCase(Locale.ROOT));
    }

    /**
     * A sentence-initial word the article uses nowhere else: a name when it is no word the engine
     * knows, not an adverb or participle, and a lower-case word, comma or apostrophe follows ("Naver,
     * Korea's …", "Marconi made …").
     */
    private boolean likelyName(List<Token> ts, int at, Context ctx) {
        String w = ts.get(at).text();
        String lower = w.toLowerCase(Locale.ROOT);
        if (w.length() < 3
                || known(lower)
                || lower.endsWith("ly")
                || lower.endsWith("ing")
                || lower.endsWith("ed")
                || ctx.lower.contains(lower)
                || at + 1 >= ts.size()) {
            return false;
        }
        Token next = ts.get(at + 1);
        return next.text().equals(",")
                || next.text().equals("’")
                || next.text().equals("'")
                || next.text().equals("-")
                || next.isWord() && Character.isLowerCase(next.text().charAt(0));
    }

    /** "Dawn Orchard DWN.O", "Dawn Corp DWN.O": a wire ticker after a name makes it a company. */
    private static boolean tickerAfter(List<Token> ts, int to) {
        return to < ts.size() && isTicker(ts, to);
    }

    /** "US rival Grey Harbour", "the ad firm Virginia Media": a company noun before a name that starts like a person's. */
    private boolean afterCompanyNoun(List<Token> ts, int at) {
        String before = at > 0 ? ts.get(at - 1).text().toLowerCase(Locale.ROOT) : "";
        return companyNouns.contains(before) || before.equals("rival") || before.equals("competitor");
    }

    /** A word the engine knows, in American or British spelling ("rumours", "organisation", "labelled"). */
    private boolean known(String lower) {
        if (vocabulary.contains(lower)) {
            return true;
        }
        String us = lower.replace("our", "or")
                .replace("isation", "ization")
                .replace("ise", "ize")
                .replace("lled", "led")
                .replace("tre", "ter");
        return !us.equals(lower)
                && (vocabulary.contains(us)
                        || us.endsWith("s") && vocabulary.contains(us.substring(0, us.length() - 1)));
    }

    private static boolean honorific(List<Token> ts, int at) {
        return at > 0 && ts.get(at - 1).text().matches("Mr|Mrs|Ms|Dr|Sir|Prof");
    }

    private void emit(Context ctx, Mention.Kind kind, List<Token> ts, int from, int to, String written) {
        Span span = new Span(ts.get(from).start(), ts.get(to - 1).end());
        // "eBay" and a sentence-initial "EBay", "PayPal" and "Paypal": one entity, named as first written.
        String canonical = ctx.spellings.computeIfAbsent(kind + ":" + written.toLowerCase(Locale.ROOT), k -> written);
        ctx.out.add(Mention.entity(kind, span, canonical, span.of(ctx.text)));
        if (kind == Mention.Kind.ORG) {
            String[] parts = canonical.split(" ");
            if (parts.length >= 2
                    && orgWords.contains(parts[parts.length - 1])
                    && parts[0].length() > 2
                    && Character.isUpperCase(parts[0].charAt(0))) {
                ctx.orgHeads.putIfAbsent(parts[0], canonical); // "May Street Stores" … "May's chairman"
            }
        }
    }
}
