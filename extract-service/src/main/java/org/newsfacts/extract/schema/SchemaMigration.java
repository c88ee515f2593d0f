package org.newsfacts.extract.schema;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;
import org.newsfacts.schema.Schema;

/**
 * Applies the schema module's Flyway migrations ({@link Schema}) at start, before the Kafka channels open
 * (this observer runs ahead of the messaging start-up), so that no record meets an old schema.
 * extract-service owns the schema; query-service only reads it, as the reader role that this class
 * grants SELECT on every table at each start (so a role created after the migrations still can).
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);

    private final DataSource dataSource;
    private final SchemaConfig config;

    public SchemaMigration(DataSource dataSource, SchemaConfig config) {
        this.dataSource = dataSource;
        this.config = config;
        try {
            Schema.checkRoleName(config.readerRole());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("newsfacts.schema.reader-role: " + e.getMessage(), e);
        }
    }

    void onStart(@Observes @Priority(0) StartupEvent event) {
        if (config.migrateAtStart()) {
            migrate();
            grantReader();
        }
    }

    public MigrateResult migrate() {
        MigrateResult result = Schema.migrate(dataSource, config.readerRole());
        LOG.infof(
                "database schema at version %s (%d migrations applied now)",
                result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion,
                result.migrationsExecuted);
        return result;
    }

    /** SELECT on every table for the reader role, if it exists; it is said plainly when it does not. */
    void grantReader() {
        String role = config.readerRole();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                exists.setString(1, role);
                try (ResultSet rs = exists.executeQuery()) {
                    if (!rs.next()) {
                        LOG.warnf(
                                "the read-only role '%s' does not exist: query-service cannot read until it is created "
                                        + "(see docs/operations.md, 'Database roles')",
                                role);
                        return;
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                // The role name is checked by Schema.checkRoleName above: GRANT takes no bind parameters.
                s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + role);
            }
            LOG.infof("role '%s' may read every table", role);
        } catch (SQLException e) {
            LOG.warnf("cannot grant SELECT to '%s': %s", role, e.getMessage());
        }
    }
}
