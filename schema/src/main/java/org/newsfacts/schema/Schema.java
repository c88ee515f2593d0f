package org.newsfacts.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The NewsFacts schema in PostgreSQL: its Flyway migrations ({@value #MIGRATIONS}) and the read side,
 * the tables and columns query-service may read ({@value #READ_SIDE}, one {@code table.column} a line).
 * extract-service owns the schema and migrates it at start; query-service's tests build theirs with
 * {@link #migrate(String, String, String, String)}, so a migration that breaks what query-service reads
 * fails in the same build. A migration that drops or renames a column of the read side must change
 * query-service in the same commit.
 */
public final class Schema {

    /** Where the migrations are on the class path. */
    public static final String MIGRATIONS = "org/newsfacts/schema/migration";
    /** Where the read side is listed on the class path. */
    public static final String READ_SIDE = "org/newsfacts/schema/read-side.txt";

    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private Schema() {}

    /** Applies the migrations not yet applied; {@code readerRole} is the role the migrations grant reading to. */
    public static MigrateResult migrate(DataSource dataSource, String readerRole) {
        return configure(readerRole).dataSource(dataSource).load().migrate();
    }

    public static MigrateResult migrate(String jdbcUrl, String user, String password, String readerRole) {
        return configure(readerRole).dataSource(jdbcUrl, user, password).load().migrate();
    }

    /**
     * Refuses a role name that is not a plain lower-case PostgreSQL identifier: it is written into GRANT
     * statements, which take no bind parameters.
     */
    public static String checkRoleName(String role) {
        if (role == null || !ROLE_NAME.matcher(role).matches()) {
            throw new IllegalArgumentException(
                    "the reader role must be a plain lower-case PostgreSQL role name, not '" + role + "'");
        }
        return role;
    }

    /** The read side: every {@code table.column} query-service may read. */
    public static List<String> readSide() {
        try (InputStream in = Schema.class.getClassLoader().getResourceAsStream(READ_SIDE)) {
            if (in == null) {
                throw new IllegalStateException(READ_SIDE + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FluentConfiguration configure(String readerRole) {
        return Flyway.configure()
                .locations("classpath:" + MIGRATIONS)
                .placeholders(Map.of("readerRole", checkRoleName(readerRole)));
    }
}
