package dev.converge.inspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import dev.converge.model.AttachedIndex;
import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.Constraint;
import dev.converge.model.DefinedObject;
import dev.converge.model.Dependency;
import dev.converge.model.EnumType;
import dev.converge.model.Index;
import dev.converge.model.Routine;
import dev.converge.model.Schema;
import dev.converge.model.Sequence;
import dev.converge.model.Table;
import dev.converge.model.Trigger;

/**
 * Reads what Converge manages in a database into a {@link Catalog}. The same code reads the live database and
 * the dev database holding the desired state, so PostgreSQL's own printing functions normalise both sides. Each
 * object kind is one bulk query over all requested schemas; system schemas and extension members are never read.
 * The inspector borrows the connection and does not close it.
 */
public final class CatalogInspector {

    private final Connection connection;
    private final Supplier<Connection> secondConnection;
    private final String database;
    private final CatalogReader reader;
    private final ReadOnlySnapshot snapshot;

    /** Reads on {@code connection} alone, one query after another. */
    public CatalogInspector(Connection connection) {
        this(connection, null);
    }

    /**
     * Reads on {@code connection} and, at the same time and in the same snapshot, on a second connection that
     * {@code secondConnection} opens to the same database for the length of one {@link #inspect} (closed after);
     * when that fails, on {@code connection} alone.
     */
    public CatalogInspector(Connection connection, Supplier<Connection> secondConnection) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.secondConnection = secondConnection;
        this.database = databaseName(connection);
        this.reader = new CatalogReader(connection, database);
        this.snapshot = new ReadOnlySnapshot(connection, reader);
    }

    /**
     * Schemas for the default managed scope: every non-system schema (not pg_*, not information_schema) that
     * exists, except "public" when public holds no objects of its own (extension members do not count).
     */
    public Set<String> schemasInUse() {
        return schemasInUse(Set.of());
    }

    /**
     * Like {@link #schemasInUse()}, where {@code countOnlyWithObjects} (besides "public") are left out while they
     * hold nothing: schemas that were created only so that the desired state could refer to them.
     */
    public Set<String> schemasInUse(Set<String> countOnlyWithObjects) {
        Set<String> conditional = new TreeSet<>(countOnlyWithObjects);
        conditional.add("public");
        return new TreeSet<>(reader.list(CatalogQuery.SCHEMAS_IN_USE, List.copyOf(conditional),
                row -> row.getString("schema_name")));
    }

    /** Which of {@code names} exist as schemas (of any kind, system and extension-owned ones included). */
    public Set<String> existingSchemas(Set<String> names) {
        return new TreeSet<>(reader.list(CatalogQuery.SCHEMA_NAMES, names.stream().sorted().toList(),
                row -> row.getString("schema_name")));
    }

    /**
     * The schemas that unqualified names resolve to in this session ({@code current_schemas(false)}: the
     * search_path with {@code "$user"} resolved and missing schemas left out), in order.
     */
    public List<String> searchPath() {
        return reader.list(CatalogQuery.SEARCH_PATH, row -> row.getString("schema_name"));
    }

    /** The role this session creates objects as (whose default privileges new objects get). */
    public String currentRole() {
        return reader.list(CatalogQuery.CURRENT_ROLE, row -> row.getString("role_name")).get(0);
    }

    /**
     * Reads every managed object of the given schemas in one consistent snapshot. Schemas that do not exist, and
     * system schemas, are simply absent from {@link Catalog#schemas()}.
     */
    public Catalog inspect(Set<String> schemas) {
        List<String> scope = managedScope(schemas);
        if (scope.isEmpty()) {
            return Catalog.empty();
        }
        return snapshot.read(() -> {
            try (SharedSnapshot shared = SharedSnapshot.open(connection, secondConnection, reader, database)) {
                return readCatalog(scope, shared);
            }
        });
    }

    /**
     * Objects in the given schemas of a kind Converge does not manage yet, one readable line each (e.g.
     * {@code view public.v}, {@code trigger t on public.x}), sorted, for a warning. Extension members are left out.
     */
    public List<String> unmanagedObjects(Set<String> schemas) {
        List<String> scope = managedScope(schemas);
        if (scope.isEmpty()) {
            return List.of();
        }
        List<String> found = snapshot.read(() ->
                reader.list(CatalogQuery.UNMANAGED, scope, row -> row.getString("description")));
        return found.stream().sorted().toList();
    }

    /**
     * What objects outside the managed schemas need of objects inside them (pg_depend's normal dependencies), as
     * edges from the outside object to the managed one, sorted: a view of another schema reading a managed column.
     * No plan touches such an object, so a change that would destroy what it needs must be refused up front.
     */
    public List<Dependency> unmanagedDependents(Set<String> schemas) {
        List<String> scope = managedScope(schemas);
        if (scope.isEmpty()) {
            return List.of();
        }
        List<Dependency> found = snapshot.read(() ->
                reader.list(CatalogQuery.UNMANAGED_DEPENDENTS, scope, ViewRows::dependency));
        return found.stream().distinct().sorted(Comparator.comparing(Dependency::dependent)
                .thenComparing(Dependency::referenced)).toList();
    }

    /**
     * Objects created after initdb in schemas outside {@code schemas}, system schemas included, one readable line
     * each ({@code table information_schema.t}), sorted. On the dev database these are desired-state objects that
     * no plan would contain, so the reader refuses them rather than leave them out silently.
     */
    public List<String> objectsOutside(Set<String> schemas) {
        List<String> scope = schemas.stream().sorted().toList();
        return reader.list(CatalogQuery.OBJECTS_OUTSIDE, scope, row -> row.getString("description"));
    }

    /**
     * The dependency graph and the table indexes go to the second connection: together they cost about as much
     * server time as everything else (measured at 5,000 tables), so the two halves end at about the same time.
     */
    private record SecondHalf(List<Dependency> dependencies, List<TablePart<Index>> indexes) {
    }

    private static SecondHalf readSecondHalf(CatalogReader reader, List<String> scope) {
        // the query leaves duplicate edges (two columns of one view using one table) to be removed here
        List<Dependency> dependencies = reader.list(CatalogQuery.DEPENDENCIES, scope, ViewRows::dependency)
                .stream().distinct().toList();
        return new SecondHalf(dependencies, reader.list(CatalogQuery.INDEXES, scope, IndexRows::map));
    }

    private Catalog readCatalog(List<String> scope, SharedSnapshot shared) {
        CompletableFuture<SecondHalf> pending = shared.start(second -> readSecondHalf(second, scope));
        List<Schema> schemas = reader.list(CatalogQuery.SCHEMAS, scope, SchemaLevelRows::schema);
        List<EnumType> enums = reader.list(CatalogQuery.ENUMS, scope, SchemaLevelRows::enumType);
        List<Sequence> sequences = reader.list(CatalogQuery.SEQUENCES, scope, SequenceRows::map);
        List<TableRow> tableRows = reader.list(CatalogQuery.TABLES, scope, TableRow::map);
        List<TablePart<Column>> columns = reader.list(CatalogQuery.COLUMNS, scope, ColumnRows::map);
        List<TablePart<Constraint>> constraints = reader.list(CatalogQuery.CONSTRAINTS, scope, ConstraintRows::map);
        List<TablePart<AttachedIndex>> attached = reader.list(CatalogQuery.ATTACHED_INDEXES, scope, IndexRows::attached);
        List<TablePart<String>> validatedCopies = reader.list(CatalogQuery.VALIDATED_CHECK_COPIES, scope,
                row -> new TablePart<>(row.getLong("table_oid"), row.getString("constraint_name")));
        Catalog.Builder catalog = Catalog.builder().schemas(schemas).enums(enums).sequences(sequences);
        catalog.domains(reader.list(CatalogQuery.DOMAINS, scope, TypeRows::domain))
                .compositeTypes(reader.list(CatalogQuery.COMPOSITE_TYPES, scope, TypeRows::compositeType))
                .extensions(reader.list(CatalogQuery.EXTENSIONS, scope, TypeRows::extension));
        List<ViewRows.ViewRow> viewRows = reader.list(CatalogQuery.VIEWS, scope, ViewRows::view);
        List<TablePart<Index>> viewIndexes = reader.list(CatalogQuery.VIEW_INDEXES, scope, IndexRows::map);
        catalog.views(ViewRows.assemble(viewRows, viewIndexes));
        catalog.functions(reader.list(CatalogQuery.FUNCTIONS, scope, RoutineRows::map))
                .triggers(reader.list(CatalogQuery.TRIGGERS, scope, TriggerRows::map));
        List<SecurityRows.GrantRow> grantRows = reader.list(CatalogQuery.GRANTS, scope, SecurityRows::grantRow);
        catalog.grants(SecurityRows.grants(grantRows)).delegatedGrants(SecurityRows.delegatedGrants(grantRows))
                .defaultPrivileges(reader.list(CatalogQuery.DEFAULT_PRIVILEGES, scope, SecurityRows::defaultPrivilege))
                .policies(reader.list(CatalogQuery.POLICIES, scope, SecurityRows::policy))
                .tableOptions(reader.list(CatalogQuery.TABLE_OPTIONS, scope, SecurityRows::tableOptions));
        List<DefinedObject> definedObjects = new ArrayList<>();
        for (CatalogQuery query : CatalogQuery.DEFINED_OBJECTS) {
            definedObjects.addAll(reader.list(query, scope, DefinedObjectRows::map));
        }
        catalog.definedObjects(definedObjects);
        catalog.inheritances(reader.list(CatalogQuery.INHERITANCE, scope, InheritanceRows::map));
        SecondHalf second = SharedSnapshot.join(pending);
        catalog.tables(TableAssembler.assemble(tableRows, columns, constraints, second.indexes(), attached,
                        validatedCopies))
                .dependencies(second.dependencies());
        return catalog.build();
    }

    /** The requested schemas minus the system ones, sorted so that the query parameter is deterministic. */
    private static List<String> managedScope(Set<String> schemas) {
        Objects.requireNonNull(schemas, "schemas");
        return schemas.stream().filter(name -> !isSystemSchema(name)).sorted().toList();
    }

    static boolean isSystemSchema(String name) {
        return name.startsWith("pg_") || name.equals("information_schema");
    }

    private static String databaseName(Connection connection) {
        try {
            String name = connection.getCatalog();
            return name == null ? "the database" : name;
        } catch (SQLException e) {
            return "the database";
        }
    }
}
