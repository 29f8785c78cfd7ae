package dev.converge.fuzz;

/**
 * Shapes the generator leaves out while a known defect makes every pair that has them fail, so that a fuzz run
 * finds new defects instead of the same one again. Each defect has a disabled case in {@link FuzzRegressionTest};
 * when its fix is in, enable the case and set the switch here to true.
 */
final class KnownGaps {

    /**
     * Check constraints that PostgreSQL prints differently once it has parsed its own print: an AND chain that nests
     * a BETWEEN (printed nested, reprinted flat), an IN list on a varchar column (one array cast, reprinted as an
     * array of casts). Inspect writes the first print, the dev database reads back the second (fixed: current checks
     * get their second print too, CurrentCheckReparse). Cases {@code seed_7} and {@code seed_11}.
     */
    static final boolean CHECKS_REPRINTED = true;

    /**
     * The same two prints in the other places an expression lives: index predicates, domain checks, policies'
     * USING, triggers' WHEN, view and rule conditions (fixed: the current side's differing expressions get both second prints,
     * CurrentExpressionReprint; ExpressionRoundTripTest, convergence scenario expressions_reprinted).
     */
    static final boolean EXPRESSIONS_REPRINTED = true;

    /**
     * An index of a partition created before an equal index of its parent, which attaches it: inspect output
     * creates the parent's index first, which makes its own partition index, so the partition's index name is lost
     * (issue 13 item 9; fixed, case {@code seed_1}).
     */
    static final boolean PARTITION_INDEX_ATTACHED_LATER = true;

    /**
     * Two equal unique constraints on one table, which CREATE TABLE merged into one (fixed in TableDiffer; case
     * {@code seed_3}).
     */
    static final boolean DUPLICATE_UNIQUE_CONSTRAINTS = true;

    /** A column's STORAGE, managed since issue 13 item 6 (case {@code seed_25}). */
    static final boolean COLUMN_STORAGE = true;

    /**
     * An index on an expression over a column that the second version drops while it retypes the column: the drop
     * ran CONCURRENTLY after the transaction, the retype in it failed on the index (fixed: the index uses the
     * columns its expressions and predicate name). Case {@code seed_32}.
     */
    static final boolean RETYPE_UNDER_DROPPED_INDEX = true;

    /**
     * Unique constraints of partitioned tables: a kept key's partition index renamed to the name a dropped equal
     * key's copy held (fixed in AttachedIndexes; case {@code seed_36}).
     */
    static final boolean PARTITIONED_UNIQUE_CONSTRAINTS = true;

    /**
     * A unique index or constraint added to a parent of table inheritance whose children have rows: the preflight
     * data check counted duplicates over the parent with its children, while the index covers the parent's own rows,
     * so apply refused a plan that would succeed (fixed: {@code FROM ONLY}; case {@code seed_2012}).
     */
    static final boolean UNIQUE_ON_INHERITANCE_PARENT = true;

    /**
     * A child of table inheritance detached while its parent drops a CHECK it inherited: the parent's DROP CONSTRAINT
     * ran before NO INHERIT and took the child's copy, whose own drop then failed (fixed: the child leaves before
     * its parent's drops and alters reach it, diff/LeftParents; case {@code seed_2024}).
     */
    static final boolean DETACH_WITH_PARENT_CHECK_DROPPED = true;

    /**
     * A column added to a parent of table inheritance with a default, whose child sets DEFAULT NULL of its own (no
     * default: "not the parent's"): ADD COLUMN ... DEFAULT gave the child a copy of the parent's default, which the
     * plan left on it (fixed: a child, grandchild or partition holding its own default, NOT NULL or comment on a
     * column its parent gains gets its own ALTER COLUMN after the add, diff/ReachedColumns, PartitionColumns and
     * NewChildColumns; case {@code seed_1003}, convergence scenarios inherited_column_added_*).
     */
    static final boolean CHILD_WITHOUT_DEFAULT_OF_ADDED_COLUMN = true;

    private KnownGaps() {
    }
}
