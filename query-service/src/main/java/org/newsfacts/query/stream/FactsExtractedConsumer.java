package org.newsfacts.query.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.newsfacts.model.FactsExtracted;
import org.newsfacts.query.fact.FactPageCache;

/**
 * The Kafka adapter of the live stream: reads {@code facts.extracted} (each instance in a group of its
 * own, from the newest record on, committing nothing), tells the page cache ({@link FactPageCache})
 * which names changed and hands the facts to {@link FactHub}. A record
 * that is not a facts.extracted v1 event is logged and skipped: this view does not own the topic.
 */
@ApplicationScoped
public class FactsExtractedConsumer {

    private static final Logger LOG = Logger.getLogger(FactsExtractedConsumer.class);

    /** The part of the facts.extracted v1 payload the page cache needs (the facts are skipped, not read). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Changes(String articleId, List<String> changedNames) {}

    private final ObjectMapper mapper;
    private final FactHub hub;
    private final FactPageCache pages;

    public FactsExtractedConsumer(ObjectMapper mapper, FactHub hub, FactPageCache pages) {
        this.mapper = mapper;
        this.hub = hub;
        this.pages = pages;
    }

    @Incoming("facts-extracted")
    public void consume(String payload) {
        try {
            Changes changes = mapper.readValue(payload, Changes.class);
            if (changes == null || changes.articleId() == null || changes.changedNames() == null) {
                pages.invalidate(); // an event that does not say what changed (an earlier producer): assume anything
                // did
            } else if (!changes.changedNames().isEmpty()) {
                pages.changed(changes.articleId(), changes.changedNames());
            } // else: extracted again, and every fact as it was
            if (!hub.wantsFacts()) {
                return; // nobody listens or will reconnect soon: skip reading the facts (extraction at full speed sends
                // hundreds of events a second)
            }
            FactsExtracted event = mapper.readValue(payload, FactsExtracted.class);
            if (event != null && event.facts() != null) {
                event.facts().forEach(f -> hub.publish(f.withExtractorVersion(event.extractorVersion())));
            }
        } catch (IOException e) {
            pages.invalidate(); // whatever it was, cached pages may be out of date
            LOG.warnf("skipped a facts.extracted record that is not a v1 event: %s", e.getMessage());
        }
    }
}
