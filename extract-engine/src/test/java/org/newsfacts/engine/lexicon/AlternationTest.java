package org.newsfacts.engine.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AlternationTest {

    private static String quoted(String w) {
        return Pattern.quote(w).replace(" ", "\\E\\s+\\Q");
    }

    private static String plain(List<String> words) {
        return String.join("|", words.stream().map(AlternationTest::quoted).toList());
    }

    /** Every match of {@code find()} as "start-end:word". */
    private static List<String> matches(String regex, int flags, String text) {
        Matcher m = Pattern.compile(regex, flags).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group("w"));
        }
        return out;
    }

    @Test
    void prefersTheSameWordAsThePlainAlternation() {
        List<String> shortFirst = List.of("chief", "chairman", "chief executive", "president");
        List<String> longFirst = List.of("chief executive", "chairman", "chief", "president");
        String text = "The Chief Executive and the chairman met the CHIEF of staff and the president.";
        for (List<String> words : List.of(shortFirst, longFirst)) {
            String grouped = "(?<w>" + Alternation.of(words, AlternationTest::quoted) + ")";
            String expected = "(?<w>" + plain(words) + ")";
            assertEquals(
                    matches(expected, Pattern.CASE_INSENSITIVE, text),
                    matches(grouped, Pattern.CASE_INSENSITIVE, text));
        }
        assertEquals(
                List.of("4-9:Chief", "28-36:chairman", "45-50:CHIEF", "68-77:president"),
                matches(
                        "(?<w>" + Alternation.of(shortFirst, AlternationTest::quoted) + ")",
                        Pattern.CASE_INSENSITIVE,
                        text));
    }

    @Test
    void groupsBehindALookAheadOnTheFirstLetter() {
        String regex = Alternation.of(List.of("sold", "rose", "sank"), AlternationTest::quoted);
        assertTrue(regex.startsWith("(?=[sSrR])(?:(?=[sS])(?:\\Qsold\\E|\\Qsank\\E)|(?=[rR])"), regex);
        // a word not opening with a letter or digit: joined plainly
        assertEquals("\\Q$\\E|\\Qsold\\E", Alternation.of(List.of("$", "sold"), AlternationTest::quoted));
    }

    /** Random word lists over a few letters (prefixes of one another, case variants, spaces) and random texts: the same matches. */
    @Test
    void sameMatchesAsThePlainAlternationOnRandomLists() {
        Random random = new Random(7);
        String letters = "aAbB c";
        for (int round = 0; round < 300; round++) {
            List<String> words = new ArrayList<>();
            for (int i = 1 + random.nextInt(8); i > 0; i--) {
                StringBuilder w = new StringBuilder().append("abAB".charAt(random.nextInt(4)));
                for (int n = random.nextInt(4); n > 0; n--) {
                    w.append("ab AB".charAt(random.nextInt(5)));
                }
                words.add(w.toString().strip());
            }
            StringBuilder text = new StringBuilder();
            for (int n = 20 + random.nextInt(40); n > 0; n--) {
                text.append(letters.charAt(random.nextInt(letters.length())));
            }
            // the context after the word makes the engine backtrack into later words, where the preferred word shows
            for (String context : List.of("", "\\s", "b\\b", "\\b")) {
                for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE}) {
                    String grouped = "(?<w>" + Alternation.of(words, AlternationTest::quoted) + ")" + context;
                    String expected = "(?<w>" + plain(words) + ")" + context;
                    assertEquals(
                            matches(expected, flags, text.toString()),
                            matches(grouped, flags, text.toString()),
                            () -> words + " over '" + text + "'");
                }
            }
        }
    }

    @Test
    void firstWordsAreTheWordsEveryPhraseNeeds() {
        assertArrayEquals(
                new String[] {"buy", "take", "acquire"},
                Alternation.firstWords(List.of("buy out", "buys", "Take over", "acquire", "buy", "takes over")));
    }
}
