package dev.converge.cli.reliability;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import dev.converge.testing.TestServer;

/** Server-wide statements (roles, settings) that no single test database can own. */
final class ServerAdmin {

    private ServerAdmin() {
    }

    static void execute(String sql) {
        try (Connection c = TestServer.admin().open(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
