package org.newsfacts.extract.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a database transaction again, with exponential backoff, for as long as the database is
 * unreachable or answers with a transient error (connection lost, server shutting down or starting,
 * too many connections, serialization failure, deadlock). Meanwhile the calling consumer holds its
 * batch, so the Kafka connector pauses the partitions, and {@link DatabaseRetryReadiness} reports
 * DOWN. Any other error is the caller's to handle. Once the service stops ({@link BatchGate}) it waits no
 * more: the error goes to the caller, and the batch, not committed, comes again after the rebalance.
 */
@ApplicationScoped
public class DatabaseRetry {

    @ConfigMapping(prefix = "newsfacts.extract.db-retry")
    public interface Config {
        /** The first wait after a transient database error; it doubles up to {@link #maxBackoff()}. */
        @WithDefault("500ms")
        Duration initialBackoff();

        @WithDefault("15s")
        Duration maxBackoff();
    }

    /** Where the waiting stands: since when, how many attempts, the last error. Null fields when not waiting. */
    public record State(Instant waitingSince, int attempts, String lastError) {
        boolean waiting() {
            return waitingSince != null;
        }
    }

    private static final Logger LOG = Logger.getLogger(DatabaseRetry.class);
    private static final State AVAILABLE = new State(null, 0, null);

    private final Config config;
    private final BatchGate gate;
    private volatile State state = AVAILABLE;

    public DatabaseRetry(Config config, BatchGate gate) {
        this.config = config;
        this.gate = gate;
    }

    public State state() {
        return state;
    }

    /** The value of {@code transaction}, run again until it does not fail with a transient database error. */
    public <T> T call(String what, Supplier<T> transaction) {
        long backoff = config.initialBackoff().toMillis();
        int attempts = 0;
        while (true) {
            try {
                T result = transaction.get();
                if (attempts > 0) {
                    recovered(what, attempts);
                }
                return result;
            } catch (RuntimeException e) {
                if (!isTransient(e) || gate.closed()) {
                    throw e;
                }
                attempts++;
                waiting(what, attempts, e, backoff);
            }
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(
                        "interrupted while waiting for the database to " + what
                                + "; nothing was committed and the records come again",
                        e);
            }
            backoff = Math.min(backoff * 2, config.maxBackoff().toMillis());
        }
    }

    private synchronized void waiting(String what, int attempts, RuntimeException e, long backoff) {
        String error = rootMessage(e);
        Instant since = state.waiting() ? state.waitingSince() : Instant.now();
        state = new State(since, Math.max(attempts, state.attempts()), error);
        if (attempts == 1
                || Integer.bitCount(attempts) == 1) { // 1, 2, 4, 8, … : the log stays readable in a long outage
            LOG.warnf(
                    "the database is unavailable (%s); cannot %s, attempt %d, trying again in %d ms; the consumer holds its records",
                    error, what, attempts, backoff);
        }
    }

    private synchronized void recovered(String what, int attempts) {
        if (state.waiting()) {
            LOG.infof(
                    "the database is back after %d ms; could %s after %d attempts",
                    Duration.between(state.waitingSince(), Instant.now()).toMillis(), what, attempts + 1);
        }
        state = AVAILABLE;
    }

    /**
     * Errors that go away by themselves: SQLState classes 08 (connection), 53 (insufficient resources),
     * 57P01-57P03 (shutdown, cannot connect now), 40001/40P01 (serialization, deadlock), and a pool that
     * could not hand out a connection in time.
     */
    static boolean isTransient(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null
                        && (state.startsWith("08")
                                || state.startsWith("53")
                                || state.startsWith("57P")
                                || state.equals("40001")
                                || state.equals("40P01"))) {
                    return true;
                }
                String message = String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT);
                if (message.contains("acquisition timeout") || message.contains("this connection has been closed")) {
                    return true;
                }
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
