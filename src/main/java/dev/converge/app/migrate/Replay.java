package dev.converge.app.migrate;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import dev.converge.apply.ScriptRunner;
import dev.converge.connect.ConnectionSpec;
import dev.converge.plan.PlanStep;
import dev.converge.source.SourceFile;
import dev.converge.source.SqlSplitter;
import dev.converge.source.SqlStatement;

/**
 * Runs migration scripts into a scratch database the way the tools run them ({@link ScriptRunner}): a script in one
 * transaction, all or nothing, unless the tool was told otherwise (Flyway's executeInTransaction=false, Liquibase's
 * runInTransaction:false). A failure names the file, line and column.
 */
final class Replay {

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
            ScriptRunner.run(connection, statements.stream().map(SqlStatement::sql).toList(),
                    !script.outsideTransaction());
        } catch (ScriptRunner.ScriptFailure failure) {
            throw failed(statements.get(failure.index()), failure.getCause(), direction);
        } catch (SQLException e) {
            throw new MigrationDirectoryException(directory.display(script.file()) + ": " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }

    /** Runs one step of a plan as apply would: its statements in one transaction, or one statement on its own. */
    void run(PlanStep step) {
        try (Connection connection = database.open()) {
            ScriptRunner.run(connection, step.statements().stream().map(dev.converge.plan.Statement::sql).toList(),
                    step.transactional());
        } catch (ScriptRunner.ScriptFailure failure) {
            SQLException e = failure.getCause();
            throw new MigrationDirectoryException("running the generated migration in the scratch database: "
                    + e.getMessage() + " (statement: " + step.statements().get(failure.index()).summary() + ")",
                    e.getSQLState(), e);
        } catch (SQLException e) {
            throw new MigrationDirectoryException("running the generated migration in the scratch database: "
                    + e.getMessage(), e.getSQLState(), e);
        }
    }

    private static MigrationDirectoryException failed(SqlStatement statement, SQLException cause, String direction) {
        String message = cause.getMessage() == null ? "" : cause.getMessage().replaceFirst("^ERROR: ", "");
        int newline = message.indexOf('\n');
        return new MigrationDirectoryException(statement.location() + ": " + (newline < 0 ? message
                : message.substring(0, newline)) + " (replaying the " + direction + " migration into a scratch "
                + "database; the tool fails the same way: fix the migration)", cause.getSQLState(), cause);
    }
}
