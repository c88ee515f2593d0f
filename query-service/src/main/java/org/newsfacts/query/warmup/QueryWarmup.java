package org.newsfacts.query.warmup;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.newsfacts.model.FactType;
import org.newsfacts.query.QueryConfig;
import org.newsfacts.query.api.Params;
import org.newsfacts.query.fact.FactPageCache;
import org.newsfacts.query.fact.FactRepository;
import org.newsfacts.query.fact.FactResource;

/**
 * Warms the query path up at startup, in the background, so that the JIT has compiled it before
 * users' load arrives: the service sends itself {@code newsfacts.query.warmup-requests} requests over
 * loopback, one at a time, then drops the pages they cached (they are no user's). Mostly
 * {@code /api/facts} by frequent subjects, an unknown name and type, in page sizes that give both
 * reads and cached pages; one in five is another kind (a subject's export, a page of articles, an
 * entity lookup, the liveness check), because compiled code assumes the types it has seen and another
 * kind of request would otherwise throw it away under load. The requests go over HTTP/1.1, the path
 * users' clients take. While facts.extracted events keep arriving it waits ({@link PipelineYield}).
 * Readiness is not held back; the readiness check {@code query warm-up} says where it stands. The measurements behind this: docs/benchmarks.md.
 */
@ApplicationScoped
public class QueryWarmup {

    private static final Logger LOG = Logger.getLogger(QueryWarmup.class);

    /** How often it asks whether the database answers, before it starts. */
    static final Duration PROBE_EVERY = Duration.ofMillis(250);

    /** Requests between two looks at the pipeline (about a tenth of a second of warm-up). */
    static final int YIELD_EVERY = 50;

    /** Where the warm-up stands. */
    public enum State {
        OFF,
        RUNNING,
        DONE,
        FAILED
    }

    /** Where it stands, the requests answered so far, those that failed, and the seconds it took (once done). */
    public record Progress(State state, long answered, long failed, double seconds) {}

    private final QueryConfig config;
    private final FactRepository facts;
    private final FactPageCache pages;
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile State state = State.OFF;
    private volatile double seconds = Double.NaN;
    private volatile boolean stopping;

    public QueryWarmup(QueryConfig config, FactRepository facts, FactPageCache pages) {
        this.config = config;
        this.facts = facts;
        this.pages = pages;
    }

    public Progress progress() {
        return new Progress(state, answered.get(), failed.get(), seconds);
    }

