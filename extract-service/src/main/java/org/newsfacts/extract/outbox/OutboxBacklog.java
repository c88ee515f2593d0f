package org.newsfacts.extract.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * The events written but not yet relayed to Kafka: how many, and how long the oldest has waited (the
 * relay's lag). Read with one indexed query (the outbox's partial index on unpublished rows), kept for
 * a few seconds so that several readers in a row (the metrics' two gauges) cost one query.
 */
@ApplicationScoped
public class OutboxBacklog {

    /** {@code pending} events, the oldest written {@code lagSeconds} ago (0 when none); both -1 when unknown. */
    public record Backlog(long pending, double lagSeconds) {
        static final Backlog UNKNOWN = new Backlog(-1, -1);
    }

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);
    private static final long FRESH_NANOS = 2_000_000_000L;
    private static final String SQL =
            "SELECT count(*), coalesce(extract(epoch FROM clock_timestamp() - min(created_at)), 0) "
                    + "FROM outbox_event WHERE published_at IS NULL";

    private final AgroalDataSource dataSource;
    private Backlog last = Backlog.UNKNOWN;
    private long readAt = Long.MIN_VALUE;

    public OutboxBacklog(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The backlog now (at most two seconds old); {@link Backlog#UNKNOWN} while the database does not answer. */
    public synchronized Backlog current() {
        long now = System.nanoTime();
        if (readAt != Long.MIN_VALUE && now - readAt < FRESH_NANOS) {
            return last;
        }
        readAt = now;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setQueryTimeout(2);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                last = new Backlog(rs.getLong(1), Math.max(0, rs.getDouble(2)));
            }
        } catch (SQLException e) {
            LOG.debugf("cannot read the outbox backlog: %s", e.getMessage());
            last = Backlog.UNKNOWN;
        }
        return last;
    }
}
