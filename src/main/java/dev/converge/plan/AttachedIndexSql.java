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
        // another index of the partition holding the name (a copy of a dropped equal key, or one the names swap
        // with) takes the attached index's old name, through a temporary one
        return """
                DO $converge$
                DECLARE
                    attached pg_catalog.regclass;
                    occupant pg_catalog.regclass;
                    freed pg_catalog.name;
                BEGIN
                    SELECT c.oid INTO attached
                    FROM pg_catalog.pg_index i
                    JOIN pg_catalog.pg_inherits h ON h.inhrelid = i.indexrelid
                    JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
                    WHERE i.indrelid = %1$s::pg_catalog.regclass
                      AND h.inhparent = %2$s::pg_catalog.regclass
                      AND c.relname <> %3$s;
                    IF attached IS NULL THEN
                        RETURN;
                    END IF;
                    SELECT c.oid INTO occupant
                    FROM pg_catalog.pg_index i
                    JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
                    WHERE i.indrelid = %1$s::pg_catalog.regclass
                      AND c.relname = %3$s;
                    IF occupant IS NOT NULL THEN
                        SELECT c.relname INTO freed FROM pg_catalog.pg_class c WHERE c.oid = attached;
                        EXECUTE pg_catalog.format('ALTER INDEX %%s RENAME TO %%I', occupant,
                            'converge_swap_' || occupant::pg_catalog.oid::text);
                    END IF;
                    EXECUTE pg_catalog.format('ALTER INDEX %%s RENAME TO %%I', attached, %3$s);
                    IF occupant IS NOT NULL THEN
                        EXECUTE pg_catalog.format('ALTER INDEX %%s RENAME TO %%I', occupant, freed);
                    END IF;
                END
                $converge$""".formatted(SqlText.literal(partition), SqlText.literal(parentIndex),
                SqlText.literal(name));
    }
}