    /** Once the HTTP server listens (an event Quarkus fires asynchronously): the warm-up starts on a thread of its own. */
    void onServerStart(@ObservesAsync HttpServerStart event) {
        if (config.warmupRequests() <= 0 || state != State.OFF) {
            return;
        }
        int port = event.options().getPort();
        if (port <= 0) { // a random port (0 asked for): Quarkus publishes the one it got in its configuration
            String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
            port = ConfigProvider.getConfig()
                    .getOptionalValue(key, Integer.class)
                    .orElse(-1);
        }
        if (port <= 0) {
            state = State.FAILED;
            LOG.warn("query path not warmed up: the HTTP port is not known");
            return;
        }
        state = State.RUNNING;
        URI base = URI.create("http://localhost:" + port);
        Thread thread = new Thread(() -> run(base), "query-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    private void run(URI base) {
        try {
            HttpClient client = client();
            URI probe = base.resolve("/api/articles?limit=1");
            boolean[] told = {false};
            IntSupplier answer = () -> {
                int status = status(client, probe);
                if (status != 200 && !told[0]) {
                    // A first start: extract-service creates the schema, and requests that fail would
                    // warm the error path instead of the one users take.
                    told[0] = true;
                    LOG.infof("query warm-up waits for the database's tables (extract-service creates them)");
                }
                return status;
            };
            if (!awaitAnswer(answer, config.warmupDatabaseWait(), System::nanoTime, d -> Thread.sleep(d.toMillis()))) {
                state = State.FAILED;
                LOG.warnf("query path not warmed up: %s did not answer within %s", probe, config.warmupDatabaseWait());
                return;
            }
            List<URI> targets = targets(base, subjects(), config.warmupRequests());
            long start = System.nanoTime();
            PipelineYield pipeline = new PipelineYield(
                    () -> pages.stats().invalidations(), config.warmupYield(), d -> Thread.sleep(d.toMillis()));
            send(client, targets, pipeline);
            pages.clear(); // its pages are nobody's: kept, they would count as in use and be renewed on events
            seconds = (System.nanoTime() - start) / 1e9;
            state = State.DONE;
            LOG.infof(
                    "query path warmed up: %,d requests in %.1f s (%,d failed; %.1f s of it given to the pipeline)",
                    answered.get(), seconds, failed.get(), pipeline.waited().toMillis() / 1000.0);
        } catch (InterruptedException e) {
            state = State.FAILED;
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            state = State.FAILED;
            LOG.warnf("query path not warmed up: %s", e.toString());
        }
    }

    /**
     * Asks {@code status} every {@link #PROBE_EVERY} until it gives 200 (true) or {@code within} has
     * passed (false).
     */
    static boolean awaitAnswer(
            IntSupplier status, Duration within, LongSupplier nanoClock, PipelineYield.Sleeper sleeper)
            throws InterruptedException {
        long deadline = nanoClock.getAsLong() + within.toNanos();
        while (status.getAsInt() != 200) {
            if (nanoClock.getAsLong() - deadline >= 0) {
                return false;
            }
            sleeper.sleep(PROBE_EVERY);
        }
        return true;
    }

    /** The status a GET of the URI answers with, or -1 when nothing answers. */
    private static int status(HttpClient client, URI uri) {
        try {
            return client.send(request(uri).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** A GET of the URI that names the warm-up as its client. */
    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header("User-Agent", "newsfacts-query-warmup");
    }

    private List<String> subjects() {
        try {
            return facts.frequentSubjects(20);
        } catch (RuntimeException e) {
            return List.of(); // the database not there yet: the unknown name and the type still warm the path
        }
    }

    /** Over HTTP/1.1, the protocol of the requests it prepares the service for. */
    static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * What the warm-up asks for, in turn. Four in five are pages of facts: each filter with a page
     * size that grows by one every round (1 to the API's largest, {@link Params#MAX_LIMIT}), so that
     * the first rounds are reads the cache has not seen (the database, the row mapping and the JSON
     * writer get compiled too) and the later ones are cached pages (the path most requests take).
     * Every fifth is, in turn, the export of one of those filters' facts, a page of articles, an
     * entity lookup, or the liveness check (which probes call all along).
     */
    static List<URI> targets(URI base, List<String> subjects, int n) {
        List<String> filters = new ArrayList<>();
        for (String subject : subjects) {
            filters.add("subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8));
        }
        filters.add("subject=" + URLEncoder.encode("no such name (warm-up)", StandardCharsets.UTF_8));
        filters.add("type=" + FactType.INVESTMENT.wire());
        List<URI> targets = new ArrayList<>(n);
        int pages = 0;
        int others = 0;
        for (int i = 0; i < n; i++) {
            String path;
            if (i % 5 == 4) {
                String filter = filters.get(others % filters.size());
                path = switch (others++ % 4) {
                    case 0 -> "/api/facts/export?" + filter;
                    case 1 -> "/api/articles?limit=" + (1 + others % 20);
                    case 2 -> "/api/entities?q=" + filter.substring(filter.indexOf('=') + 1) + "&limit=5";
                    default -> "/q/health/live";
                };
            } else {
                int limit = 1 + (pages / filters.size()) % Params.MAX_LIMIT;
                path = "/api/facts?" + filters.get(pages++ % filters.size()) + "&limit=" + limit;
            }
            targets.add(base.resolve(path));
        }
        return targets;
    }

    /**
     * Sends the requests one after the other (fewer if the service stops meanwhile): at most about a
     * core between this client and the server, so that the other services starting beside it (and a
     * restarted one) still get theirs; every {@value #YIELD_EVERY} requests it gives way to the
     * pipeline while articles are being stored.
     */
    private void send(HttpClient client, List<URI> targets, PipelineYield pipeline) throws InterruptedException {
        for (int i = 0; i < targets.size() && !stopping; i++) {
            if (i % YIELD_EVERY == 0) {
                pipeline.pause();
            }
            URI target = targets.get(i);
            String accept = target.getPath().endsWith("/export") ? FactResource.NDJSON : "application/json";
            HttpRequest request = request(target).header("Accept", accept).build();
            try {
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    failed.incrementAndGet();
                }
            } catch (IOException e) {
                failed.incrementAndGet();
            }
            answered.incrementAndGet();
        }
    }
}
