package org.newsfacts.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsfacts.engine.Document;
import org.newsfacts.engine.Layer;
import org.newsfacts.engine.Layers;
import org.newsfacts.engine.Stage;
import org.newsfacts.engine.Token;

/**
 * Splits the body into tokens without a regex: words (letters and digits, joined by '.', '&' or
 * '’' inside brands such as "Amazon.com", "AT&T"), dotted initials ("U.S."), numbers ("1,200.5"),
 * and single punctuation marks. Hyphens and dashes split words ("US-listed" → US, -, listed).
 */
public final class Tokenizer implements Stage {

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public void process(Document document) {
        document.put(Layers.TOKENS, tokenize(document.text()));
    }

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                boolean digits = Character.isDigit(c);
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if ((d == '.' || d == '&' || (digits && d == ','))
                            && i + 1 < n
                            && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                // dotted initials: U.S. keeps its final stop
                if (i < n
                        && text.charAt(i) == '.'
                        && i - start >= 3
                        && text.charAt(i - 2) == '.'
                        && Character.isUpperCase(text.charAt(i - 1))) {
                    i++;
                }
            } else {
                i++;
            }
            String word = text.substring(start, i);
            int glued = gluedTicker(word);
            if (glued > 0) {
                out.add(new Token(start, start + glued, word.substring(0, glued)));
                out.add(new Token(start + glued, i, word.substring(glued)));
            } else {
                out.add(new Token(start, i, word));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern GLUED_TICKER =
            java.util.regex.Pattern.compile("[A-Za-z]*[a-z]([A-Z0-9]{1,6}\\.[A-Z]{1,2})");

    /** "Harwick IncHWK.N", "Quillon CorpQLN.O": where a wire ticker glued to the name before it starts; 0 when none. */
    private static int gluedTicker(String word) {
        if (word.length() < 5 || word.indexOf('.') < 0) {
            return 0;
        }
        java.util.regex.Matcher m = GLUED_TICKER.matcher(word);
        return m.matches() ? m.start(1) : 0;
    }
}
