package dev.converge.plan;

/**
 * Where a change sorts in a plan when its dependencies leave the choice open, in plan order. The stages give a
 * plan its familiar shape (drops before creates, foreign keys last); correctness comes from the edges of
 * {@link ChangeFacts}, which can move a change past the stages when a real dependency asks for it. Not to be
 * confused with {@link Phase}, the expand/contract phase of a deployment.
 *
 * <p>New enum values come first: PostgreSQL will not let the transaction that adds a value use it, so they run on
 * their own (idempotently, IF NOT EXISTS) before the one transaction that holds every other statement; placed
 * anywhere else they would split that transaction in two.
 */
enum Stage {
    EXTEND_ENUMS,
    RENAMES,
    // views go first and come back after the tables, constraints and indexes they may read
    DROP_VIEWS,
    DROP_TRIGGERS,
    DROP_FOREIGN_KEYS,
    RELEASE_SEQUENCE_OWNERS,
    DROP_CONSTRAINTS_AND_INDEXES,
    DROP_TABLES_AND_COLUMNS,
    DROP_FUNCTIONS,
    DROP_SEQUENCES_AND_TYPES,
    // after everything that may use an extension's types or functions
    DROP_EXTENSIONS,
    CREATE_SCHEMAS,
    // before the types, functions and tables that use them
    CREATE_EXTENSIONS,
    CREATE_TYPES,
    CREATE_SEQUENCES,
    CREATE_FUNCTIONS,
    CREATE_TABLES_AND_COLUMNS,
    ADD_CONSTRAINTS_AND_INDEXES,
    ADD_FOREIGN_KEYS,
    CREATE_VIEWS,
    CREATE_TRIGGERS,
    SET_SEQUENCE_OWNERS,
    // grants and policies once every object they name exists
    GRANTS_AND_POLICIES,
    COMMENTS,
    DROP_SCHEMAS
}
