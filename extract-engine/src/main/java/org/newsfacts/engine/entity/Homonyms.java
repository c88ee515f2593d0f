package org.newsfacts.engine.entity;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsfacts.engine.Mention;
import org.newsfacts.engine.lexicon.Lexicon;
import org.newsfacts.engine.lexicon.Resources;
import org.newsfacts.engine.mentions.OrgNames;

/**
 * Signs in the article that an organisation whose name matches one register entry is another company
 * of the same name (a homonym), so {@link EntityLinker} leaves it unlinked. Each check reads the
 * organisation's own written forms, mentions and their nearest words:
 * <ul>
 *   <li>{@link #brandOfAnother}: the article uses the name as a brand or unit of another organisation
 *       ("the Acme cola brand", "its marques Alpha and Acme", "Acme, a unit of Zenith", "Zenith's Acme
 *       unit");</li>
 *   <li>{@link #otherCountry}: the article places it in a country ("India's Acme", "Swedish carmaker
 *       Acme", "Acme, the Danish brewer") and the entry names a different one;</li>
 *   <li>{@link #bareNameOfUnknownRegistrant}: the article writes it only as one bare word (no legal
 *       word, no second form), the engine's gazetteer of well-known companies does not know it, and the
 *       entry is a registrant the register knows no country of (one of the SEC's registrants, not an
 *       index company): such a word is as often a product, a place, a common word or an older company
 *       as that registrant. Unless the registrant's name ends in a non-US legal word ("Acme Ltd", "Acme
 *       AB") and the article places the organisation in another country than the United States
 *       ({@link #foreignIssuerPlacedAbroad}).</li>
 * </ul>
 * A ticker the article gives after the name settles the match; these checks are for names alone. The
 * word lists: {@code brand-words.txt}, {@code unit-words.txt}, {@code non-us-legal-words.txt},
 * {@code register-countries.tsv} (which places of places.tsv lie in which register country) and the
 * tagger's {@code company-nouns.txt}.
 */
final class Homonyms {

    private static final String BRANDS = alternation(Resources.lines("brand-words.txt"));
    private static final String UNITS = alternation(Resources.lines("unit-words.txt"));

    /**
     * "the Acme cola brand": the name, one or two lower-case words (no function word: a product), a brand
     * word. "The Acme brand" alone is as often the company's own name.
     */
    private static final Pattern BRAND_AFTER =
            Pattern.compile("^((?:[ \\t]+[a-z][a-z-]*){1,2})[ \\t]+(?:" + BRANDS + ")\\b");
    /**
     * "its marques Alpha and Acme", "Zenith's brands include Alpha, Beta and Acme": a possessor, at most
     * three words, a brand word, a list of names, the name. Brands of no one ("German marques Alpha and
     * Acme") are as often the companies of those names.
     */
    private static final Pattern BRAND_BEFORE = Pattern.compile(
            "(?:\\b(?:its|their|whose)|[A-Za-z]['’]s)[ \\t]+"
                    + "(?:[a-z][\\w-]*[ \\t]+){0,3}"
                    + "(?:" + BRANDS + ")[ \\t]+"
                    + "(?:(?:include|including|such[ \\t]+as|like|are)[ \\t]+)?"
                    + "(?:[A-Z][\\w&-]*(?:[ \\t]+[A-Z][\\w&-]*){0,2}(?:[ \\t]*,[ \\t]*(?:and[ \\t]+)?|[ \\t]+(?:and|&)[ \\t]+)){0,4}$");
    /** "Acme, a unit of Zenith", "Acme, the luxury brand of Zenith", "Acme, owned by Zenith". */
    private static final Pattern UNIT_APPOSITION = Pattern.compile("^[ \\t]*,[ \\t]*(?:(?:(?:a|an|the|its)[ \\t]+)?"
            + "(?:[a-z][\\w-]*[ \\t]+){0,2}(?:" + UNITS + "|" + BRANDS + ")[ \\t]+of\\b"
            + "|(?:wholly[- ])?owned[ \\t]+by\\b)");
    /** "Zenith's Acme unit": a possessive right before the name and a unit word right after it. */
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("[A-Za-z]['’]s[ \\t]+$");

    private static final Pattern UNIT_AFTER = Pattern.compile("^[ \\t]+(?:" + UNITS + ")\\b");

