package dev.converge.inspect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.converge.error.ConvergeException;

/**
 * Facts about a server rather than a database's schema: who is connected, which roles exist, and what decides how
 * the server prints definitions. The workflows choose and describe dev servers with them.
 */
public final class ServerFacts {

    private static final String IDENTITY = SqlResource.load("server_identity.sql");
    private static final String ROLES = SqlResource.load("roles.sql");

    private ServerFacts() {
    }

    /** The major version pgjdbc read from the server's greeting (9 for 9.6, 15 for 15.4): no round trip. */
    public static int majorVersion(Connection connection) {
        try {
            return connection.getMetaData().getDatabaseMajorVersion();
        } catch (SQLException e) {
            throw new ConvergeException("reading the server version: " + e.getMessage(), e.getSQLState(), e);
        }
    }

    public static String currentUser(Connection connection) {
        List<String> user = column(connection, "SELECT current_user", "reading the current user");
        return user.get(0);
    }

    /** The server's roles other than the predefined ones. */
    public static List<String> roles(Connection connection) {
        return column(connection, ROLES, "listing the roles of the server");
    }

    /** Version, user, collation, character type and encoding: what the normalised output depends on. */
    public static List<String> identity(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(IDENTITY)) {
            List<String> facts = new ArrayList<>();
            while (row.next()) {
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    facts.add(row.getString(i));
                }
            }
            return facts;
        }
    }

    private static List<String> column(Connection connection, String sql, String what) {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new ConvergeException(what + ": " + e.getMessage(), e.getSQLState(), e);
        }
    }
}
