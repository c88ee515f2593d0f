package org.newsfacts.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The read-only PostgreSQL role of query-service ({@value #NAME}), created from {@code reader-role.sql}
 * (the same file docker-compose runs at database creation). Its grants come from extract-service,
 * which owns the schema.
 *
 * <pre>java -cp … org.newsfacts.devstack.ReaderRole &lt;jdbc url&gt; &lt;admin user&gt; &lt;admin password&gt;</pre>
 */
public final class ReaderRole {

    public static final String NAME = "newsfacts_reader";
    public static final String PASSWORD = "newsfacts_reader";

    private ReaderRole() {}

    public static String sql() {
        try (InputStream in = ReaderRole.class.getResourceAsStream("reader-role.sql")) {
            if (in == null) {
                throw new IllegalStateException("reader-role.sql is missing from dev-stack");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the role through an administrative connection unless it exists. */
    public static void ensure(Connection admin) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute(sql());
        }
    }

    /** The same over a new connection; says what to do when {@code user} may not create roles. */
    public static void ensure(String jdbcUrl, String user, String password) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            ensure(c);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot create the read-only role " + NAME + " on " + jdbcUrl + " as " + user + " ("
                            + e.getMessage() + "). Run this once as a superuser:\n" + sql(),
                    e);
        }
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: ReaderRole <jdbc url> <admin user> <admin password>");
            System.exit(2);
        }
        try {
            ensure(args[0], args[1], args[2]);
            System.out.println("[dev-stack] role " + NAME + " present on " + args[0]);
        } catch (IllegalStateException e) {
            System.err.println("[dev-stack] " + e.getMessage());
            System.exit(1);
        }
    }
}
