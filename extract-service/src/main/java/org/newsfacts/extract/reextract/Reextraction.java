package org.newsfacts.extract.reextract;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.newsfacts.engine.Extractor;
import org.newsfacts.extract.article.ArticleService;
import org.newsfacts.extract.article.ArticleService.StoredArticle;
import org.newsfacts.extract.article.LiveTraffic;
import org.newsfacts.extract.reextract.ReextractRepository.Backlog;
import org.newsfacts.extract.reextract.ReextractRepository.Due;
import org.newsfacts.extract.reextract.ReextractRepository.Position;

/**
 * Re-extracts, in the background, the stored articles whose facts an older extractor made (or all of
 * them, when asked): oldest first, a few per transaction, each article's facts and mentions replaced
 * and its {@code facts.extracted} event queued in that transaction ({@link ArticleService#reextract}).
 * Live articles go first ({@link LiveTraffic}). Every instance runs one; they share the backlog through
 * row locks ({@link ReextractRepository#claim}), and since the backlog is the database's state, a
 * restart goes on where the last one stopped.
 */
@ApplicationScoped
public class Reextraction {

    private static final Logger LOG = Logger.getLogger(Reextraction.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    private static final Duration DATABASE_BACKOFF = Duration.ofSeconds(5);

    /** What this instance's re-extraction is doing. */
    public enum State {
        STARTING,
        WORKING,
        IDLE,
        WAITING_FOR_DATABASE,
        DISABLED
    }

    /** What this instance's re-extraction does and how much is left (all instances together). */
    public record Status(
            String extractorVersion,
            State state,
            long remaining,
            Map<String, Long> articlesByVersion,
            long reextractedSinceStart,
            long failedSinceStart,
            Double articlesPerSecond) {}

    /** One transaction's work. */
    private record Batch(int claimed, List<String> failed, Position last) {}

    private final ReextractRepository repository;
    private final ArticleService articles;
    private final LiveTraffic traffic;
    private final ReextractConfig config;
    private final Set<String> failed = ConcurrentHashMap.newKeySet();
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean stopping;
    private volatile State state;
    private volatile long done;
    private volatile long runStartedNanos;
    private volatile long runDone;
    private Backlog counted;
    private long countedAtNanos;

    public Reextraction(
            ReextractRepository repository, ArticleService articles, LiveTraffic traffic, ReextractConfig config) {
        this.repository = repository;
        this.articles = articles;
        this.traffic = traffic;
        this.config = config;
        this.state = config.enabled() ? State.STARTING : State.DISABLED;
    }

    void onStart(@Observes StartupEvent start) {
        if (!config.enabled()) {
            LOG.info(
                    "re-extraction of older articles is disabled on this instance (newsfacts.reextract.enabled=false)");
            return;
        }
        Thread worker = new Thread(this::run, "reextraction");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent stop) {
        stopping = true;
        wake();
    }

    /** Asks for articles of older versions (and with {@code all}, every article) to be extracted again now. */
    public Status request(boolean all) {
        if (all) {
            repository.requestAll();
            LOG.info("re-extraction of every stored article requested");
        }
        wake();
        return status(Duration.ZERO);
    }

    /** The status, counted again if the last count is older than {@code maxAge} (ZERO: counted now). */
    public Status status(Duration maxAge) {
        Backlog backlog = backlog(maxAge);
        long started = runStartedNanos;
        Double rate = started == 0 || state != State.WORKING
                ? null
                : runDone / Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        return new Status(Extractor.VERSION, state, backlog.due(), backlog.versions(), done, failed.size(), rate);
    }

    private synchronized Backlog backlog(Duration maxAge) {
        if (counted == null || System.nanoTime() - countedAtNanos >= maxAge.toNanos()) {
            counted = repository.backlog(Extractor.VERSION);
            countedAtNanos = System.nanoTime();
        }
        return counted;
    }

    private void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void sleep(Duration atMost) throws InterruptedException {
        synchronized (signal) {
            long until = System.nanoTime() + atMost.toNanos();
            while (!woken && !stopping && System.nanoTime() < until) {
                signal.wait(Math.max(1, (until - System.nanoTime()) / 1_000_000));
            }
            woken = false;
        }
    }

    void run() {
        Position position = Position.START;
        Due due = null;
        long lastProgress = System.nanoTime();
        long batchStarted = 0;
        String lastError = null;
        try {
            while (!stopping) {
                traffic.awaitQuiet(config.liveQuiet(), config.liveMaxWait());
                Batch batch;
                try {
                    if (position.equals(Position.START)) {
                        due = repository.due(Extractor.VERSION); // a pass works from the versions stored when it starts
                    }
                    Position from = position;
                    Due pass = due;
                    batchStarted = System.nanoTime();
                    batch = pass.older().isEmpty() && pass.current().isEmpty()
                            ? new Batch(0, List.of(), from)
                            : QuarkusTransaction.requiringNew().call(() -> work(pass, from));
                    lastError = null;
                } catch (RuntimeException e) {
                    if (stopping) {
                        return;
                    }
                    if (!String.valueOf(e.getMessage()).equals(lastError)) {
                        LOG.warnf(
                                "re-extraction waits for the database (%s); it tries again every %d s",
                                e.getMessage(), DATABASE_BACKOFF.toSeconds());
                        lastError = String.valueOf(e.getMessage());
                    }
                    state = State.WAITING_FOR_DATABASE;
                    sleep(DATABASE_BACKOFF);
                    continue;
                }
                if (batch.claimed() == 0) {
                    if (!position.equals(Position.START)) {
                        position = Position.START; // another pass finds what others held or gave back
                        continue;
                    }
                    finishRun();
                    sleep(config.pollInterval());
                    continue;
                }
                if (state != State.WORKING) {
                    startRun(batch.claimed());
                    lastProgress = System.nanoTime();
                }
                position = batch.last();
                failed.addAll(batch.failed());
                int succeeded = batch.claimed() - batch.failed().size();
                done += succeeded;
                runDone += succeeded;
                pause(System.nanoTime() - batchStarted);
                if (System.nanoTime() - lastProgress > PROGRESS_EVERY.toNanos()) {
                    lastProgress = System.nanoTime();
                    Status s = status(Duration.ZERO);
                    LOG.infof(
                            "re-extraction: %,d articles done, %,d to go (%.0f articles/s)",
                            runDone, s.remaining(), s.articlesPerSecond() == null ? 0.0 : s.articlesPerSecond());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Leaves the cores to others for a while after a batch that took {@code tookNanos} ({@link ReextractConfig#dutyCycle}). */
    private void pause(long tookNanos) throws InterruptedException {
        double duty = Math.max(0.05, Math.min(1.0, config.dutyCycle()));
        if (duty < 1.0) {
            sleep(Duration.ofNanos((long) (tookNanos * (1 - duty) / duty)));
        }
    }

    private Batch work(Due due, Position from) {
        List<StoredArticle> claimed = repository.claim(due, from, failed, config.batchSize());
        if (claimed.isEmpty()) {
            return new Batch(0, List.of(), from);
        }
        List<String> failedNow = articles.reextract(claimed);
        StoredArticle last = claimed.get(claimed.size() - 1);
        return new Batch(claimed.size(), failedNow, new Position(last.ingestedAt(), last.id()));
    }

    private void startRun(int firstBatch) {
        Backlog backlog = backlog(Duration.ZERO);
        LOG.infof(
                "re-extraction: %,d stored articles are due (articles by extractor version: %s); extracting them again "
                        + "with %s, oldest first, live articles first",
                backlog.due() + firstBatch, backlog.versions(), Extractor.VERSION);
        runStartedNanos = System.nanoTime();
        runDone = 0;
        state = State.WORKING;
    }

    private void finishRun() {
        if (state == State.WORKING) {
            double seconds = (System.nanoTime() - runStartedNanos) / 1e9;
            LOG.infof(
                    "re-extraction: done, %,d articles extracted again with %s in %.1f s (%.0f articles/s)%s",
                    runDone,
                    Extractor.VERSION,
                    seconds,
                    runDone / Math.max(1e-3, seconds),
                    failed.isEmpty()
                            ? ""
                            : "; " + failed.size()
                                    + " kept their earlier facts (the extractor failed on them, see above)");
        }
        state = State.IDLE;
    }
}
