package org.newsfacts.extract.engine;

import java.math.BigDecimal;

/** An amount of money found in the text: its value in whole units of its ISO 4217 currency. */
public record MoneyMention(Span span, BigDecimal value, String currency, String approx) {
}
