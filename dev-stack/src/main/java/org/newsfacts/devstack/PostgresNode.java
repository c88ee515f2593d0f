package org.newsfacts.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from the zonky binaries, data kept under the given directory.
 * PostgreSQL refuses to run as root: {@link TestInfrastructure} and {@code ./newsfacts} start the
 * process that hosts this node inside a user namespace ({@code unshare -U}) when they run as root.
 */
public final class PostgresNode implements AutoCloseable {

    public static final String DATABASE = "newsfacts";
    public static final String USER = "newsfacts";
    public static final String PASSWORD = "newsfacts";

    private final EmbeddedPostgres postgres;

    private PostgresNode(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on {@code port} with its data in {@code dataDir}/data and its binaries unpacked
     * in {@code dataDir}/bin; {@code durable=false} trades crash safety for speed (tests only).
     */
    public static PostgresNode start(Path dataDir, int port, boolean durable) throws IOException, SQLException {
        Path data = dataDir.resolve("data");
        Path bin = dataDir.resolve("bin");
        Files.createDirectories(data);
        Files.createDirectories(bin);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(bin.toFile())
                .setDataDirectory(data.toFile())
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "128MB");
        if (!durable) {
            builder.setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
        }
        PostgresNode node = new PostgresNode(builder.start());
        node.createDatabase();
        return node;
    }

    private void createDatabase() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
                }
            }
            ReaderRole.ensure(c);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
