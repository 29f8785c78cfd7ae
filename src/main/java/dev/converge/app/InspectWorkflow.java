package dev.converge.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.converge.apply.HistoryJournal;
import dev.converge.connect.ConnectionSpec;
import dev.converge.error.ConvergeException;
import dev.converge.inspect.CatalogInspector;
import dev.converge.model.Catalog;
import dev.converge.plan.Backup;
import dev.converge.source.write.DesiredStateFile;
import dev.converge.source.write.DesiredStateFormat;

/**
 * Writes a live database's schema as desired-state files: inspect the schemas (given, else every schema in use),
 * then let the chosen format render the catalog. Reads only.
 */
public final class InspectWorkflow {

    private final Progress progress;

    public InspectWorkflow(Progress progress) {
        this.progress = progress;
    }

    /** The inspected schemas, the files describing them, and objects left out because Converge does not manage them. */
    public record Result(Set<String> schemas, List<DesiredStateFile> files, List<String> unmanagedObjects) {
        public Result {
            schemas = Set.copyOf(schemas);
            files = List.copyOf(files);
            unmanagedObjects = List.copyOf(unmanagedObjects);
        }
    }

    public Result inspect(ConnectionSpec database, Set<String> explicitSchemas, DesiredStateFormat format) {
        try (Connection connection = database.open()) {
            CatalogInspector inspector = new CatalogInspector(connection, database::open);
            Set<String> schemas = new TreeSet<>(explicitSchemas.isEmpty() ? inspector.schemasInUse() : explicitSchemas);
            if (explicitSchemas.isEmpty()) {
                // Converge's own bookkeeping (the apply history, backups of dropped objects), as diff leaves it out:
                // written as desired state, the next apply would refuse to manage it.
                schemas.remove(HistoryJournal.DEFAULT_SCHEMA);
                schemas.remove(Backup.SCHEMA);
            } else {
                requireExisting(inspector, database, schemas);
            }
            progress.step("inspecting " + database + " (" + String.join(", ", schemas) + ")");
            Catalog catalog = inspector.inspect(schemas);
            List<DesiredStateFile> files = format.write(catalog, schemas, database.toString());
            return new Result(schemas, files, inspector.unmanagedObjects(schemas));
        } catch (SQLException e) {
            throw new ConvergeException("closing the connection to " + database + ": " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }

    /** A --schema that names no schema would write nothing and exit 0: a typo must not look like an empty schema. */
    private static void requireExisting(CatalogInspector inspector, ConnectionSpec database, Set<String> schemas) {
        Set<String> missing = new TreeSet<>(schemas);
        missing.removeAll(inspector.existingSchemas(schemas));
        if (!missing.isEmpty()) {
            throw new ConvergeException("inspecting " + database + ": no schema " + String.join(", ", missing)
                    + " in this database (schemas in use: " + String.join(", ", inspector.schemasInUse())
                    + "); check the --schema names");
        }
    }
}
