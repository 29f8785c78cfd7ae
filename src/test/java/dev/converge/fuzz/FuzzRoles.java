package dev.converge.fuzz;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import dev.converge.testing.TestServer;

/**
 * The roles a fuzz run grants to, with names unique to the run (roles are server-wide, and other tests and helpers
 * share the server): two for every kind, a third at the end of chains of passed-on privileges. Dropped after the
 * run, once the databases that mention them are gone.
 */
final class FuzzRoles implements AutoCloseable {

    final List<String> names;

    FuzzRoles() {
        String run = Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
        names = List.of("fz_" + run + "_owner", "fz " + run + " Reader", "fz-" + run + "-end");
        for (String name : names) {
            admin("CREATE ROLE " + Sql.id(name));
        }
    }

    @Override
    public void close() {
        for (String name : names) {
            try {
                admin("DROP ROLE IF EXISTS " + Sql.id(name));
            } catch (IllegalStateException e) {
                // A database that still mentions the role (one a failed step could not drop) keeps it: say so.
                System.err.println("fuzz: role " + name + " left behind: " + e.getMessage());
            }
        }
    }

    private static void admin(String sql) {
        try (Connection c = TestServer.admin().open(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
