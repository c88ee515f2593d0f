package org.newsfacts.engine;

import java.util.List;
import org.newsfacts.model.Fact;

/**
 * A sentence with its mentions replaced by slots ({@code ORG_0}, {@code MON_1}, {@code PCT_2} …) so
 * that rules are short patterns over words and slots. Typographic quotes, apostrophes and dashes are
 * plain ASCII here; {@code slot("ORG_0")} gives the mention back. {@code focus} is the organisation
 * the article is about at this sentence (may be null).
 */
public record Clause(Sentence sentence, String masked, List<Mention> slots, String focus) {

    public Mention slot(String placeholder) {
        int underscore = placeholder.indexOf('_');
        int end = underscore + 1;
        while (end < placeholder.length() && Character.isDigit(placeholder.charAt(end))) {
            end++;
        }
        return slots.get(Integer.parseInt(placeholder.substring(underscore + 1, end)));
    }

    public Fact.Evidence evidence(String text) {
        return FactBuilder.evidence(
                sentence.span().of(text),
                sentence.span().start(),
                sentence.span().end());
    }
}