    /** The countries of register-countries.tsv: the register's spellings, the places in each. */
    private static final Countries COUNTRIES = Countries.load();

    private static final String PLACE = COUNTRIES.byPlace().keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    /**
     * "India's Acme", "US-based Acme", "Swedish carmaker Acme", "Danish shipping and logistics group Acme": a
     * place (not the second half of "Anglo-Dutch"), then the name, or at most four lower-case words
     * ending in a company noun (company-nouns.txt; "shoemaker" ends in one).
     */
    private static final Pattern PLACED_BEFORE = Pattern.compile(
            "(?<![\\w.\\-])(" + PLACE + ")" + "(?:['’]s|-based|-headquartered)?[ \\t]+((?:[a-z][\\w-]*[ \\t]+){0,4})$");

    private static final List<String> COMPANY_NOUNS = Resources.lines("company-nouns.txt");

    /** "Acme, Mexico's largest cement maker", "Acme, the Danish brewer". */
    private static final Pattern PLACED_AFTER = Pattern.compile("^[ \\t]*,[ \\t]*(?:(?:a|an|the)[ \\t]+)?"
            + "(?:[a-z][\\w-]*[ \\t]+){0,2}?(" + PLACE + ")(?:['’]s|-based)?(?![\\w.])");

    private static final Set<String> NON_US_LEGAL_WORDS = Set.copyOf(Resources.lines("non-us-legal-words.txt"));

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+");
    private static final int WINDOW = 120;

    private Homonyms() {}

    /** Why {@code entry} is not the organisation named by {@code mentions}, or null when nothing says so. */
    static String doubt(String text, List<Mention> mentions, Set<String> keyedForms, RegisterEntry entry) {
        if (brandOfAnother(text, mentions)) {
            return "a brand or unit of another organisation";
        }
        if (otherCountry(text, mentions, entry)) {
            return "placed in another country than the entry's";
        }
        if (bareNameOfUnknownRegistrant(keyedForms, entry) && !foreignIssuerPlacedAbroad(text, mentions, entry)) {
            return "a bare one-word name and a registrant of no known country";
        }
        return null;
    }

