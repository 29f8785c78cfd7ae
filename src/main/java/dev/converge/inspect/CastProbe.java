package dev.converge.inspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

import dev.converge.error.ConvergeException;

/**
 * Asks a server whether it has a cast between two types: whether {@code CAST(CAST(NULL AS from) AS to)} parses
 * there. PostgreSQL's own answer, rather than a copy of pg_cast's rules (binary coercion, I/O conversion, domains,
 * arrays all play a part). Only the "cannot cast" answer (SQLSTATE 42846) means no; a type the server does not have
 * yet (one the plan creates) is not a no.
 */
public final class CastProbe {

    private static final String CANNOT_COERCE = "42846";

    private CastProbe() {
    }

    /** Runs under a savepoint when the connection is in a transaction, so that a failed probe does not abort it. */
    public static boolean castExists(Connection connection, String from, String to) {
        try {
            boolean transaction = !connection.getAutoCommit();
            Savepoint savepoint = transaction ? connection.setSavepoint() : null;
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT CAST(CAST(NULL AS " + from + ") AS " + to + ")");
                return true;
            } catch (SQLException e) {
                return !CANNOT_COERCE.equals(e.getSQLState());
            } finally {
                if (savepoint != null) {
                    connection.rollback(savepoint);
                }
            }
        } catch (SQLException e) {
            throw new ConvergeException("checking whether PostgreSQL casts " + from + " to " + to + ": "
                    + e.getMessage(), e);
        }
    }
}
