package org.newsfacts.extract.schema;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

import javax.sql.DataSource;

/**
 * Applies the Flyway migrations of {@code db/migration} at start, before the Kafka channels open
 * (this observer runs ahead of the messaging start-up), so that no record meets an old schema.
 * extract-service owns the schema; query-service only reads it.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);

    private final DataSource dataSource;
    private final boolean migrateAtStart;

    public SchemaMigration(DataSource dataSource,
                           @ConfigProperty(name = "newsfacts.schema.migrate-at-start", defaultValue = "true") boolean migrateAtStart) {
        this.dataSource = dataSource;
        this.migrateAtStart = migrateAtStart;
    }

    void onStart(@Observes @Priority(0) StartupEvent event) {
        if (migrateAtStart) {
            migrate();
        }
    }

    public MigrateResult migrate() {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.infof("database schema at version %s (%d migrations applied now)", result.targetSchemaVersion != null
                ? result.targetSchemaVersion : result.initialSchemaVersion, result.migrationsExecuted);
        return result;
    }
}