    /** One of the mentions names a brand or unit of another organisation. */
    static boolean brandOfAnother(String text, List<Mention> mentions) {
        for (Mention m : mentions) {
            String before = before(text, m.span().start());
            String after = after(text, m.span().end());
            Matcher brand = BRAND_AFTER.matcher(after);
            if ((brand.find() && !functionWordBetween(brand.group(1)))
                    || BRAND_BEFORE.matcher(before).find()
                    || UNIT_APPOSITION.matcher(after).find()
                    || (POSSESSIVE_BEFORE.matcher(before).find()
                            && UNIT_AFTER.matcher(after).find())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The article places the organisation in one or more countries (by its mentions' nearest words) and
     * none is the entry's; false when the entry has no country or the article places it nowhere.
     */
    static boolean otherCountry(String text, List<Mention> mentions, RegisterEntry entry) {
        if (entry.country() == null) {
            return false;
        }
        Set<String> placed = placedIn(text, mentions);
        return !placed.isEmpty() && !placed.contains(countryOf(entry.country()));
    }

    /**
     * The registrant's name ends in a legal word of another country than the United States ("Acme Ltd",
     * "Acme AB": a foreign issuer with US-listed shares) and the article places the organisation in a
     * country, not the United States ("Acme, Mexico's largest cement maker").
     */
    static boolean foreignIssuerPlacedAbroad(String text, List<Mention> mentions, RegisterEntry entry) {
        String[] words = CompanyNames.withoutSecMarks(entry.name())
                .toLowerCase(Locale.ROOT)
                .replace(".", "")
                .split("[^a-z0-9]+");
        if (words.length == 0 || !NON_US_LEGAL_WORDS.contains(words[words.length - 1])) {
            return false;
        }
        Set<String> placed = placedIn(text, mentions);
        return !placed.isEmpty() && !placed.contains(countryOf("United States"));
    }

    /** The register countries the article places the organisation in, by its mentions' nearest words. */
    static Set<String> placedIn(String text, List<Mention> mentions) {
        Set<String> placed = new HashSet<>();
        for (Mention m : mentions) {
            Matcher b = PLACED_BEFORE.matcher(before(text, m.span().start()));
            if (b.find() && describesACompany(b.group(2))) {
                placed.add(COUNTRIES.byPlace().get(b.group(1)));
            }
            Matcher a = PLACED_AFTER.matcher(after(text, m.span().end()));
            if (a.find()) {
                placed.add(COUNTRIES.byPlace().get(a.group(1)));
            }
        }
        return placed;
    }

    /**
     * Every written form is one word with no legal word beside it ("Acme", not "Acme Inc"), none is a
     * well-known company of the engine's gazetteer (companies.tsv), and the entry has no country: not
     * an index company but one of the registrants only the SEC lists.
     */
    static boolean bareNameOfUnknownRegistrant(Set<String> keyedForms, RegisterEntry entry) {
        if (entry.country() != null || keyedForms.isEmpty()) {
            return false;
        }
        for (String form : keyedForms) {
            if (Lexicon.get().companies.containsKey(OrgNames.canonical(form))) {
                return false;
            }
            Matcher w = WORD.matcher(form.replaceAll("['’]s\\b", ""));
            int words = 0;
            while (w.find()) {
                words++;
            }
            if (words != 1) {
                return false;
            }
        }
        return true;
    }

    /** No words, or words without a function word (but an inner "and") that end in a company noun. */
    private static boolean describesACompany(String words) {
        String w = words.strip();
        if (w.isEmpty()) {
            return true;
        }
        String last = w.substring(w.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return !functionWordBetween(w) && COMPANY_NOUNS.stream().anyMatch(last::endsWith);
    }

    /** The words between a place or a name and what follows hold a function word other than an "and" inside them ("shipping and logistics"). */
    private static boolean functionWordBetween(String between) {
        Set<String> function = Lexicon.get().functionWords;
        String[] words = between.strip().split("[ \\t]+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean inner = w.equals("and") && i > 0 && i < words.length - 1;
            if (!w.isEmpty() && !inner && function.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The text before {@code start} in its sentence (at most {@value #WINDOW} characters). */
    private static String before(String text, int start) {
        String s = text.substring(Math.max(0, start - WINDOW), start);
        int cut = Math.max(
                Math.max(s.lastIndexOf(". "), s.lastIndexOf('\n')), Math.max(s.lastIndexOf("? "), s.lastIndexOf("! ")));
        return cut < 0 ? s : s.substring(cut + 1);
    }

    /** The text after {@code end} in its line (at most {@value #WINDOW} characters). */
    private static String after(String text, int end) {
        String s = text.substring(Math.min(end, text.length()), Math.min(text.length(), end + WINDOW));
        int cut = s.indexOf('\n');
        return cut < 0 ? s : s.substring(0, cut);
    }

    /** The register's country name as register-countries.tsv spells it (its first column). */
    private static String countryOf(String registerCountry) {
        return COUNTRIES.names().getOrDefault(registerCountry.toLowerCase(Locale.ROOT), registerCountry);
    }

    /**
     * @param byPlace a place name or demonym of places.tsv → the country (first column of
     *     register-countries.tsv) it lies in
     * @param names   a spelling of a country in the register (lower case) → that first column
     */
    private record Countries(Map<String, String> byPlace, Map<String, String> names) {

        static Countries load() {
            Map<String, String> names = new HashMap<>();
            Map<String, String> canonicalToCountry = new HashMap<>();
            for (Map.Entry<String, String> e :
                    Resources.pairs("register-countries.tsv", "\t").entrySet()) {
                String[] spellings = e.getKey().split("\\|");
                String country = spellings[0].strip();
                for (String n : spellings) {
                    names.put(n.strip().toLowerCase(Locale.ROOT), country);
                }
                for (String place : e.getValue().split("\\|")) {
                    canonicalToCountry.put(place.strip(), country);
                }
            }
            Map<String, String> byPlace = new HashMap<>();
            Lexicon.get().places.forEach((name, canonical) -> {
                String country = canonicalToCountry.get(canonical);
                if (country != null) {
                    byPlace.put(name, country);
                }
            });
            return new Countries(Map.copyOf(byPlace), Map.copyOf(names));
        }
    }

    private static String alternation(List<String> words) {
        return words.stream()
                .map(String::strip)
                .filter(w -> !w.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
