package dev.converge.app;

import java.sql.Connection;
import java.sql.SQLException;

import dev.converge.apply.ApplyListener;
import dev.converge.apply.ApplyLock;
import dev.converge.apply.ExecutionSettings;
import dev.converge.apply.PlanExecutor;
import dev.converge.error.ConvergeException;

/**
 * Converges the target: take the apply lock (so concurrent applies never interleave, and a second one plans
 * against what the first left), plan, check the policy, ask for confirmation, then run the plan (one transaction
 * where PostgreSQL allows it). Nothing is changed when the plan is empty, refused or not confirmed.
 */
public final class ApplyWorkflow {

    /**
     * The user's side of an apply: sees every non-empty plan (also one the policy then refuses, so the refusal
     * can be understood), and decides whether an allowed plan goes ahead.
     */
    public interface Confirmation {
        void show(PlanResult plan);

        boolean confirm(PlanResult plan);
    }

    public enum Outcome { NOTHING_TO_DO, APPLIED, DECLINED }

    public record ApplyResult(PlanResult plan, Outcome outcome) {
    }

    private final Progress progress;
    private final ApplyListener listener;
    private final ExecutionSettings settings;

    public ApplyWorkflow(Progress progress, ApplyListener listener) {
        this(progress, listener, ExecutionSettings.DEFAULTS);
    }

    public ApplyWorkflow(Progress progress, ApplyListener listener, ExecutionSettings settings) {
        this.progress = progress;
        this.listener = listener;
        this.settings = settings;
    }

    public ApplyResult apply(Target target, ApplyPolicy policy, Confirmation confirmation) {
        try (Connection connection = target.database().open();
             ApplyLock lock = ApplyLock.acquire(connection, settings.waitForLock(), target.database().toString(),
                     progress::step)) {
            PlanResult result = new PlanWorkflow(progress).plan(target, connection);
            if (result.plan().isEmpty()) {
                return new ApplyResult(result, Outcome.NOTHING_TO_DO);
            }
            confirmation.show(result);
            policy.check(result.plan());
            if (!confirmation.confirm(result)) {
                return new ApplyResult(result, Outcome.DECLINED);
            }
            progress.step("applying " + result.plan().statements().size() + " statements to " + target.database());
            new PlanExecutor(connection, listener, settings).execute(result.plan());
            return new ApplyResult(result, Outcome.APPLIED);
        } catch (SQLException e) {
            throw new ConvergeException("closing the connection to " + target.database() + ": " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }
}
