package org.newsfacts.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfacts.devstack.ReaderRole;
import org.newsfacts.devstack.StackConnection;
import org.newsfacts.devstack.TestInfrastructure;

/** The migrations on a real PostgreSQL: they apply, apply once, and leave every column of the read side in place. */
class ReadSideIT {

    private static StackConnection stack;
    private static MigrateResult first;

    @BeforeAll
    static void migrate() {
        stack = TestInfrastructure.get();
        first = Schema.migrate(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword(), ReaderRole.NAME);
    }

    @Test
    void theMigrationsApplyOnceAndThenNothingIsLeftToDo() {
        assertTrue(first.success);
        MigrateResult again = Schema.migrate(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword(), ReaderRole.NAME);
        assertEquals(0, again.migrationsExecuted);
    }

    @Test
    void everyColumnOfTheReadSideExists() throws SQLException {
        Set<String> present = new HashSet<>();
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT table_name || '.' || column_name FROM information_schema.columns "
                        + "WHERE table_schema = 'public'")) {
            while (rs.next()) {
                present.add(rs.getString(1));
            }
        }
        List<String> missing = new ArrayList<>(Schema.readSide());
        assertFalse(missing.isEmpty(), "the read side lists columns");
        missing.removeAll(present);
        assertEquals(List.of(), missing, "columns query-service reads that the migrations do not leave");
    }

    @Test
    void aRoleNameThatIsNotAPlainIdentifierIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Schema.checkRoleName("reader; DROP TABLE fact"));
        assertEquals("newsfacts_reader", Schema.checkRoleName("newsfacts_reader"));
    }
}
