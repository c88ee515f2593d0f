package org.newsfacts.engine.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsfacts.engine.lexicon.Resources;

/**
 * The key two company names are compared by: case, accents, punctuation, a possessive, a leading
 * "The", the SEC's state marks ("/DE/", "/ADR") and trailing legal or group words ("Inc", "plc",
 * "Holding(s)", "Group": legal-suffixes.txt and register-name-words.txt) left out, "&" read as "and".
 * "Acme Group Holding Ltd.", "ACME GROUP HOLDING LTD /DE/" and "Acme" all give "acme".
 */
public final class CompanyNames {

    private static final Set<String> IGNORED = Stream.concat(
                    Resources.lines("legal-suffixes.txt").stream(), Resources.lines("register-name-words.txt").stream())
            .map(w -> w.toLowerCase(Locale.ROOT).replace(".", ""))
            .filter(w -> !w.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    /** The SEC's marks after a slash: state or country of incorporation, "/NEW", "/ADR". */
    private static final Pattern SEC_MARK = Pattern.compile("\\s*[/\\\\]\\s*[A-Za-z]{1,4}[/\\\\]?\\s*$");

    private static final Pattern TRAILING_SLASH = Pattern.compile("\\s*[/\\\\]\\s*$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private CompanyNames() {}

    /** {@code name} without the SEC's marks at its end: "ACME CORP /DE/" → "ACME CORP", "Acme Ltd/ADR" → "Acme Ltd". */
    public static String withoutSecMarks(String name) {
        String s = name;
        String before;
        do {
            before = s;
            s = SEC_MARK.matcher(s).replaceFirst("");
            s = TRAILING_SLASH.matcher(s).replaceFirst("");
        } while (!s.equals(before) && !s.isEmpty());
        return s.isEmpty() ? name.strip() : s;
    }

    /** The comparison key of {@code name}, empty when it has no letter or digit. */
    public static String key(String name) {
        String s = withoutSecMarks(name);
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        s = POSSESSIVE.matcher(s).replaceAll("").replace("&", " and ");
        List<String> tokens = new ArrayList<>(
                Arrays.stream(NOT_WORD.split(s)).filter(t -> !t.isEmpty()).toList());
        List<String> kept = new ArrayList<>(tokens);
        if (!kept.isEmpty() && kept.get(0).equals("the")) {
            kept.remove(0);
        }
        while (!kept.isEmpty() && IGNORED.contains(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        return String.join(" ", kept.isEmpty() ? tokens : kept);
    }
}
