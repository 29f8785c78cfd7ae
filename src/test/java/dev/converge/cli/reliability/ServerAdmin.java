package dev.converge.cli.reliability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.converge.testing.TestServer;

/** Server-wide statements and views (roles, settings, backends, databases) that no single test database can own. */
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

    /** The first column of every row of {@code sql}, whose {@code ?} are bound to {@code parameters}. */
    static List<String> strings(String sql, Object... parameters) {
        try (Connection c = TestServer.admin().open(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** A URL for {@code role} (no password: the test server trusts local connections) to {@code database}. */
    static String roleUrl(String role, String database) {
        return "postgresql://" + role + "@" + TestServer.admin().host() + ":" + TestServer.admin().port() + "/"
                + database;
    }

    static boolean databaseExists(String name) {
        return !strings("SELECT datname FROM pg_database WHERE datname = ?", name).isEmpty();
    }

    /**
     * The dev databases whose comment names process {@code pid} of this host as their creator: what a run of
     * Converge left behind.
     */
    static List<String> devDatabasesOf(long pid) {
        return strings("SELECT datname FROM pg_database WHERE datname LIKE 'converge\\_dev\\_%' "
                + "AND shobj_description(oid, 'pg_database') LIKE ?", "% pid=" + pid + " %");
    }

    /**
     * Waits until a backend ends. A killed client's backend ends (and rolls back) when it next talks to the
     * client, or, with {@code client_connection_check_interval}, when the server checks the socket.
     */
    static void waitUntilGone(int backend, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (strings("SELECT pid FROM pg_stat_activity WHERE pid = ?", backend).isEmpty()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("backend " + backend + " is still there after " + within.toSeconds() + " s");
    }

    /**
     * Polls until a Converge backend in a {@code converge_dev_*} database runs a query containing {@code marker};
     * returns that database and backend.
     */
    static DevBackend waitForDevBackend(String marker, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        String sql = "SELECT datname || ' ' || pid FROM pg_stat_activity WHERE datname LIKE 'converge\\_dev\\_%' "
                + "AND state = 'active' AND query LIKE ?";
        while (System.nanoTime() < deadline) {
            List<String> found = strings(sql, "%" + marker + "%");
            if (!found.isEmpty()) {
                String[] parts = found.get(0).split(" ");
                return new DevBackend(parts[0], Integer.parseInt(parts[1]));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no dev database ran a statement with " + marker + " within " + within.toSeconds()
                + " s");
    }

    /** A dev database and the backend of a connection to it. */
    record DevBackend(String database, int pid) {
    }
}
