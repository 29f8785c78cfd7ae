package dev.converge.inspect;

import java.util.List;

/**
 * The catalog queries, one per object kind, each loaded once from its {@code .sql} resource. Every query but
 * {@link #SCHEMAS_IN_USE} takes one parameter: the schemas to read, as a {@code text[]}.
 */
enum CatalogQuery {
    SCHEMAS_IN_USE("schemas_in_use.sql", "schemas in use"),
    SEARCH_PATH("search_path.sql", "the search path"),
    CURRENT_ROLE("current_role.sql", "the current role"),
    SCHEMAS("schemas.sql", "schemas"),
    SCHEMA_NAMES("schema_names.sql", "schema names"),
    ENUMS("enums.sql", "enum types"),
    SEQUENCES("sequences.sql", "sequences"),
    TABLES("tables.sql", "tables"),
    COLUMNS("columns.sql", "columns"),
    CONSTRAINTS("constraints.sql", "constraints"),
    INDEXES("indexes.sql", "indexes"),
    ATTACHED_INDEXES("attached_indexes.sql", "indexes of partitions attached to their parent's"),
    VALIDATED_CHECK_COPIES("validated_check_copies.sql", "partitions' validated copies of NOT VALID checks"),
    UNMANAGED("unmanaged.sql", "unmanaged objects"),
    OBJECTS_OUTSIDE("objects_outside.sql", "objects outside the managed schemas"),
    DOMAINS("domains.sql", "domains"),
    COMPOSITE_TYPES("composite_types.sql", "composite types"),
    EXTENSIONS("extensions.sql", "extensions"),
    VIEWS("views.sql", "views"),
    VIEW_INDEXES("view_indexes.sql", "indexes of materialized views"),
    DEPENDENCIES("dependencies.sql", "dependencies"),
    UNMANAGED_DEPENDENTS("unmanaged_dependents.sql", "objects outside the managed schemas that depend on managed ones"),
    FUNCTIONS("functions.sql", "functions and procedures"),
    TRIGGERS("triggers.sql", "triggers"),
    GRANTS("grants.sql", "privileges"),
    DEFAULT_PRIVILEGES("default_privileges.sql", "default privileges"),
    POLICIES("policies.sql", "row-level security policies"),
    TABLE_OPTIONS("table_options.sql", "table options"),
    STATISTICS("statistics.sql", "extended statistics"),
    COLLATIONS("collations.sql", "collations"),
    RANGE_TYPES("range_types.sql", "range types"),
    CASTS("casts.sql", "casts"),
    EVENT_TRIGGERS("event_triggers.sql", "event triggers"),
    TEXT_SEARCH("text_search.sql", "text search objects"),
    FOREIGN_DATA("foreign_data.sql", "foreign-data wrappers, servers and user mappings"),
    FOREIGN_TABLES("foreign_tables.sql", "foreign tables"),

    INHERITANCE("inheritance.sql", "table inheritance"),
    VIEW_TRIGGERS("view_triggers.sql", "triggers on views"),
    RULES("rules.sql", "rules"),
    AGGREGATES("aggregates.sql", "aggregates"),
    OPERATORS("operators.sql", "operators"),
    OPERATOR_FAMILIES("operator_families.sql", "operator families"),
    OPERATOR_CLASSES("operator_classes.sql", "operator classes"),
    PUBLICATIONS("publications.sql", "publications");

    /** The queries of objects managed by their definition, each returning the columns of DefinedObjectRows. */
    static final List<CatalogQuery> DEFINED_OBJECTS = List.of(STATISTICS,
            COLLATIONS, RANGE_TYPES, CASTS, EVENT_TRIGGERS, TEXT_SEARCH, FOREIGN_DATA, FOREIGN_TABLES,
            VIEW_TRIGGERS, RULES, AGGREGATES, OPERATORS, OPERATOR_FAMILIES, OPERATOR_CLASSES, PUBLICATIONS);

    private final String sql;
    private final String subject;

    CatalogQuery(String fileName, String subject) {
        this.sql = SqlResource.load(fileName);
        this.subject = subject;
    }

    String sql() {
        return sql;
    }

    /** What the query reads, for error messages: "inspecting columns of mydb: ...". */
    String subject() {
        return subject;
    }
}
