package dev.converge.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.converge.change.ChangeSet;
import dev.converge.diff.Differ;
import dev.converge.diff.UnmanagedDependents;
import dev.converge.error.ConvergeException;
import dev.converge.error.DevDatabaseException;
import dev.converge.inspect.CatalogInspector;
import dev.converge.model.Catalog;
import dev.converge.model.Dependency;
import dev.converge.apply.HistoryJournal;
import dev.converge.error.DesiredStateException;
import dev.converge.plan.Backup;
import dev.converge.plan.Plan;
import dev.converge.plan.Planner;
import dev.converge.plan.PreflightPlanner;
import dev.converge.model.Plural;

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
    private DesiredState readDesired(Target target, NormalisingServer server, CatalogInspector inspector,
                                     EarlyInspection early) {
        try {
            return new DesiredStateReader(progress, target.cache(), !target.emptyDesiredStateAllowed())
                    .beforeReading(early::start)
                    .read(target.desired(), server, target.schemas(),
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

    /**
     * A plan with the two catalogs it was computed from (the current one as compared: with second prints of checks),
     * which a rehearsal needs to rebuild and verify it, and the server chosen to normalise the desired state, where
     * the rehearsal runs too.
     */
    record Computed(PlanResult result, Catalog current, DesiredState desired, NormalisingServer devServer) {
    }

    Computed compute(Target target, Connection connection) {
        return compute(target, connection, null);
    }

    /**
     * A desired object of a kind Converge does not manage yet would be left out of every plan: the user would
     * believe it applied. On the target such objects are only reported (they are left alone).
     */
    private static void refuseUnmanaged(List<String> unmanaged) {
        if (unmanaged.isEmpty()) {
            return;
        }
        String shown = String.join(", ", unmanaged.subList(0, Math.min(unmanaged.size(), 8)))
                + (unmanaged.size() > 8 ? " and " + (unmanaged.size() - 8) + " more" : "");
        throw new DesiredStateException("the desired state defines " + Plural.of(unmanaged.size(), "object")
                + " of a kind Converge does not manage yet (" + shown + "); no plan would create, change or drop "
                + "them: remove them from the desired state, or leave them out with 'exclude:' in converge.yaml and "
                + "manage them by hand (docs/managed-objects.md lists what is managed)");
    }

    /**
     * The target's schemas that the managed set leaves out, when nothing chose that set explicitly (the desired
     * state's own schemas then form it): without --schema, a schema removed from the desired state would otherwise
     * be forgotten in silence. Converge's own schemas (history, backups) are not the user's.
     */
    private static List<String> otherSchemas(Target target, CatalogInspector inspector, Set<String> managed) {
        if (!target.schemas().isEmpty()) {
            return List.of();
        }
        Set<String> others = new TreeSet<>(inspector.schemasInUse());
        others.removeAll(managed);
        others.remove(HistoryJournal.DEFAULT_SCHEMA);
        others.remove(Backup.SCHEMA);
        return List.copyOf(others);
    }

    /**
     * A change PostgreSQL would refuse because an object Converge does not manage needs what it drops or retypes (a
     * view in another schema, or excluded, reading a dropped column): refused here, naming that object, rather than
     * at apply time after the rehearsal (diff/UnmanagedDependents). Outside the managed schemas the target is asked;
     * excluded objects' edges are in the catalog as read, before the filter takes them out.
     */
    private static void refuseBlockedChanges(ChangeSet changes, CatalogInspector inspector, Catalog inspected,
                                             Target target, Set<String> managed) {
        if (changes.changes().isEmpty()) {
            return;
        }
        List<Dependency> unmanaged = new ArrayList<>(inspector.unmanagedDependents(managed));
        unmanaged.addAll(target.filter().excludedDependents(inspected));
        UnmanagedDependents.refuse(changes, unmanaged, managed);
    }

    /** @param backupAt when not null, drops keep their data in the backup schema (apply --backup) */
    Computed compute(Target target, Connection connection, java.time.Instant backupAt) {
        CatalogInspector inspector = new CatalogInspector(connection, target.database()::open);
        NormalisingServer devServer = DevServers.forTarget(target.devServer(), target.database(), connection,
                progress);
        DesiredState desired;
        Catalog inspected;
        try (EarlyInspection early = new EarlyInspection(target.database(), progress)) {
            desired = readDesired(target, devServer, inspector, early);
            inspected = early.catalogFor(desired.schemas()).orElse(null);
            if (inspected == null) {
                progress.step("inspecting " + target.database());
                inspected = inspector.inspect(desired.schemas());
            }
        }
        // Objects the project file excludes are taken out of both sides: neither compared nor touched.
        Catalog current = target.filter().apply(inspected);
        Catalog desiredCatalog = target.filter().apply(desired.catalog());
        refuseUnmanaged(desired.unmanagedObjects().stream().filter(target.filter()::keepsDescribed).toList());
        TreeSet<String> unmanaged = new TreeSet<>(inspector.unmanagedObjects(desired.schemas()));
        unmanaged.removeIf(description -> !target.filter().keepsDescribed(description));
        progress.step("comparing " + current.objectCount() + " current and " + desiredCatalog.objectCount()
                + " desired objects");
        // the plan result keeps the catalog as read, whose fingerprint an approved plan records
        Catalog compared = CurrentSecondPrints.of(current, desiredCatalog, devServer, target.cache(),
                progress);
        ChangeSet changes = Differ.diff(compared, desiredCatalog, desired.renameHints(),
                Differ.Context.runAs(inspector.currentRole()));
        ConversionCheck.refuseMissingCasts(connection, changes);
        refuseBlockedChanges(changes, inspector, inspected, target, desired.schemas());
        Plan plan = Planner.plan(changes, backupAt == null ? null : new Backup(backupAt, current,
                !inspector.existingSchemas(Set.of(Backup.SCHEMA)).isEmpty()));
        PlanResult result = new PlanResult(plan, desired.schemas(), List.copyOf(unmanaged), current, desiredCatalog,
                desired.definitions(), PreflightPlanner.of(changes, current, backupAt != null),
                otherSchemas(target, inspector, desired.schemas()));
        return new Computed(result, compared, desired, devServer);
    }
}
