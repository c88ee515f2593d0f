package org.newsfacts.engine;

import java.math.BigDecimal;
import org.newsfacts.model.Approx;

/**
 * Something a stage found in the text: an entity (canonical name), an amount of money, a percentage,
 * a share count or a period (ISO form in {@code canonical}, the article's words in {@code text}).
 * A reference ("the company", "its", "he") is an entity mention whose canonical name was resolved
 * from the context.
 */
public record Mention(
        Kind kind,
        Span span,
        String canonical,
        BigDecimal value,
        String unit,
        Approx approx,
        String text,
        boolean reference) {

    public enum Kind {
        ORG("ORG"),
        PERSON("PER"),
        PLACE("LOC"),
        MEDIA("MED"),
        PRODUCT("PRD"),
        MONEY("MON"),
        PERCENT("PCT"),
        SHARES("SHR"),
        PERIOD("TIM");

        public final String tag;

        Kind(String tag) {
            this.tag = tag;
        }
    }

    public static Mention entity(Kind kind, Span span, String canonical, String text) {
        return new Mention(kind, span, canonical, null, null, null, text, false);
    }

    public static Mention reference(Kind kind, Span span, String canonical, String text) {
        return new Mention(kind, span, canonical, null, null, null, text, true);
    }

    public static Mention amount(Kind kind, Span span, BigDecimal value, String unit, Approx approx, String text) {
        return new Mention(kind, span, null, value, unit, approx, text, false);
    }

    public static Mention period(Span span, String iso, String text) {
        return new Mention(Kind.PERIOD, span, iso, null, null, null, text, false);
    }
}
