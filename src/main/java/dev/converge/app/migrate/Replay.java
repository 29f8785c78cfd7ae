package dev.converge.app.migrate;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.converge.connect.ConnectionSpec;
import dev.converge.plan.PlanStep;
import dev.converge.source.SourceFile;
import dev.converge.source.SqlSplitter;
import dev.converge.source.SqlStatement;

/**
 * Runs migration scripts into a scratch database the way the tools run them: a script in one transaction, all or
 * nothing, unless the tool was told otherwise (Flyway's executeInTransaction=false, Liquibase's
 * runInTransaction:false) or the script is a single statement; a script that turns out to hold a statement
 * PostgreSQL refuses inside a transaction block (SQLSTATE 25001, e.g. CREATE INDEX CONCURRENTLY) runs statement by
 * statement instead, as Flyway decides by itself. A failure names the file, line and column.
 */
final class Replay {

    private static final String ACTIVE_SQL_TRANSACTION = "25001";

    private final ConnectionSpec database;
    private final MigrationDirectory directory;

    Replay(ConnectionSpec database, MigrationDirectory directory) {
        this.database = database;
        this.directory = directory;
    }

    void run(MigrationScript script, String direction) {
        // Blank lines before the script keep PostgreSQL's line numbers those of the file (a Liquibase changeset
        // starts inside it).
        String text = "\n".repeat(Math.max(0, script.firstLine() - 1)) + script.sql();
        List<SqlStatement> statements = SqlSplitter.split(new SourceFile(Path.of(script.file()),
                directory.display(script.file()), text));
        try (Connection connection = database.open()) {
            try {
                if (script.outsideTransaction() || statements.size() <= 1) {
                    runEach(connection, statements, direction);
                    return;
                }
                connection.setAutoCommit(false);
                try {
                    runEach(connection, statements, direction);
                    connection.commit();
                } catch (Failure failure) {
                    connection.rollback();
                    if (!ACTIVE_SQL_TRANSACTION.equals(failure.cause.getSQLState())) {
                        throw failure;
                    }
                    connection.setAutoCommit(true);
                    runEach(connection, statements, direction);
                }
            } catch (Failure failure) {
                throw failure.exception();
            }
        } catch (SQLException e) {
            throw new MigrationDirectoryException(directory.display(script.file()) + ": " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }

    /** Runs one step of a plan as apply would: its statements in one transaction, or one statement on its own. */
    void run(PlanStep step) {
        try (Connection connection = database.open()) {
            connection.setAutoCommit(!step.transactional());
            try (Statement statement = connection.createStatement()) {
                for (dev.converge.plan.Statement planned : step.statements()) {
                    statement.execute(planned.sql());
                }
            }
            if (step.transactional()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new MigrationDirectoryException("running the generated migration in the scratch database: "
                    + e.getMessage() + " (statement: " + step.statements().get(0).summary() + ")",
                    e.getSQLState(), e);
        }
    }

    private void runEach(Connection connection, List<SqlStatement> statements, String direction) throws Failure {
        try (Statement jdbc = connection.createStatement()) {
            for (SqlStatement statement : statements) {
                try {
                    jdbc.execute(statement.sql());
                } catch (SQLException e) {
                    throw new Failure(statement, e, direction);
                }
            }
        } catch (SQLException e) {
            throw new Failure(statements.get(0), e, direction);
        }
    }

    /** A statement that failed, kept apart so that the transaction can be retried without one. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient SqlStatement statement;
        private final SQLException cause;
        private final String direction;

        Failure(SqlStatement statement, SQLException cause, String direction) {
            super(cause.getMessage(), cause, false, false);
            this.statement = statement;
            this.cause = cause;
            this.direction = direction;
        }

        MigrationDirectoryException exception() {
            String message = cause.getMessage() == null ? "" : cause.getMessage().replaceFirst("^ERROR: ", "");
            int newline = message.indexOf('\n');
            return new MigrationDirectoryException(statement.location() + ": " + (newline < 0 ? message
                    : message.substring(0, newline)) + " (replaying the " + direction + " migration into a scratch "
                    + "database; the tool fails the same way: fix the migration)", cause.getSQLState(), cause);
        }
    }
}
