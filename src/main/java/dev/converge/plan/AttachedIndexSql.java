package dev.converge.plan;

import dev.converge.model.SqlText;

/**
 * The DO block that gives a partition's index attached to a parent index its name, whatever PostgreSQL named it
 * when it cloned the parent's index or key (that name is only known when the SQL runs). Shared by the plan
 * ({@code NameAttachedIndex}) and by YAML desired states, which name attached indexes the same way.
 */
public final class AttachedIndexSql {

    private AttachedIndexSql() {
    }

    /**
     * {@code partition} and {@code parentIndex} are SQL names (qualified or on the search path); nothing happens
     * when the index already has {@code name}.
     */
    public static String rename(String partition, String parentIndex, String name) {
        return """
                DO $converge$
                DECLARE
                    attached pg_catalog.regclass;
                BEGIN
                    SELECT c.oid INTO attached
                    FROM pg_catalog.pg_index i
                    JOIN pg_catalog.pg_inherits h ON h.inhrelid = i.indexrelid
                    JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
                    WHERE i.indrelid = %s::pg_catalog.regclass
                      AND h.inhparent = %s::pg_catalog.regclass
                      AND c.relname <> %s;
                    IF attached IS NOT NULL THEN
                        EXECUTE pg_catalog.format('ALTER INDEX %%s RENAME TO %%I', attached, %s);
                    END IF;
                END
                $converge$""".formatted(SqlText.literal(partition), SqlText.literal(parentIndex),
                SqlText.literal(name), SqlText.literal(name));
    }
}
