package org.newsfacts.ingest.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.newsfacts.formats.Rejection;
import org.newsfacts.ingest.article.Submission;

class IngestMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final IngestMetrics metrics = new IngestMetrics(registry);

    @Test
    void everyCounterExistsAtZeroFromTheStart() {
        int channels = Submission.Channel.values().length;
        assertEquals(
                channels * Rejection.values().length,
                registry.find("newsfacts.ingest.submissions.rejected")
                        .counters()
                        .size());
        assertEquals(
                channels,
                registry.find("newsfacts.ingest.submissions.ingested")
                        .counters()
                        .size());
        assertEquals(
                0,
                registry.find("newsfacts.ingest.records.published").counters().stream()
                        .mapToDouble(c -> c.count())
                        .sum());
    }

    @Test
    void submissionsAreCountedByChannelResultAndReason() {
        metrics.on(Submission.ingested(Submission.Channel.INBOX, 3)); // a JSON Lines file of three articles
        metrics.on(Submission.ingested(Submission.Channel.UPLOAD, 1));
        metrics.on(Submission.rejected(Submission.Channel.UPLOAD, Rejection.TOO_LARGE));
        metrics.on(Submission.rejected(Submission.Channel.INBOX, Rejection.UNSUPPORTED_TYPE));
        metrics.on(Submission.rejected(Submission.Channel.INBOX, Rejection.UNSUPPORTED_TYPE));
        metrics.on(Submission.failed(Submission.Channel.INBOX));

        assertEquals(1, count("newsfacts.ingest.submissions.ingested", "inbox"));
        assertEquals(3, count("newsfacts.ingest.records.published", "inbox"));
        assertEquals(1, count("newsfacts.ingest.records.published", "upload"));
        assertEquals(1, count("newsfacts.ingest.submissions.failed", "inbox"));
        assertEquals(0, count("newsfacts.ingest.submissions.failed", "upload"));
        assertEquals(
                2,
                registry.get("newsfacts.ingest.submissions.rejected")
                        .tag("channel", "inbox")
                        .tag("reason", "unsupported_type")
                        .counter()
                        .count());
        assertEquals(
                1,
                registry.get("newsfacts.ingest.submissions.rejected")
                        .tag("channel", "upload")
                        .tag("reason", "too_large")
                        .counter()
                        .count());
        assertEquals(
                0,
                registry.get("newsfacts.ingest.submissions.rejected")
                        .tag("channel", "inbox")
                        .tag("reason", "too_large")
                        .counter()
                        .count());
    }

    private double count(String name, String channel) {
        return registry.get(name).tag("channel", channel).counter().count();
    }
}
