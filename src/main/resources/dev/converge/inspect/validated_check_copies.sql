-- Partitions' copies of inherited CHECK constraints that are validated while the constraint is NOT VALID on one
-- of the partition's ancestors (same table filter as tables.sql). constraints.sql leaves inherited copies to the
-- table that owns the constraint, but PostgreSQL validates a copy when the partition is created or attached after
-- ADD CONSTRAINT ... NOT VALID, and not on the partitions that were there: which is the case is the partition's
-- own state (model/Table, validatedCheckCopies). A check constraint is matched to its parent's by name.
-- Parameter 1: text[] of schema names.
WITH managed_table AS (
    SELECT c.oid
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = ANY (?)
      AND c.relkind IN ('r', 'p')
      AND c.relispartition
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                        AND d.objid = c.oid AND d.deptype = 'e')
)
SELECT con.conrelid AS table_oid,
       con.conname AS constraint_name
FROM managed_table t
JOIN pg_catalog.pg_constraint con ON con.conrelid = t.oid
WHERE con.contype = 'c'
  AND NOT con.conislocal
  AND con.coninhcount > 0
  AND con.convalidated
  AND EXISTS (SELECT 1
              FROM pg_catalog.pg_partition_ancestors(t.oid) AS a(relid)
              JOIN pg_catalog.pg_constraint ac ON ac.conrelid = a.relid
              WHERE a.relid <> t.oid
                AND ac.contype = 'c'
                AND ac.conname = con.conname
                AND NOT ac.convalidated)
ORDER BY con.conrelid, con.conname
