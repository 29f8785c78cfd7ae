package dev.converge.apply;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import dev.converge.error.ConvergeException;
import dev.converge.plan.Plan;
import dev.converge.plan.Statement;

/**
 * Runs a plan against the target. Transactional statements run in one transaction, so a failure leaves the
 * database exactly as it was; the few statements PostgreSQL cannot run in a transaction run on their own, and the
 * planner makes them idempotent (e.g. {@code ADD VALUE IF NOT EXISTS}) so that a rerun converges.
 */
public final class PlanExecutor {

    private final Connection connection;
    private final ApplyListener listener;

    public PlanExecutor(Connection connection, ApplyListener listener) {
        this.connection = connection;
        this.listener = listener;
    }

    public void execute(Plan plan) {
        disableFunctionBodyChecks();
        List<Statement> statements = plan.statements();
        int index = 0;
        for (ExecutionUnit unit : ExecutionUnit.split(statements)) {
            runUnit(unit, index, statements.size());
            index += unit.statements().size();
        }
    }

    /**
     * As pg_dump does: a function may then be created before the tables its body mentions. The bodies were
     * already validated when the desired state was loaded into the dev database.
     */
    private void disableFunctionBodyChecks() {
        try (java.sql.Statement jdbc = connection.createStatement()) {
            jdbc.execute("SET check_function_bodies = off");
        } catch (SQLException e) {
            throw new ConvergeException("preparing to apply: " + e.getMessage(), e.getSQLState(), e);
        }
    }

    private void runUnit(ExecutionUnit unit, int firstIndex, int total) {
        try {
            connection.setAutoCommit(!unit.transactional());
        } catch (SQLException e) {
            throw new ConvergeException("preparing to apply: " + e.getMessage(), e.getSQLState(), e);
        }
        int index = firstIndex;
        try {
            for (Statement statement : unit.statements()) {
                index++;
                runStatement(statement, index, total);
            }
            if (unit.transactional()) {
                connection.commit();
            }
        } catch (SQLException e) {
            rollback(unit);
            Statement failed = unit.statements().get(Math.max(0, index - firstIndex - 1));
            throw new ConvergeException(failureMessage(index, total, failed, e, firstIndex), e.getSQLState(), e);
        }
    }

    private void runStatement(Statement statement, int index, int total) throws SQLException {
        listener.starting(index, total, statement);
        long start = System.nanoTime();
        try (java.sql.Statement jdbc = connection.createStatement()) {
            jdbc.execute(statement.sql());
        }
        listener.finished(index, total, statement, (System.nanoTime() - start) / 1_000_000);
    }

    private void rollback(ExecutionUnit unit) {
        if (!unit.transactional()) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The connection may be gone; PostgreSQL then rolls the transaction back by itself.
        }
    }

    private static String failureMessage(int index, int total, Statement failed, SQLException e, int firstIndex) {
        String outcome = firstIndex == 0
                ? "the transaction was rolled back; the database is unchanged"
                : "its transaction was rolled back; the " + firstIndex
                  + " statement(s) before it had been committed and a new apply will continue from there";
        return "applying statement " + index + " of " + total + " (" + failed.summary() + "): "
                + e.getMessage() + " [SQLSTATE " + e.getSQLState() + "]; " + outcome + "\n    " + failed.sql();
    }
}
