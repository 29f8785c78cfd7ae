package dev.converge.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.converge.apply.HistoryJournal;
import dev.converge.connect.ConnectionSpec;
import dev.converge.diff.Differ;
import dev.converge.error.ConvergeException;
import dev.converge.inspect.CatalogInspector;
import dev.converge.model.Catalog;
import dev.converge.plan.Backup;
import dev.converge.plan.Planner;
import dev.converge.source.CircularForeignKeys;
import dev.converge.source.DesiredStateLoader;
import dev.converge.source.dev.DevDatabase;

/**
 * The plan that turns one source into another, where each is a database or desired-state files. Files on the
 * {@code current} side are first loaded into a temporary database, which then plays the target of an ordinary
 * plan; files on the {@code desired} side are read exactly as {@code plan} reads them (rename hints included);
 * two databases are inspected in the same schemas and compared directly. Reads only; temporary databases are
 * dropped afterwards.
 */
public final class DiffWorkflow {

    private final Progress progress;

    public DiffWorkflow(Progress progress) {
        this.progress = progress;
    }

    /**
     * @param schemas the schemas to compare; empty: those the desired files use, or for two databases every schema
     *        in use on either
     * @param devServer where temporary databases are created (needed when either side is files)
     */
    public PlanResult diff(DiffSource current, DiffSource desired, Set<String> schemas, ConnectionSpec devServer) {
        if (current instanceof DiffSource.Database database) {
            return diffFrom(database.spec(), desired, schemas, devServer);
        }
        DiffSource.Files files = (DiffSource.Files) current;
        progress.step("loading " + files + " into a temporary database");
        try (DevDatabase materialized = DevDatabase.createOn(devServer)) {
            try (Connection connection = materialized.spec().open()) {
                new DesiredStateLoader(connection).load(
                        CircularForeignKeys.detach(DesiredStateReader.parse(files.paths())));
            } catch (SQLException e) {
                throw new ConvergeException("closing the connection to " + materialized + ": " + e.getMessage(),
                        e.getSQLState(), e);
            }
            return diffFrom(materialized.spec(), desired, schemas, devServer);
        }
    }

    private PlanResult diffFrom(ConnectionSpec current, DiffSource desired, Set<String> schemas,
                                ConnectionSpec devServer) {
        if (desired instanceof DiffSource.Files files) {
            // diff only prints: an empty side is a question ("everything dropped?"), not a risk to the data.
            return new PlanWorkflow(progress).plan(new Target(current, files.paths(), schemas,
                    Target.devServerAt(devServer)).allowingEmptyDesiredState());
        }
        return compareDatabases(current, ((DiffSource.Database) desired).spec(), schemas);
    }

    private PlanResult compareDatabases(ConnectionSpec current, ConnectionSpec desired, Set<String> explicit) {
        try (Connection currentConnection = current.open(); Connection desiredConnection = desired.open()) {
            CatalogInspector currentInspector = new CatalogInspector(currentConnection, current::open);
            CatalogInspector desiredInspector = new CatalogInspector(desiredConnection, desired::open);
            Set<String> schemas = new TreeSet<>(explicit);
            if (schemas.isEmpty()) {
                schemas.addAll(currentInspector.schemasInUse());
                schemas.addAll(desiredInspector.schemasInUse());
                // Converge's own bookkeeping (the apply history, backups of dropped objects) is no part of either.
                schemas.remove(HistoryJournal.DEFAULT_SCHEMA);
                schemas.remove(Backup.SCHEMA);
            }
            progress.step("inspecting " + current + " and " + desired + " (" + String.join(", ", schemas) + ")");
            Catalog currentCatalog = currentInspector.inspect(schemas);
            Catalog desiredCatalog = desiredInspector.inspect(schemas);
            TreeSet<String> unmanaged = new TreeSet<>(currentInspector.unmanagedObjects(schemas));
            unmanaged.addAll(desiredInspector.unmanagedObjects(schemas));
            return new PlanResult(Planner.plan(Differ.diff(currentCatalog, desiredCatalog, List.of(),
                    Differ.Context.DATABASES)), schemas,
                    List.copyOf(unmanaged), currentCatalog, desiredCatalog, List.of());
        } catch (SQLException e) {
            throw new ConvergeException("closing the connections: " + e.getMessage(), e.getSQLState(), e);
        }
    }
}
