package org.newsfacts.model;

import java.util.List;

/**
 * The {@code facts.extracted} v1 payload (contracts/facts.extracted.v1.schema.json): every fact of one
 * article after an extraction, and the names (subjects and objects) of the facts this extraction added,
 * removed or changed. The facts carry no extractor version of their own: the event's is theirs.
 */
public record FactsExtracted(
        String articleId, String source, String extractorVersion, List<Fact> facts, List<String> changedNames) {}
