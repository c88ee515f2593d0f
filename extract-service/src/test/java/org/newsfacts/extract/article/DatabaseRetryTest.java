package org.newsfacts.extract.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DatabaseRetryTest {

    private final BatchGate gate = new BatchGate();
    private final DatabaseRetry retry = new DatabaseRetry(
            new DatabaseRetry.Config() {
                @Override
                public Duration initialBackoff() {
                    return Duration.ofMillis(1);
                }

                @Override
                public Duration maxBackoff() {
                    return Duration.ofMillis(2);
                }
            },
            gate);

    @Test
    void connectionShutdownAndConflictErrorsAreTransient() {
        assertTrue(DatabaseRetry.isTransient(wrapped(new SQLException("Connection refused", "08001"))));
        assertTrue(DatabaseRetry.isTransient(
                wrapped(new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseRetry.isTransient(wrapped(new SQLException("the database system is starting up", "57P03"))));
        assertTrue(DatabaseRetry.isTransient(wrapped(new SQLException("too many connections", "53300"))));
        assertTrue(DatabaseRetry.isTransient(wrapped(new SQLException("deadlock detected", "40P01"))));
        assertTrue(DatabaseRetry.isTransient(wrapped(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void dataAndProgrammingErrorsAreNot() {
        assertFalse(DatabaseRetry.isTransient(
                wrapped(new SQLException("value too long for type character varying(64)", "22001"))));
        assertFalse(DatabaseRetry.isTransient(
                wrapped(new SQLException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(DatabaseRetry.isTransient(new IllegalArgumentException("a bug")));
    }

    @Test
    void aTransientFailureIsTriedAgainAndTheStateReportsTheWait() {
        AtomicInteger calls = new AtomicInteger();
        String result = retry.call("store", () -> {
            if (calls.incrementAndGet() < 4) {
                assertEquals(calls.get() > 1, retry.state().waiting(), "waiting from the first failure on");
                throw wrapped(new SQLException("Connection refused", "08001"));
            }
            assertEquals(3, retry.state().attempts());
            assertTrue(retry.state().lastError().contains("Connection refused"));
            return "stored";
        });
        assertEquals("stored", result);
        assertEquals(4, calls.get());
        assertFalse(retry.state().waiting(), "available again after the success");
    }

    @Test
    void anyOtherFailureIsTheCallersAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        RuntimeException bug = new IllegalStateException("a bug");
        assertSame(
                bug,
                assertThrows(
                        IllegalStateException.class,
                        () -> retry.call("store", () -> {
                            calls.incrementAndGet();
                            throw bug;
                        })));
        assertEquals(1, calls.get());
    }

    @Test
    void anInterruptedWaitGivesUpWithoutCommitting() {
        Thread.currentThread().interrupt();
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> retry.call("store", () -> {
                    throw wrapped(new SQLException("Connection refused", "08001"));
                }));
        assertTrue(e.getMessage().contains("interrupted while waiting for the database"));
        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
    }

    private static RuntimeException wrapped(SQLException e) {
        return new RuntimeException("transaction failed", new RuntimeException("could not execute statement", e));
    }

    @Test
    void onceTheServiceStopsAnOutageIsNotWaitedOut() throws Exception {
        gate.close(Duration.ZERO);
        AtomicInteger calls = new AtomicInteger();
        RuntimeException outage = wrapped(new SQLException("Connection refused", "08001"));
        assertSame(
                outage,
                assertThrows(
                        RuntimeException.class,
                        () -> retry.call("store", () -> {
                            calls.incrementAndGet();
                            throw outage;
                        })));
        assertEquals(1, calls.get(), "the batch is not committed and comes again after the rebalance");
    }
}
