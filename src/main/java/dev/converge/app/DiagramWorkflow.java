package dev.converge.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.converge.connect.ConnectionSpec;
import dev.converge.diff.ObjectFilter;
import dev.converge.error.ConvergeException;
import dev.converge.inspect.CatalogInspector;
import dev.converge.model.Catalog;
import dev.converge.report.diagram.Diagram;
import dev.converge.report.diagram.Diagrams;

/**
 * The entity-relationship picture of a live database or of a desired state (normalised through a dev database,
 * like plan reads it), limited to the given schemas and to the objects the include/exclude patterns keep, so a
 * large schema can be drawn a part at a time. Reads only.
 */
public final class DiagramWorkflow {

    private final Progress progress;

    public DiagramWorkflow(Progress progress) {
        this.progress = progress;
    }

    /** The diagram, the schemas it covers, and a line of facts (counts) for a page to show. */
    public record Picture(Diagram diagram, Set<String> schemas, List<String> unmanagedObjects, String facts) {
        public Picture {
            schemas = java.util.Collections.unmodifiableSet(new TreeSet<>(schemas));
            unmanagedObjects = List.copyOf(unmanagedObjects);
        }
    }

    public Picture ofDatabase(ConnectionSpec database, Set<String> explicitSchemas, List<String> include,
                              List<String> exclude) {
        try (Connection connection = database.open()) {
            CatalogInspector inspector = new CatalogInspector(connection, database::open);
            Set<String> schemas = new TreeSet<>(explicitSchemas.isEmpty() ? inspector.schemasInUse()
                    : explicitSchemas);
            progress.step("inspecting " + database + " (" + String.join(", ", schemas) + ")");
            Catalog catalog = new ObjectFilter(include, exclude).apply(inspector.inspect(schemas));
            return picture(database.toString(), catalog, schemas, inspector.unmanagedObjects(schemas));
        } catch (SQLException e) {
            throw new ConvergeException("closing the connection to " + database + ": " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }

    public Picture ofDesired(List<Path> paths, Set<String> explicitSchemas, List<String> include,
                             List<String> exclude, ConnectionSpec devServer) {
        DesiredState desired = new DesiredStateReader(progress).read(paths, devServer, explicitSchemas, Set.of(),
                List.of());
        Catalog catalog = new ObjectFilter(include, exclude).apply(desired.catalog());
        String origin = String.join(", ", paths.stream().map(Path::toString).toList());
        return picture(origin, catalog, desired.schemas(), desired.unmanagedObjects());
    }

    private static Picture picture(String origin, Catalog catalog, Set<String> schemas, List<String> unmanaged) {
        Diagram diagram = Diagrams.of("Schema of " + origin, catalog);
        long views = diagram.boxes().stream().filter(Diagram.Box::isView).count();
        long foreignKeys = diagram.edges().stream().filter(e -> !e.reads()).count();
        String facts = (diagram.boxes().size() - views) + " table(s), " + views + " view(s), " + foreignKeys
                + " foreign key(s) in schema(s) " + String.join(", ", new TreeSet<>(schemas));
        return new Picture(diagram, schemas, unmanaged, facts);
    }
}
