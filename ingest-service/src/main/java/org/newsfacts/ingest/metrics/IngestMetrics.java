package org.newsfacts.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.newsfacts.formats.Rejection;
import org.newsfacts.ingest.article.Submission;

/**
 * ingest-service's own meters on {@code /q/metrics} (Prometheus names), by channel ({@code inbox} for
 * dropped files, {@code upload} for HTTP): submissions ingested
 * ({@code newsfacts_ingest_submissions_ingested_total}), rejected by reason
 * ({@code newsfacts_ingest_submissions_rejected_total{reason}}), and whose publication failed
 * ({@code newsfacts_ingest_submissions_failed_total}); the records the broker acknowledged on
 * articles.raw ({@code newsfacts_ingest_records_published_total}). Every counter exists from the
 * start, at 0. The services only announce what became of a submission ({@link Submission}); this counts.
 */
@Startup
@ApplicationScoped
public class IngestMetrics {

    private final Map<Submission.Channel, Counter> ingested = new EnumMap<>(Submission.Channel.class);
    private final Map<Submission.Channel, Counter> failed = new EnumMap<>(Submission.Channel.class);
    private final Map<Submission.Channel, Counter> published = new EnumMap<>(Submission.Channel.class);
    private final Map<Submission.Channel, Map<Rejection, Counter>> rejected = new EnumMap<>(Submission.Channel.class);

    public IngestMetrics(MeterRegistry registry) {
        for (Submission.Channel channel : Submission.Channel.values()) {
            String c = channel.name().toLowerCase(Locale.ROOT);
            ingested.put(
                    channel,
                    Counter.builder("newsfacts.ingest.submissions.ingested")
                            .tag("channel", c)
                            .description("Files or uploads whose articles the broker acknowledged")
                            .register(registry));
            failed.put(
                    channel,
                    Counter.builder("newsfacts.ingest.submissions.failed")
                            .tag("channel", c)
                            .description(
                                    "Files or uploads the broker did not acknowledge (a file is tried again, an upload answered 503)")
                            .register(registry));
            published.put(
                    channel,
                    Counter.builder("newsfacts.ingest.records.published")
                            .tag("channel", c)
                            .description("Records the broker acknowledged on articles.raw (one per article)")
                            .register(registry));
            Map<Rejection, Counter> byReason = new EnumMap<>(Rejection.class);
            for (Rejection why : Rejection.values()) {
                byReason.put(
                        why,
                        Counter.builder("newsfacts.ingest.submissions.rejected")
                                .tag("channel", c)
                                .tag("reason", why.label())
                                .description("Files moved to rejected/ or uploads answered 4xx, by reason")
                                .register(registry));
            }
            rejected.put(channel, byReason);
        }
    }

    void on(@Observes Submission s) {
        switch (s.result()) {
            case INGESTED -> {
                ingested.get(s.channel()).increment();
                published.get(s.channel()).increment(s.articles());
            }
            case REJECTED -> rejected.get(s.channel()).get(s.rejection()).increment();
            case FAILED -> failed.get(s.channel()).increment();
        }
    }
}
