package dev.converge.plan;

import java.util.Objects;

import dev.converge.model.QualifiedName;

/**
 * A question to ask the live data before a plan runs, as SQL text: how many rows would make a change fail (or
 * lose data), and a few of them as a sample. {@code table} is the table's name on the live database (before any
 * rename of the plan). {@code countSql} returns one bigint; {@code sampleSql} returns one text column, a few rows.
 * {@code probeSql}, when not null, is a cheap query that fails (SQLSTATE class 22) exactly when the count would
 * be positive; the count then runs only after the probe failed, because it is slow (a cast per distinct value).
 * A {@code blocking} finding stops apply before any change; a non-blocking one (data a drop deletes) is shown.
 */
public record DataCheck(
        Kind kind,
        QualifiedName table,
        String change,
        String finding,
        String probeSql,
        String countSql,
        String sampleSql,
        boolean blocking) {

    /**
     * A session-local helper (pg_temp: never part of the schema, gone with the session) that says whether a value
     * fails to convert to a type. PostgreSQL 15 has no {@code pg_input_is_valid}, and a failing cast aborts the
     * whole query, so the value is cast in a PL/pgSQL block that catches the error.
     */
    public static final String CAST_HELPER = """
            CREATE OR REPLACE FUNCTION pg_temp.converge_cast_fails(value anyelement, target text)
            RETURNS boolean LANGUAGE plpgsql AS $converge$
            BEGIN
                EXECUTE pg_catalog.format('SELECT ($1)::%s', target) USING value;
                RETURN false;
            EXCEPTION WHEN others THEN
                RETURN true;
            END
            $converge$""";

    /**
     * A session-local helper for {@link Kind#ROWS_OUTSIDE_PARTITIONS}: builds the new table's partitions as
     * temporary tables ({@code statements}, the first creating {@code root}), asks PostgreSQL for each leaf's
     * partition constraint and counts the rows of {@code rowsQuery} that satisfy none.
     */
    public static final String ROWS_FIT_HELPER = """
            CREATE OR REPLACE FUNCTION pg_temp.converge_rows_outside(root text, statements text[], rows_query text)
            RETURNS bigint LANGUAGE plpgsql AS $converge$
            DECLARE
                statement text;
                fits text;
                outside bigint;
            BEGIN
                FOREACH statement IN ARRAY statements LOOP
                    EXECUTE statement;
                END LOOP;
                SELECT CASE WHEN pg_catalog.bool_or(leaf.c IS NULL) THEN 'true'
                            ELSE coalesce(pg_catalog.string_agg('(' || leaf.c || ')', ' OR '), 'false') END
                INTO fits
                FROM (SELECT pg_catalog.pg_get_partition_constraintdef(t.relid) AS c
                      FROM pg_catalog.pg_partition_tree(root::pg_catalog.regclass) t WHERE t.isleaf) leaf;
                EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM (%s) r WHERE NOT coalesce(%s, false)',
                        rows_query, fits) INTO outside;
                EXECUTE pg_catalog.format('DROP TABLE %s', root);
                RETURN outside;
            END
            $converge$""";

    public DataCheck {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(countSql, "countSql");
    }

    /** What the check looks for. */
    public enum Kind {
        /** NULLs in a column that becomes NOT NULL (or a primary key). */
        NULLS,
        /** A NOT NULL column without a default added to a table that has rows. */
        ROWS_FOR_NEW_NOT_NULL_COLUMN,
        /** Duplicate keys under a new unique constraint, primary key or unique index. */
        DUPLICATES,
        /** Rows for which a new check constraint's expression is false. */
        CHECK_VIOLATION,
        /** Rows whose key has no match in the table a new foreign key references. */
        FOREIGN_KEY_VIOLATION,
        /** Rows holding an enum value that the plan removes. */
        REMOVED_ENUM_VALUE,
        /** Values that do not convert to a column's new type. */
        CAST_FAILURE,
        /** Rows or values a drop deletes (not blocking: --allow-destructive decides). */
        DATA_DROPPED,
        /** Rows of a table created again that no partition of the new table accepts. */
        ROWS_OUTSIDE_PARTITIONS
    }
}
