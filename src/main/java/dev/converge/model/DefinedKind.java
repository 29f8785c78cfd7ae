package dev.converge.model;

/**
 * The kinds of object Converge manages by their whole definition ({@link DefinedObject}). Each names the keyword
 * of its DROP and COMMENT ON statements and the {@link ObjectKind} its dependency-graph nodes and privileges use.
 * Adding such a kind: a constant here, its inspect query, its stages in the planner's {@code ObjectFamily}, and
 * tests (docs/architecture.md).
 */
public enum DefinedKind {
    /** Extended statistics ({@code CREATE STATISTICS}). */
    STATISTICS("STATISTICS", "statistics", ObjectKind.STATISTICS),
    /** Collations ({@code CREATE COLLATION}). */
    COLLATION("COLLATION", "collation", ObjectKind.COLLATION),
    /** Range types ({@code CREATE TYPE ... AS RANGE}): a type like any other to what uses it. */
    RANGE_TYPE("TYPE", "range type", ObjectKind.TYPE),
    /** Casts ({@code CREATE CAST}); no schema of their own, see casts.sql for the one they are given. */
    CAST("CAST", "cast", ObjectKind.CAST),
    /** Event triggers; no schema of their own, given their function's (event_triggers.sql). */
    EVENT_TRIGGER("EVENT TRIGGER", "event trigger", ObjectKind.EVENT_TRIGGER),
    /** Text search objects ({@code CREATE TEXT SEARCH ...}). */
    TEXT_SEARCH_CONFIGURATION("TEXT SEARCH CONFIGURATION", "text search configuration",
            ObjectKind.TEXT_SEARCH_CONFIGURATION),
    TEXT_SEARCH_DICTIONARY("TEXT SEARCH DICTIONARY", "text search dictionary", ObjectKind.TEXT_SEARCH_DICTIONARY),
    TEXT_SEARCH_PARSER("TEXT SEARCH PARSER", "text search parser", ObjectKind.TEXT_SEARCH_PARSER),
    TEXT_SEARCH_TEMPLATE("TEXT SEARCH TEMPLATE", "text search template", ObjectKind.TEXT_SEARCH_TEMPLATE),
    /** Foreign-data wrappers, servers and user mappings: no schema of their own, see foreign_data.sql. */
    FOREIGN_DATA_WRAPPER("FOREIGN DATA WRAPPER", "foreign-data wrapper", ObjectKind.FOREIGN_DATA_WRAPPER),
    SERVER("SERVER", "server", ObjectKind.SERVER),
    USER_MAPPING("USER MAPPING", "user mapping", ObjectKind.USER_MAPPING),
    /** Foreign tables: a table to what uses them (views, privileges). */
    FOREIGN_TABLE("FOREIGN TABLE", "foreign table", ObjectKind.TABLE),
    /** A trigger on a view ({@code INSTEAD OF} row triggers, statement triggers); a table's are {@link Trigger}s. */
    VIEW_TRIGGER("TRIGGER", "trigger", ObjectKind.TRIGGER),
    /** A rewrite rule ({@code CREATE RULE}) on a table or view; a view's own query is the view. */
    RULE("RULE", "rule", ObjectKind.RULE),
    /**
     * A user-defined aggregate: a function as far as dependencies and privileges go (EXECUTE, granted ON FUNCTION),
     * named by its identity arguments like one.
     */
    AGGREGATE("AGGREGATE", "aggregate", ObjectKind.FUNCTION),
    /** An operator, told from its overloads by its argument types (the member: {@code integer, integer}). */
    OPERATOR("OPERATOR", "operator", ObjectKind.OPERATOR),
    /** An operator class of an index method (the member), with the operators and functions created with it. */
    OPERATOR_CLASS("OPERATOR CLASS", "operator class", ObjectKind.OPERATOR_CLASS),
    /** An operator family of an index method (the member), with the members added to it alone. */
    OPERATOR_FAMILY("OPERATOR FAMILY", "operator family", ObjectKind.OPERATOR_FAMILY),
    /**
     * A publication (logical replication) with its tables and schemas; no schema of its own, given the first
     * of its tables' and schemas' (publications.sql).
     */
    PUBLICATION("PUBLICATION", "publication", ObjectKind.PUBLICATION);

    private final String keyword;
    private final String label;
    private final ObjectKind objectKind;

    DefinedKind(String keyword, String label, ObjectKind objectKind) {
        this.keyword = keyword;
        this.label = label;
        this.objectKind = objectKind;
    }

    /** The object type keyword of {@code DROP} and {@code COMMENT ON}, e.g. {@code STATISTICS}. */
    public String keyword() {
        return keyword;
    }

    /** The lower-case name in messages and plans, e.g. {@code statistics}. */
    public String label() {
        return label;
    }

    public ObjectKind objectKind() {
        return objectKind;
    }
}
