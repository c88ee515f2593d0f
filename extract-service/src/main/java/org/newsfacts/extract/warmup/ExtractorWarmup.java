package org.newsfacts.extract.warmup;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;
import org.newsfacts.engine.Extractor;
import org.newsfacts.extract.article.LiveTraffic;

/**
 * Runs the extractor over the bundled warm-up articles ({@link WarmupArticles}) for a while after
 * start, on a thread of its own, so that the JIT has compiled the engine (two thirds of the service's
 * CPU per article) before the first articles arrive: right after start the same articles take several
 * times the CPU (docs/benchmarks.md#cold-start). It ends when the JIT has gone quiet ({@link
 * JitQuiet}), after {@link WarmupConfig#duration()} at most, at the first live batch (live articles
 * warm the same code, and must not share the cores with this), or when the service stops. Readiness
 * is not held back; the readiness check {@code extractor warm-up} says where it stands, and {@code
 * ./newsfacts up} waits for it.
 */
@ApplicationScoped
public class ExtractorWarmup {

    private static final Logger LOG = Logger.getLogger(ExtractorWarmup.class);
    /** Any fixed day: relative periods ("last year") count from it. */
    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);

    /** Where the warm-up stands. */
    public enum State {
        OFF,
        RUNNING,
        DONE,
        FAILED
    }

    /** Where it stands, the articles extracted so far, and why it ended (once it has). */
    public record Progress(State state, long articles, String ended) {}

    /** Why a run ended. */
    enum End {
        JIT_QUIET("the JIT had gone quiet"),
        TIME_UP("its time was up"),
        LIVE_TRAFFIC("live articles arrived"),
        STOPPED("the service stopped");

        final String reason;

        End(String reason) {
            this.reason = reason;
        }
    }

    private final Extractor extractor;
    private final LiveTraffic traffic;
    private final WarmupConfig config;
    private volatile State state = State.OFF;
    private volatile long articles;
    private volatile String ended = "";
    private volatile boolean stopping;

    public ExtractorWarmup(Extractor extractor, LiveTraffic traffic, WarmupConfig config) {
        this.extractor = extractor;
        this.traffic = traffic;
        this.config = config;
    }

    public Progress progress() {
        return new Progress(state, articles, ended);
    }

    void onStart(@Observes StartupEvent event) {
        if (config.duration().isZero() || config.duration().isNegative()) {
            return;
        }
        state = State.RUNNING;
        Thread thread = new Thread(this::run, "extractor-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    private void run() {
        try {
            long start = System.nanoTime();
            long deadline = start + config.duration().toNanos();
            End end = run(
                    extractor,
                    WarmupArticles.bundled(),
                    () -> stopping,
                    traffic::started,
                    System::nanoTime,
                    deadline,
                    JitQuiet.ofThisJvm(start),
                    n -> articles = n);
            ended = end.reason;
            state = State.DONE;
            LOG.infof(
                    "extractor warmed up: %,d articles in %.1f s (ended because %s)",
                    articles, (System.nanoTime() - start) / 1e9, end.reason);
        } catch (RuntimeException e) {
            state = State.FAILED;
            ended = e.toString();
            LOG.warnf("extractor not warmed up: %s", e.toString());
        }
    }

    /**
     * Extracts the texts in turn until the JIT has gone quiet, the clock passes the deadline, live
     * traffic has started or a stop is asked for (checked before each article); {@code extracted} is
     * told the number of articles so far after each.
     */
    static End run(
            Extractor extractor,
            List<String> texts,
            BooleanSupplier stopping,
            BooleanSupplier liveStarted,
            LongSupplier clock,
            long deadline,
            JitQuiet jit,
            LongConsumer extracted) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no warm-up articles");
        }
        for (long n = 0; ; n++) {
            if (stopping.getAsBoolean()) {
                return End.STOPPED;
            }
            if (liveStarted.getAsBoolean()) {
                return End.LIVE_TRAFFIC;
            }
            long now = clock.getAsLong();
            if (now - deadline >= 0) {
                return End.TIME_UP;
            }
            if (jit.quiet(now)) {
                return End.JIT_QUIET;
            }
            extractor.run(texts.get((int) (n % texts.size())), DAY);
            extracted.accept(n + 1);
        }
    }
}
