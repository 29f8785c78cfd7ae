package dev.converge.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.converge.apply.ApplyListener;
import dev.converge.apply.HistoryJournal;
import dev.converge.apply.PlanExecutor;
import dev.converge.apply.SchemaCopy;
import dev.converge.change.ChangeSet;
import dev.converge.diff.Differ;
import dev.converge.error.ConvergeException;
import dev.converge.inspect.CatalogInspector;
import dev.converge.model.Catalog;
import dev.converge.model.Schema;
import dev.converge.plan.Backup;
import dev.converge.plan.Plan;
import dev.converge.plan.Planner;
import dev.converge.source.dev.DevDatabase;

/**
 * {@code apply --rehearse}: runs the plan first on a schema-only copy of the target in a temporary database, and
 * checks that the result is the desired state, so that a planner bug is an error before the target is touched.
 * The copy is built the way Converge builds anything: the plan from the temporary database's empty schemas to the
 * target's current catalog. It holds no data (the data checks cover that), and it is dropped afterwards.
 */
final class Rehearsal {

    private final Progress progress;

    Rehearsal(Progress progress) {
        this.progress = progress;
    }

    /**
     * @param target an open connection to the target: the schemas it holds outside the managed ones are copied as
     *        well, as far as they go, since managed objects may refer to them (a foreign key to a table there, a
     *        type, a function); only the managed schemas are compared afterwards
     */
    /**
     * @param devServer where the desired state was normalised: the private server by default, so that the target's
     *        server gets no database and no DDL and the user needs no CREATEDB there; the target's server (or
     *        --dev-db's) when the private one lacks an extension the copy needs
     */
    void run(NormalisingServer devServer, Connection target, PlanWorkflow.Computed computed) {
        Set<String> schemas = computed.result().schemas();
        Catalog context = context(target, computed);
        Set<String> extensions = new TreeSet<>(computed.current().extensionsByName().keySet());
        extensions.addAll(context.extensionsByName().keySet());
        extensions.addAll(computed.desired().catalog().extensionsByName().keySet());
        NormalisingServer server = devServer.readyFor(extensions, "rehearsing the plan", progress);
        progress.step("rehearsing the plan in a temporary database on " + server.describe());
        try (DevDatabase dev = server.createDatabase(); Connection connection = dev.spec().open()) {
            CatalogInspector inspector = new CatalogInspector(connection, dev.spec()::open);
            Catalog empty = inspector.inspect(schemas);
            SchemaCopy.buildWhatYouCan(connection, Planner.plan(fromDatabases(Catalog.empty(), context)));
            buildCopy(connection, Planner.plan(fromDatabases(empty, withBackupSchema(computed.current()))));
            run(connection, computed.result().plan(), "running the plan");
            Catalog after = inspector.inspect(schemas);
            ChangeSet left = fromDatabases(after, computed.desired().catalog());
            if (!left.isEmpty()) {
                Plan rest = Planner.plan(left);
                throw new ConvergeException("rehearsal: after the plan ran on a copy of the current schema, "
                        + rest.statements().size() + " difference(s) from the desired state remain, so the plan "
                        + "does not converge (a Converge bug, please report it); nothing was changed on the "
                        + "target:\n" + rest.statements().stream().map(s -> "  - " + s.summary())
                        .collect(Collectors.joining("\n")));
            }
        } catch (SQLException e) {
            throw new ConvergeException("rehearsal: closing the temporary database: " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }

    private static ChangeSet fromDatabases(Catalog current, Catalog desired) {
        return Differ.diff(current, desired, List.of(), Differ.Context.DATABASES);
    }

    /** The target's other schemas (not Converge's own), which managed objects may refer to. */
    private static Catalog context(Connection target, PlanWorkflow.Computed computed) {
        CatalogInspector inspector = new CatalogInspector(target);
        Set<String> others = new TreeSet<>(inspector.schemasInUse());
        others.removeAll(computed.result().schemas());
        others.remove(HistoryJournal.DEFAULT_SCHEMA);
        others.remove(Backup.SCHEMA);
        return others.isEmpty() ? Catalog.empty() : inspector.inspect(others);
    }

    /**
     * A plan with backups leaves out CREATE SCHEMA when the target has the backup schema already; the copy needs
     * it as well (it is never part of the compared scope).
     */
    private static Catalog withBackupSchema(Catalog current) {
        if (current.schemasByName().containsKey(Backup.SCHEMA)) {
            return current;
        }
        List<Schema> schemas = new ArrayList<>(current.schemas());
        schemas.add(new Schema(Backup.SCHEMA, null));
        return current.toBuilder().schemas(schemas).build();
    }

    private static void buildCopy(Connection connection, Plan copy) {
        try {
            SchemaCopy.build(connection, copy);
        } catch (SQLException e) {
            throw new ConvergeException("rehearsal (building a copy of the current schema in a temporary database) "
                    + "failed; nothing was changed on the target: " + e.getMessage(), e.getSQLState(), e);
        }
    }

    private static void run(Connection connection, Plan plan, String step) {
        try {
            new PlanExecutor(connection, ApplyListener.SILENT).execute(plan);
            // The executor leaves the session as its last unit needed it; the inspector wants it in autocommit.
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new ConvergeException("rehearsal (" + step + "): " + e.getMessage(), e.getSQLState(), e);
        } catch (ConvergeException e) {
            throw new ConvergeException("rehearsal (" + step + " in a temporary database) failed; nothing was "
                    + "changed on the target: " + e.getMessage(), e.sqlState(), e);
        }
    }
}
