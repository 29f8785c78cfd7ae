package dev.converge.apply;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import dev.converge.error.ApplyCancelledException;
import dev.converge.error.ConvergeException;
import dev.converge.plan.Plan;
import dev.converge.plan.PlanStep;
import dev.converge.plan.Statement;
import dev.converge.model.Plural;

/**
 * Runs a plan against the target, step by step ({@link Plan#steps()}): a transactional step commits as a whole
 * or not at all; a statement outside a transaction runs on its own, and the planner writes those so that a re-run
 * converges (IF EXISTS, invalid indexes rebuilt, NOT VALID constraints re-added). Every statement runs under
 * {@code lock_timeout} and {@code statement_timeout}; a step that times out waiting for a lock is rolled back and
 * retried with backoff, a bounded number of times.
 */
public final class PlanExecutor {

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final Connection connection;
    private final ApplyListener listener;
    private final ExecutionSettings settings;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final Interruption interruption;
    /** The statements committed so far, in order: what an interrupted apply reports as done. */
    private final List<Statement> committed = new ArrayList<>();

    public PlanExecutor(Connection connection, ApplyListener listener) {
        this(connection, listener, ExecutionSettings.DEFAULTS);
    }

    public PlanExecutor(Connection connection, ApplyListener listener, ExecutionSettings settings) {
        this(connection, listener, settings, new Interruption());
    }

    /** @param interruption how the user stops the run (Ctrl-C): the running statement is cancelled, see there */
    public PlanExecutor(Connection connection, ApplyListener listener, ExecutionSettings settings,
                        Interruption interruption) {
        this.connection = connection;
        this.listener = listener;
        this.settings = settings;
        this.interruption = interruption;
    }

    /** @throws ApplyCancelledException when interrupted, saying what was committed and what was not */
    public void execute(Plan plan) {
        prepareSession();
        List<Statement> statements = plan.statements();
        int index = 0;
        for (PlanStep step : plan.steps()) {
            runWithRetries(step, index, statements);
            index += step.statements().size();
        }
    }

    private void prepareSession() {
        try {
            SessionSettings.forApply(connection, settings);
        } catch (SQLException e) {
            throw new ConvergeException("preparing to apply: " + e.getMessage(), e.getSQLState(), e);
        }
    }

    private void runWithRetries(PlanStep step, int firstIndex, List<Statement> statements) {
        int total = statements.size();
        for (int attempt = 1; ; attempt++) {
            StepFailure failure = runStep(step, firstIndex, total);
            if (failure == null) {
                return;
            }
            if (interruption.requested()) {
                throw new ApplyCancelledException(CancelledRun.describe(statements, failure.index(),
                        failure.statement(), failure.cause() instanceof NotStarted, failure.transactional(),
                        committed));
            }
            boolean lockTimeout = LOCK_NOT_AVAILABLE.equals(failure.cause().getSQLState());
            if (!lockTimeout || attempt > settings.lockRetries()) {
                throw new ConvergeException(failureMessage(failure, firstIndex, total, lockTimeout ? attempt : 0),
                        failure.cause().getSQLState(), failure.cause());
            }
            Duration pause = settings.backoff(attempt, random);
            listener.retrying(failure.index(), total, failure.statement(), attempt, pause.toMillis());
            sleep(pause);
        }
    }

    private record StepFailure(int index, Statement statement, SQLException cause, boolean transactional) {
    }

    /** Runs one step; on failure rolls its transaction back and says which statement failed and why. */
    private StepFailure runStep(PlanStep step, int firstIndex, int total) {
        try {
            connection.setAutoCommit(!step.transactional());
        } catch (SQLException e) {
            throw new ConvergeException("preparing to apply: " + e.getMessage(), e.getSQLState(), e);
        }
        int index = firstIndex;
        Statement current = step.statements().get(0);
        try {
            for (Statement statement : step.statements()) {
                index++;
                current = statement;
                runStatement(statement, index, total);
                if (!step.transactional()) {
                    committed.add(statement);
                }
            }
            if (step.transactional()) {
                connection.commit();
                committed.addAll(step.statements());
            }
            return null;
        } catch (SQLException e) {
            rollback(step);
            return new StepFailure(index, current, e, step.transactional());
        }
    }

    /** A concurrent index build or drop runs without lock_timeout: see {@link Statement#concurrentIndexOperation}. */
    private void runStatement(Statement statement, int index, int total) throws SQLException {
        listener.starting(index, total, statement);
        long start = System.nanoTime();
        try (java.sql.Statement jdbc = connection.createStatement()) {
            if (statement.concurrentIndexOperation()) {
                jdbc.execute("SET lock_timeout = 0");
            }
            try {
                send(jdbc, statement.sql());
            } finally {
                if (statement.concurrentIndexOperation()) {
                    jdbc.execute("SET lock_timeout = " + ExecutionSettings.millis(settings.lockTimeout()));
                }
            }
        } catch (SQLException e) {
            listener.failed(index, total, statement, (System.nanoTime() - start) / 1_000_000);
            throw e;
        }
        listener.finished(index, total, statement, (System.nanoTime() - start) / 1_000_000);
    }

    /** Runs one statement of the plan where an interrupt can cancel it; none is sent once one was asked for. */
    private void send(java.sql.Statement jdbc, String sql) throws SQLException {
        if (!interruption.starting(jdbc)) {
            throw new NotStarted();
        }
        try {
            jdbc.execute(sql);
        } finally {
            interruption.ended(jdbc);
        }
    }

    /** The statement was not sent: the user had interrupted the apply. */
    private static final class NotStarted extends SQLException {
        NotStarted() {
            super("not started: the apply was interrupted", "57014");
        }
    }

    private void rollback(PlanStep step) {
        if (!step.transactional()) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The connection may be gone; PostgreSQL then rolls the transaction back by itself.
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConvergeException("interrupted while waiting to retry; statements not yet run were not run");
        }
    }

    private String failureMessage(StepFailure failure, int firstIndex, int total, int lockAttempts) {
        Statement failed = failure.statement();
        String reason = lockAttempts > 0
                ? "could not get a lock within lock_timeout " + settings.lockTimeout().toMillis() + " ms, "
                  + Plural.of(lockAttempts, "attempt") + "; another session holds a conflicting lock (see pg_locks and "
                  + "pg_stat_activity), or raise --lock-timeout / --lock-retries"
                : failure.cause().getMessage();
        String outcome;
        if (!failure.transactional()) {
            outcome = "it ran on its own, outside a transaction"
                    + (firstIndex == 0 ? "" : ", after " + Plural.of(firstIndex, "statement")
                        + " had been committed")
                    + "; a new apply continues from there"
                    + (failed.concurrentIndexOperation() && failed.action() == Statement.Action.CREATE
                    ? " (an interrupted concurrent build leaves an invalid index, which it drops and rebuilds)" : "");
        } else if (firstIndex == 0) {
            outcome = "the transaction was rolled back; the database is unchanged";
        } else {
            outcome = "its transaction was rolled back; the " + Plural.of(firstIndex, "statement")
                    + " before it had been committed and a new apply will continue from there";
        }
        return "applying statement " + failure.index() + " of " + total + " (" + failed.summary() + "): "
                + reason + " [SQLSTATE " + failure.cause().getSQLState() + "]; " + outcome + "\n    "
                + failed.sql();
    }
}
