package org.newsfacts.engine;

/**
 * A quotation: the words inside the quote marks, where they are, and who said them (canonical
 * person or organisation; {@code person} says which).
 */
public record Quote(Span span, String text, String speaker, boolean person, Span evidence) {}
