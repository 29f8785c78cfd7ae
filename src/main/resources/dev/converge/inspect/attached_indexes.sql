-- Indexes of partitions attached to an index of their parent (same table filter as tables.sql), including those
-- that back a partition's copy of its parent's primary key or unique constraint: indexes.sql and constraints.sql
-- leave them to the parent, but their names are the partition's own (model/AttachedIndex).
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
SELECT i.indrelid AS table_oid,
       ic.relname AS index_name,
       pn.nspname AS parent_schema,
       pc.relname AS parent_name,
       dsc.description AS comment
FROM managed_table t
JOIN pg_catalog.pg_index i ON i.indrelid = t.oid
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_inherits h ON h.inhrelid = i.indexrelid
JOIN pg_catalog.pg_class pc ON pc.oid = h.inhparent
JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
LEFT JOIN pg_catalog.pg_description dsc ON dsc.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                       AND dsc.objoid = i.indexrelid AND dsc.objsubid = 0
WHERE ic.relispartition
ORDER BY i.indrelid, ic.relname
