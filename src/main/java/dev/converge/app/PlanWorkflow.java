package dev.converge.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.converge.change.ChangeSet;
import dev.converge.diff.Differ;
import dev.converge.error.ConvergeException;
import dev.converge.error.DevDatabaseException;
import dev.converge.inspect.CatalogInspector;
import dev.converge.model.Catalog;
import dev.converge.plan.Backup;
import dev.converge.plan.Plan;
import dev.converge.plan.Planner;
import dev.converge.plan.PreflightPlanner;

/**
 * Computes the plan that turns the target database into the desired state: read the desired state through a dev
 * database, inspect the target in the same schemas, diff, order and render. Reads only; changes nothing.
 */
public final class PlanWorkflow {

    private final Progress progress;

    public PlanWorkflow(Progress progress) {
        this.progress = progress;
    }

    public PlanResult plan(Target target) {
        try (Connection connection = target.database().open()) {
            return plan(target, connection);
        } catch (SQLException e) {
            throw new ConvergeException("closing the connection to " + target.database() + ": " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }

    /**
     * A dev database that cannot be created (or is lost) on the server the user chose with --dev-db is that option's
     * fault, and the message says so; on the target's own server, DevDatabase's message already suggests --dev-db.
     */
    private DesiredState readDesired(Target target, Connection connection, CatalogInspector inspector) {
        try {
            NormalisingServer server = DevServers.forTarget(target.devServer(), target.database(), connection,
                    progress);
            return new DesiredStateReader(progress, target.cache()).read(target.desired(), server, target.schemas(),
                    inspector.schemasInUse(), inspector.searchPath());
        } catch (DevDatabaseException e) {
            if (target.devServer().explicitServer() == null) {
                throw e;
            }
            throw new ConvergeException("--dev-db " + target.devServer() + ": " + e.detail() + "; nothing was changed",
                    e.sqlState(), null);
        }
    }

    /** Plans against an open connection to the target, which the caller keeps (apply reuses it). */
    public PlanResult plan(Target target, Connection connection) {
        return compute(target, connection).result();
    }

    /** A plan with the two catalogs it was computed from, which a rehearsal needs to rebuild and verify it. */
    record Computed(PlanResult result, Catalog current, DesiredState desired) {
    }

    Computed compute(Target target, Connection connection) {
        return compute(target, connection, null);
    }

    /** @param backupAt when not null, drops keep their data in the backup schema (apply --backup) */
    Computed compute(Target target, Connection connection, java.time.Instant backupAt) {
        CatalogInspector inspector = new CatalogInspector(connection, target.database()::open);
        DesiredState desired = readDesired(target, connection, inspector);
        progress.step("inspecting " + target.database());
        // Objects the project file excludes are taken out of both sides: neither compared nor touched.
        Catalog current = target.filter().apply(inspector.inspect(desired.schemas()));
        Catalog desiredCatalog = target.filter().apply(desired.catalog());
        TreeSet<String> unmanaged = new TreeSet<>(desired.unmanagedObjects());
        unmanaged.addAll(inspector.unmanagedObjects(desired.schemas()));
        unmanaged.removeIf(description -> !target.filter().keepsDescribed(description));
        progress.step("comparing " + current.objectCount() + " current and " + desiredCatalog.objectCount()
                + " desired objects");
        ChangeSet changes = Differ.diff(current, desiredCatalog, desired.renameHints(),
                Differ.Context.runAs(inspector.currentRole()));
        Plan plan = Planner.plan(changes, backupAt == null ? null : new Backup(backupAt, current,
                !inspector.existingSchemas(Set.of(Backup.SCHEMA)).isEmpty()));
        PlanResult result = new PlanResult(plan, desired.schemas(), List.copyOf(unmanaged), current, desiredCatalog,
                desired.definitions(), PreflightPlanner.of(changes, current, backupAt != null));
        return new Computed(result, current, desired);
    }
}
