package dev.converge.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Collectors;

import dev.converge.apply.ApplyListener;
import dev.converge.apply.PlanExecutor;
import dev.converge.change.ChangeSet;
import dev.converge.connect.ConnectionSpec;
import dev.converge.diff.Differ;
import dev.converge.error.ConvergeException;
import dev.converge.inspect.CatalogInspector;
import dev.converge.model.Catalog;
import dev.converge.model.SqlText;
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

    void run(ConnectionSpec server, PlanWorkflow.Computed computed) {
        Set<String> schemas = computed.result().schemas();
        progress.step("rehearsing the plan in a temporary database on " + server.withDatabase(""));
        try (DevDatabase dev = DevDatabase.createOn(server); Connection connection = dev.spec().open()) {
            CatalogInspector inspector = new CatalogInspector(connection, dev.spec()::open);
            Plan copy = Planner.plan(Differ.diff(inspector.inspect(schemas), computed.current()));
            buildCopy(connection, copy);
            // A plan with backups leaves out CREATE SCHEMA when the target has the backup schema already; the copy
            // needs it as well (it is never part of the compared scope).
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + SqlText.identifier(Backup.SCHEMA));
            }
            run(connection, computed.result().plan(), "running the plan");
            Catalog after = inspector.inspect(schemas);
            ChangeSet left = Differ.diff(after, computed.desired().catalog());
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

    /** Statements per transaction while building the copy: few enough locks for a default server. */
    private static final int COPY_CHUNK = 500;

    /**
     * The copy is built in transactions of {@value #COPY_CHUNK} statements, sent as JDBC batches, not as one
     * all-or-nothing plan: it is a throwaway database, and one transaction creating a whole schema of thousands of
     * tables runs out of lock slots ({@code max_locks_per_transaction}: "out of shared memory").
     */
    private static void buildCopy(Connection connection, Plan copy) {
        try (Statement jdbc = connection.createStatement()) {
            // as PlanExecutor does: a function body may mention a table created after it
            jdbc.execute("SET check_function_bodies = off");
            connection.setAutoCommit(false);
            int pending = 0;
            for (dev.converge.plan.Statement statement : copy.statements()) {
                if (!statement.transactional()) {
                    flush(connection, jdbc, pending);
                    pending = 0;
                    connection.setAutoCommit(true);
                    jdbc.execute(statement.sql());
                    connection.setAutoCommit(false);
                    continue;
                }
                jdbc.addBatch(statement.sql());
                if (++pending == COPY_CHUNK) {
                    flush(connection, jdbc, pending);
                    pending = 0;
                }
            }
            flush(connection, jdbc, pending);
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            throw new ConvergeException("rehearsal (building a copy of the current schema in a temporary database) "
                    + "failed; nothing was changed on the target: " + cause.getMessage(), cause.getSQLState(), e);
        }
    }

    private static void flush(Connection connection, Statement jdbc, int pending) throws SQLException {
        if (pending > 0) {
            jdbc.executeBatch();
            connection.commit();
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
