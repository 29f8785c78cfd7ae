package dev.converge.apply;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs a script's statements on one connection the way versioned-migration tools run a script: all in one
 * transaction, all or nothing; or each on its own (what the tool was told, or a single statement). A script that
 * turns out to hold a statement PostgreSQL refuses inside a transaction block (SQLSTATE 25001, e.g. CREATE INDEX
 * CONCURRENTLY) is rolled back and run statement by statement instead, as Flyway decides by itself.
 */
public final class ScriptRunner {

    private static final String ACTIVE_SQL_TRANSACTION = "25001";

    private ScriptRunner() {
    }

    /** A statement of the script failed: its index in the list, and PostgreSQL's error. */
    public static final class ScriptFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final int index;

        ScriptFailure(int index, SQLException cause) {
            super(cause.getMessage(), cause, false, false);
            this.index = index;
        }

        public int index() {
            return index;
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /**
     * @param inTransaction whether the script runs in one transaction (when it holds more than one statement)
     * @throws SQLException when the connection itself fails (commit, rollback, settings)
     */
    public static void run(Connection connection, List<String> statements, boolean inTransaction)
            throws ScriptFailure, SQLException {
        if (!inTransaction || statements.size() <= 1) {
            runEach(connection, statements);
            return;
        }
        connection.setAutoCommit(false);
        try {
            runEach(connection, statements);
            connection.commit();
        } catch (ScriptFailure failure) {
            connection.rollback();
            if (!ACTIVE_SQL_TRANSACTION.equals(failure.getCause().getSQLState())) {
                throw failure;
            }
            connection.setAutoCommit(true);
            runEach(connection, statements);
        }
    }

    private static void runEach(Connection connection, List<String> statements) throws ScriptFailure {
        try (Statement jdbc = connection.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                try {
                    jdbc.execute(statements.get(i));
                } catch (SQLException e) {
                    throw new ScriptFailure(i, e);
                }
            }
        } catch (SQLException e) {
            throw new ScriptFailure(0, e);
        }
    }
}
