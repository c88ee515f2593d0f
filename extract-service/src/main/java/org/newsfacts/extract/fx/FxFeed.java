package org.newsfacts.extract.fx;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The ECB's live feed: on a schedule (newsfacts.fx.feed.every), today's file, or the 90-day file when
 * the newest known rate is older than newsfacts.fx.feed.history-after. Offline it keeps working with
 * the rates it has: one warning, then quiet until the feed answers again. A bad feed is refused with
 * its reason in the log and changes nothing. Health shows the newest rate's date; the metric
 * {@code newsfacts_fx_rate_age_days} its age.
 */
@ApplicationScoped
public class FxFeed {

    private static final Logger LOG = Logger.getLogger(FxFeed.class);

    /** The feed could not be fetched (no network, a timeout, an HTTP error). */
    public static class UnreachableException extends RuntimeException {
        UnreachableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The last fetch's outcome, for health and GET /api/fx. */
    public record Outcome(Instant at, String url, String state, String detail) {}

    private final FxConfig config;
    private final FxService service;
    private final LiveRates rates;
    private final HttpClient http;
    private final AtomicBoolean offlineWarned = new AtomicBoolean();
    private final Counter refused;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fx-feed");
        t.setDaemon(true);
        return t;
    });
    private volatile Outcome last;

    public FxFeed(FxConfig config, FxService service, LiveRates rates, MeterRegistry registry) {
        this.config = config;
        this.service = service;
        this.rates = rates;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.feed().timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        Gauge.builder("newsfacts.fx.rate.age.days", this, FxFeed::ageDays)
                .description("Days between today and the newest ECB reference rate known (vendored or fetched)")
                .register(registry);
        this.refused = Counter.builder("newsfacts.fx.feed.refused")
                .description("Rate files refused (bad feed)")
                .register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        try {
            rates.refresh();
        } catch (RuntimeException e) {
            LOG.warnf(
                    "cannot read the stored exchange rates yet (%s): converting with the vendored ones until the next poll",
                    e.getMessage());
        }
        if (!config.feed().enabled()) {
            LOG.infof(
                    "the ECB feed is off (newsfacts.fx.feed.enabled=false): rates come from 'newsfacts fx update'; newest known %s",
                    rates.newestEcbDay());
        }
        // Polls even with the feed off: rates another instance loaded count here too.
        executor.scheduleWithFixedDelay(
                this::poll,
                config.feed().initialDelay().toMillis(),
                config.feed().every().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }

    /**
     * Reads the stored rates again (another instance may have loaded some) and converts the recent facts
     * still waiting with them — those this instance or another extracted before it knew those rates —
     * then fetches the feed when it is on.
     */
    private void poll() {
        try {
            rates.refresh();
            LocalDate newest = rates.newestEcbDay();
            if (newest != null) {
                service.reconvertFrom(newest.minusDays(config.maxAge().toDays()));
            }
        } catch (RuntimeException e) {
            LOG.warnf("cannot read the stored exchange rates (%s); trying again at the next poll", e.getMessage());
        }
        if (config.feed().enabled()) {
            try {
                update();
            } catch (RuntimeException e) {
                // logged by update(); the next poll tries again
            }
        }
    }

    /** Fetches the configured feed now and loads it. */
    public FxService.LoadResult update() {
        String url = url();
        byte[] body;
        try {
            body = fetch(url);
        } catch (UnreachableException e) {
            last = new Outcome(Instant.now(), url, "UNREACHABLE", e.getMessage());
            if (offlineWarned.compareAndSet(false, true)) {
                LOG.warnf(
                        "cannot reach the ECB feed (%s): converting with the rates known, the newest of %s; trying again every %s "
                                + "(this warning is not repeated until the feed answers; 'newsfacts fx update FILE' loads a file by hand)",
                        e.getMessage(), rates.newestEcbDay(), config.feed().every());
            } else {
                LOG.debugf("the ECB feed is still unreachable: %s", e.getMessage());
            }
            throw e;
        }
        if (offlineWarned.getAndSet(false)) {
            LOG.infof("the ECB feed answers again (%s)", url);
        }
        return load(body, url);
    }

    /** Loads a file given by hand or fetched; a refusal is logged with its reason and counted. */
    public FxService.LoadResult load(byte[] body, String origin) {
        try {
            FxService.LoadResult r = service.load(body, origin);
            last = new Outcome(Instant.now(), origin, "LOADED", r.newRates() + " new rates, newest " + r.newestRate());
            return r;
        } catch (BadFeedException e) {
            refused.increment();
            last = new Outcome(Instant.now(), origin, "REFUSED", e.getMessage());
            LOG.warnf("refused the exchange rates from %s: %s; nothing was stored", origin, e.getMessage());
            throw e;
        }
    }

    /** Today's file, or the 90-day one when the newest known rate is older than history-after. */
    String url() {
        LocalDate newest = rates.newestEcbDay();
        LocalDate today = LocalDate.now(FxService.ECB_ZONE);
        boolean behind = newest == null
                || ChronoUnit.DAYS.between(newest, today)
                        > config.feed().historyAfter().toDays();
        return behind ? config.feed().historyUrl() : config.feed().dailyUrl();
    }

    private byte[] fetch(String url) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(config.feed().timeout())
                    .GET()
                    .build();
        } catch (IllegalArgumentException e) {
            throw new UnreachableException("'" + url + "' is not a URL: " + e.getMessage(), e);
        }
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new UnreachableException("HTTP " + response.statusCode() + " from " + url, null);
                }
                byte[] body = in.readNBytes(config.feed().maxBytes() + 1);
                if (body.length > config.feed().maxBytes()) {
                    throw new BadFeedException("the feed from " + url + " is larger than "
                            + config.feed().maxBytes() + " bytes (newsfacts.fx.feed.max-bytes)");
                }
                return body;
            }
        } catch (IOException e) {
            throw new UnreachableException(
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " fetching "
                            + url,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreachableException("interrupted fetching " + url, e);
        }
    }

    public Outcome lastOutcome() {
        return last;
    }

    /** Days since the newest known rate; -1 when none is known. */
    double ageDays() {
        LocalDate newest = rates.newestEcbDay();
        return newest == null ? -1 : ChronoUnit.DAYS.between(newest, LocalDate.now(FxService.ECB_ZONE));
    }
}
