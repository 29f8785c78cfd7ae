package dev.converge.apply;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.converge.error.ConvergeException;
import dev.converge.plan.Plan;

/**
 * Builds a schema-only copy of a catalog in a throwaway database (the rehearsal's copy of the target): the plan
 * from that database's empty schemas to the catalog. Not all-or-nothing, unlike an apply: one transaction creating
 * a schema of thousands of tables runs out of lock slots ({@code max_locks_per_transaction}: "out of shared
 * memory"), so the copy is built in transactions of {@value #CHUNK} statements, sent as JDBC batches.
 */
public final class SchemaCopy {

    /** Statements per transaction: few enough locks for a default server. */
    private static final int CHUNK = 500;

    private SchemaCopy() {
    }

    /** Builds the copy; the first statement that fails stops it (the caller says what was being copied). */
    public static void build(Connection connection, Plan copy) throws SQLException {
        SessionSettings.forCopy(connection);
        try (Statement jdbc = connection.createStatement()) {
            connection.setAutoCommit(false);
            int pending = 0;
            for (dev.converge.plan.Statement statement : copy.statements()) {
                if (!statement.transactional()) {
                    flush(connection, jdbc, pending);
                    pending = 0;
                    connection.setAutoCommit(true);
                    jdbc.execute(statement.sql());
                    connection.setAutoCommit(false);
                    continue;
                }
                jdbc.addBatch(statement.sql());
                if (++pending == CHUNK) {
                    flush(connection, jdbc, pending);
                    pending = 0;
                }
            }
            flush(connection, jdbc, pending);
        } catch (SQLException e) {
            throw e.getNextException() != null ? e.getNextException() : e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Builds what it can of {@code context}, each statement on its own: objects outside the managed schemas that
     * managed ones may refer to (a table a foreign key references, a type, a function). Returns the statements
     * that failed, which the copy then lacks; the target has them, so a plan that needs them can still work there.
     */
    public static List<String> buildWhatYouCan(Connection connection, Plan context) {
        List<String> failed = new ArrayList<>();
        try {
            SessionSettings.forCopy(connection);
            connection.setAutoCommit(true);
            try (Statement jdbc = connection.createStatement()) {
                for (dev.converge.plan.Statement statement : context.statements()) {
                    try {
                        jdbc.execute(statement.sql());
                    } catch (SQLException e) {
                        failed.add(statement.summary() + ": " + e.getMessage());
                    }
                }
            }
        } catch (SQLException e) {
            throw new ConvergeException("preparing the copy's context: " + e.getMessage(), e.getSQLState(), e);
        }
        return failed;
    }

    private static void flush(Connection connection, Statement jdbc, int pending) throws SQLException {
        if (pending > 0) {
            jdbc.executeBatch();
            connection.commit();
        }
    }
}
