package org.newsfacts.extract.article;

import java.util.List;
import org.newsfacts.engine.FactJson;

/**
 * The {@code facts.extracted} v1 payload: every fact of one article after an extraction, and the
 * names (subjects and objects) of the facts this extraction added, removed or changed.
 */
public record FactsExtractedEvent(
        String articleId, String source, String extractorVersion, List<FactJson> facts, List<String> changedNames) {}
