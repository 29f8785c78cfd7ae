package dev.converge.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.converge.apply.ApplyListener;
import dev.converge.apply.ApplyLock;
import dev.converge.apply.DataFinding;
import dev.converge.apply.ExecutionSettings;
import dev.converge.apply.HistoryJournal;
import dev.converge.apply.Interruption;
import dev.converge.apply.PlanExecutor;
import dev.converge.apply.PreflightReport;
import dev.converge.apply.PreflightRunner;
import dev.converge.error.ApplyCancelledException;
import dev.converge.error.ConvergeException;
import dev.converge.error.DataCheckFailedException;
import dev.converge.error.UsageException;
import dev.converge.plan.Backup;
import dev.converge.plan.Statement;
import dev.converge.model.Plural;

/**
 * Converges the target: plan, check the policy, check the live data, ask for confirmation, then run the plan (one
 * transaction where PostgreSQL allows it) and record the run in the history table. Nothing is changed when the
 * plan is empty, refused, stopped by the data or not confirmed.
 */
public final class ApplyWorkflow {

    /**
     * The user's side of an apply: sees every non-empty plan (also one the policy then refuses, so the refusal
     * can be understood) and what the data checks found, and decides whether an allowed plan goes ahead.
     */
    public interface Confirmation {
        void show(PlanResult plan);

        boolean confirm(PlanResult plan);

        /** What the preflight found in the live data (sizes, data that drops delete); blocking findings too. */
        default void showPreflight(PreflightReport report) {
        }
    }

    public enum Outcome { NOTHING_TO_DO, APPLIED, DECLINED }

    public record ApplyResult(PlanResult plan, Outcome outcome) {
    }

    private final Progress progress;
    private final ApplyListener listener;
    private final ExecutionSettings settings;
    private final ApplyOptions options;
    private final Interruption interruption;

    public ApplyWorkflow(Progress progress, ApplyListener listener) {
        this(progress, listener, ExecutionSettings.DEFAULTS, ApplyOptions.defaults());
    }

    public ApplyWorkflow(Progress progress, ApplyListener listener, ExecutionSettings settings) {
        this(progress, listener, settings, ApplyOptions.defaults());
    }

    public ApplyWorkflow(Progress progress, ApplyListener listener, ApplyOptions options) {
        this(progress, listener, ExecutionSettings.DEFAULTS, options);
    }

    /**
     * @param settings timeouts, lock retries and the wait for a concurrent apply (docs/safety.md)
     * @param options data checks, history and rehearsal (docs/preflight.md)
     */
    public ApplyWorkflow(Progress progress, ApplyListener listener, ExecutionSettings settings, ApplyOptions options) {
        this(progress, listener, settings, options, new Interruption());
    }

    /** @param interruption armed when the plan starts to run; the CLI's Ctrl-C handler requests it */
    public ApplyWorkflow(Progress progress, ApplyListener listener, ExecutionSettings settings, ApplyOptions options,
                         Interruption interruption) {
        this.progress = progress;
        this.listener = listener;
        this.settings = settings;
        this.options = options;
        this.interruption = interruption;
    }

