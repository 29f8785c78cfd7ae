package dev.converge.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;

import dev.converge.apply.ApplyListener;
import dev.converge.apply.ApplyLock;
import dev.converge.apply.ExecutionSettings;
import dev.converge.apply.Interruption;
import dev.converge.apply.PlanExecutor;
import dev.converge.connect.ConnectionSpec;
import dev.converge.error.ConvergeException;
import dev.converge.error.PolicyRefusedException;
import dev.converge.inspect.CatalogInspector;
import dev.converge.model.Catalog;
import dev.converge.model.CatalogFingerprint;
import dev.converge.report.ApprovedPlan;
import dev.converge.report.ApprovedPlanFile;
import dev.converge.model.Plural;

/**
 * Applies an approved plan ({@code apply --plan plan.json}): exactly the statements that were reviewed, and only
 * while the target is still in the state the plan was computed from. The target is inspected again in the plan's
 * schemas; if the fingerprint of that catalog is not the one recorded in the plan, the plan is refused (exit 3)
 * and nothing runs, because its statements were written for a database that no longer exists. The same policy
 * as a plain apply then applies.
 */
public final class ApprovedPlanWorkflow {

    private final Progress progress;
    private final ApplyListener listener;
    private final ExecutionSettings settings;
    private final Interruption interruption;

    public ApprovedPlanWorkflow(Progress progress, ApplyListener listener) {
        this(progress, listener, ExecutionSettings.DEFAULTS);
    }

    public ApprovedPlanWorkflow(Progress progress, ApplyListener listener, ExecutionSettings settings) {
        this(progress, listener, settings, new Interruption());
    }

    /** @param interruption armed when the plan starts to run; the CLI's Ctrl-C handler requests it */
    public ApprovedPlanWorkflow(Progress progress, ApplyListener listener, ExecutionSettings settings,
                                Interruption interruption) {
        this.progress = progress;
        this.listener = listener;
        this.settings = settings;
        this.interruption = interruption;
    }

    public ApplyWorkflow.ApplyResult apply(ConnectionSpec database, ApprovedPlan approved, ApplyPolicy policy,
                                           ApplyWorkflow.Confirmation confirmation) {
        try (Connection connection = database.open();
             ApplyLock lock = ApplyLock.acquire(connection, settings.waitForLock(), database.toString(),
                     progress::step)) {
            progress.step("inspecting " + database + " to check it is still in the approved plan's state");
            CatalogInspector inspector = new CatalogInspector(connection, database::open);
            Catalog current = inspector.inspect(new LinkedHashSet<>(approved.schemas()));
            checkFingerprint(database, approved, current);
            // No desired catalog is read for an approved plan: the current one stands in, so shown diffs are empty.
            PlanResult result = new PlanResult(approved.plan(), new LinkedHashSet<>(approved.schemas()),
                    inspector.unmanagedObjects(new LinkedHashSet<>(approved.schemas())), current, current,
                    List.of());
            if (approved.plan().isEmpty()) {
                return new ApplyWorkflow.ApplyResult(result, ApplyWorkflow.Outcome.NOTHING_TO_DO);
            }
            confirmation.show(result);
            policy.check(approved.plan());
            if (!confirmation.confirm(result)) {
                return new ApplyWorkflow.ApplyResult(result, ApplyWorkflow.Outcome.DECLINED);
            }
            progress.step("applying " + Plural.of(approved.plan().statements().size(), "approved statement")
                    + " to " + database);
            interruption.arm();
            new PlanExecutor(connection, listener, settings, interruption).execute(approved.plan());
            return new ApplyWorkflow.ApplyResult(result, ApplyWorkflow.Outcome.APPLIED);
        } catch (SQLException e) {
            throw new ConvergeException("closing the connection to " + database + ": " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }

    private static String shortened(String fingerprint) {
        return fingerprint.length() > 12 ? fingerprint.substring(0, 12) : fingerprint;
    }

    private static void checkFingerprint(ConnectionSpec database, ApprovedPlan approved, Catalog current) {
        String now = CatalogFingerprint.of(current);
        if (now.equals(approved.currentFingerprint())) {
            return;
        }
        List<String> changed = ApprovedPlanFile.changedObjects(approved, current);
        String objects = changed.isEmpty()
                ? "  (no object definition differs: dependencies or default privileges did)"
                : String.join("\n", changed.stream().map(id -> "  - " + id).toList());
        throw new PolicyRefusedException("refusing to apply " + approved.file() + ": " + database
                + " changed since the plan was made (current fingerprint " + shortened(now)
                + ", the plan expects " + shortened(approved.currentFingerprint())
                + "); nothing was changed. Objects that differ:\n" + objects
                + "\nMake a new plan against the database as it is now and approve that one.");
    }
}
