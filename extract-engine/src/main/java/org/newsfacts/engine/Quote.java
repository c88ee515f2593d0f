package org.newsfacts.engine;

/**
 * A quotation: the words inside the quote marks, where they are, and who said them (canonical
 * person, or null when the article does not name the speaker).
 */
public record Quote(Span span, String text, String speaker, Span evidence) {
}