    public ApplyResult apply(Target target, ApplyPolicy policy, Confirmation confirmation) {
        try (Connection connection = target.database().open();
             ApplyLock lock = ApplyLock.acquire(connection, settings.waitForLock(), target.database().toString(),
                     progress::step)) {
            PlanWorkflow.Computed computed = new PlanWorkflow(progress).compute(target, connection,
                    options.backup() ? java.time.Instant.now() : null);
            PlanResult result = options.phase() == null ? computed.result()
                    : PhaseSelection.select(computed.result(), options.phase());
            if (result.plan().isEmpty()) {
                return new ApplyResult(result, Outcome.NOTHING_TO_DO);
            }
            confirmation.show(result);
            policy.check(result.plan());
            refuseManagedHistorySchema(result);
            refuseManagedBackupSchema(result);
            if (options.dataChecks()) {
                checkData(connection, result, confirmation);
            }
            if (options.rehearse()) {
                // The whole plan, also for one phase: what is checked is that the planner's plan converges.
                new Rehearsal(progress).run(computed.devServer(), connection, computed);
            }
            if (!confirmation.confirm(result)) {
                return new ApplyResult(result, Outcome.DECLINED);
            }
            progress.step("applying " + Plural.of(result.plan().statements().size(), "statement") + " to "
                    + target.database());
            execute(connection, result);
            return new ApplyResult(result, Outcome.APPLIED);
        } catch (SQLException e) {
            throw new ConvergeException("closing the connection to " + target.database() + ": " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }

    /** The history table must never be part of a managed schema, or it would show up as drift to drop. */
    private void refuseManagedHistorySchema(PlanResult result) {
        if (options.keepsHistory() && result.schemas().contains(options.historySchema())) {
            throw new UsageException("schema " + options.historySchema() + " is managed by the desired state, so "
                    + "it cannot hold the apply history: choose another one with --history-schema, or pass "
                    + "--no-history");
        }
    }

    /** Like the history schema, the backup schema must stay out of the desired state: its tables are not drift. */
    private static void refuseManagedBackupSchema(PlanResult result) {
        if (result.schemas().contains(Backup.SCHEMA)) {
            throw new UsageException("schema " + Backup.SCHEMA + " holds the backups of dropped tables and columns "
                    + "(apply --backup); the desired state must not manage it");
        }
    }

    private void checkData(Connection connection, PlanResult result, Confirmation confirmation) {
        if (result.preflight().isEmpty()) {
            return;
        }
        progress.step("checking the live data (" + Plural.of(result.preflight().checks().size(), "check") + ")");
        PreflightReport report = new PreflightRunner(connection).run(result.preflight());
        confirmation.showPreflight(report);
        List<DataFinding> blocking = report.blocking();
        if (!blocking.isEmpty()) {
            throw new DataCheckFailedException(failureMessage(blocking));
        }
    }

    static String failureMessage(List<DataFinding> blocking) {
        return "the plan would fail on the current data; nothing was changed:\n" + blocking.stream()
                .map(f -> "  - " + f.describe()).collect(Collectors.joining("\n"))
                + "\nfix these rows (or change the desired state), then apply again";
    }

    /** Runs the plan, recording it first as running and then with its outcome when history is kept. */
    private void execute(Connection connection, PlanResult result) {
        List<Long> durations = new ArrayList<>();
        ApplyListener timing = new ApplyListener() {
            @Override
            public void starting(int index, int total, Statement statement) {
                listener.starting(index, total, statement);
            }

            @Override
            public void finished(int index, int total, Statement statement, long millis) {
                durations.add(millis);
                listener.finished(index, total, statement, millis);
            }

            @Override
            public void failed(int index, int total, Statement statement, long millis) {
                listener.failed(index, total, statement, millis);
            }

            @Override
            public void retrying(int index, int total, Statement statement, int attempt, long delayMillis) {
                listener.retrying(index, total, statement, attempt, delayMillis);
            }
        };
        interruption.arm();
        if (!options.keepsHistory()) {
            new PlanExecutor(connection, timing, settings, interruption).execute(result.plan());
            return;
        }
        HistoryJournal journal = new HistoryJournal(connection, options.historySchema());
        journal.ensureTable();
        long run = journal.start(result.plan(), RunOrigin.current());
        try {
            new PlanExecutor(connection, timing, settings, interruption).execute(result.plan());
        } catch (ApplyCancelledException e) {
            try {
                journal.finishCancelled(run, durations, e.getMessage());
            } catch (ConvergeException ignored) {
                // The row stays 'running' and `converge history` shows it as interrupted.
            }
            throw e;
        } catch (RuntimeException e) {
            finishQuietly(journal, run, durations, e.getMessage() == null ? e.toString() : e.getMessage());
            throw e;
        }
        journal.finish(run, durations, null);
    }

    /** A failed run is recorded when the connection still allows it; the apply's own error is what matters. */
    private static void finishQuietly(HistoryJournal journal, long run, List<Long> durations, String error) {
        try {
            journal.finish(run, durations, error);
        } catch (ConvergeException ignored) {
            // The row stays 'running' and `converge history` shows it as interrupted.
        }
    }
}
