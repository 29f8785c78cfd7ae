package dev.converge.inspect;

/**
 * The catalog queries, one per object kind, each loaded once from its {@code .sql} resource. Every query but
 * {@link #SCHEMAS_IN_USE} takes one parameter: the schemas to read, as a {@code text[]}.
 */
enum CatalogQuery {
    SCHEMAS_IN_USE("schemas_in_use.sql", "schemas in use"),
    SCHEMAS("schemas.sql", "schemas"),
    ENUMS("enums.sql", "enum types"),
    SEQUENCES("sequences.sql", "sequences"),
    TABLES("tables.sql", "tables"),
    COLUMNS("columns.sql", "columns"),
    CONSTRAINTS("constraints.sql", "constraints"),
    INDEXES("indexes.sql", "indexes"),
    UNMANAGED("unmanaged.sql", "unmanaged objects"),
    // security
    GRANTS("grants.sql", "privileges"),
    DEFAULT_PRIVILEGES("default_privileges.sql", "default privileges"),
    POLICIES("policies.sql", "row-level security policies"),
    TABLE_OPTIONS("table_options.sql", "table options");

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
