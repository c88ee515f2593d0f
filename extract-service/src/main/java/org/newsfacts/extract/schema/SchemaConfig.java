package org.newsfacts.extract.schema;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsfacts.schema")
public interface SchemaConfig {

    /** Apply the Flyway migrations when the service starts. */
    @WithDefault("true")
    boolean migrateAtStart();

    /** The read-only role query-service connects as; granted SELECT on every table when it exists. */
    @WithDefault("newsfacts_reader")
    String readerRole();
}
