package dev.converge.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A view or a materialized view. {@code definition} is {@code pg_get_viewdef(oid)} exactly as PostgreSQL prints it
 * (a leading space and a trailing semicolon included) and decides equality. {@code options} are the
 * {@code reloptions} entries, e.g. {@code security_barrier=true} or {@code check_option=local}, sorted.
 * {@code columns} are in attribute order with {@code format_type} types: whether {@code CREATE OR REPLACE VIEW}
 * can replace the query depends on them. Only a materialized view has {@code indexes}.
 */
public record View(
        QualifiedName name,
        boolean materialized,
        String definition,
        List<ViewColumn> columns,
        List<String> options,
        List<Index> indexes,
        String comment) {

    public View {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        columns = List.copyOf(columns);
        options = options.stream().sorted().toList();
        indexes = indexes.stream().sorted(Comparator.comparing(Index::name)).toList();
        if (!materialized && !indexes.isEmpty()) {
            throw new IllegalArgumentException("view " + name + " cannot have indexes");
        }
    }

    /**
     * A column of a view: name, {@code format_type} type, comment (null when none) and default
     * ({@code pg_get_expr} of {@code ALTER VIEW ... ALTER COLUMN ... SET DEFAULT}, which an INSERT through the view
     * uses; null when none) and collation (qualified and quoted, null when the type's own: {@code CREATE OR REPLACE
     * VIEW} cannot change it).
     */
    public record ViewColumn(String name, String type, String comment, String defaultValue, String collation) {
        public ViewColumn {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }

        public ViewColumn(String name, String type, String comment) {
            this(name, type, comment, null, null);
        }
    }

    /** This view with another query (as {@code pg_get_viewdef} prints it); everything else kept. */
    public View withDefinition(String newDefinition) {
        return new View(name, materialized, newDefinition, columns, options, indexes, comment);
    }

    public Optional<ViewColumn> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** {@code view} or {@code materialized view}, for SQL keywords (upper-cased) and summaries. */
    public String kindName() {
        return materialized ? "materialized view" : "view";
    }

    /** The dependency-graph node of this view. */
    public ObjectRef ref() {
        return ObjectRef.of(materialized ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.VIEW, name);
    }
}
