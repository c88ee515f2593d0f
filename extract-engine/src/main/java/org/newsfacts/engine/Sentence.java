package org.newsfacts.engine;

/**
 * A sentence of the body: its span, the line (paragraph) it is on, and whether that line is set in
 * title case (a headline), where capital letters say nothing about names.
 */
public record Sentence(Span span, int line, boolean titleCase) {}
