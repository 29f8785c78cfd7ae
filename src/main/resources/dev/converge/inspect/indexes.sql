-- Indexes of the managed tables (same filter as tables.sql) that do not back a primary key, unique or exclusion
-- constraint of their own table; those belong to the constraint. A foreign key's conindid points at the
-- referenced table's index, hence the conrelid = indrelid condition: it must not hide that index.
-- Parameter 1: text[] of schema names.
WITH managed_table AS (
    SELECT c.oid, n.nspname AS schema_name, c.relname AS table_name
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = ANY (?)
      AND c.relkind IN ('r', 'p')
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                        AND d.objid = c.oid AND d.deptype = 'e')
)
SELECT i.indrelid AS table_oid,
       t.schema_name,
       t.table_name,
       ic.relname AS index_name,
       i.indisunique AS is_unique,
       am.amname AS method,
       ARRAY(SELECT (SELECT a.attname::text FROM pg_catalog.pg_attribute a
                     WHERE a.attrelid = i.indrelid AND a.attnum = k.attnum)
             FROM pg_catalog.unnest(i.indkey::pg_catalog.int2[]) WITH ORDINALITY AS k(attnum, position)
             WHERE k.position <= i.indnkeyatts AND k.attnum > 0
             ORDER BY k.position) AS columns,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS predicate,
       -- a partitioned table's index prints as ON ONLY (model/Index#onPartitionedTable)
       pg_catalog.pg_get_indexdef(i.indexrelid) AS definition,
       dsc.description AS comment,
       i.indisvalid AS is_valid,
       -- statistics targets set on index columns (ALTER INDEX ... ALTER COLUMN n SET STATISTICS), as n=target
       ARRAY(SELECT ia.attnum || '=' || ia.attstattarget FROM pg_catalog.pg_attribute ia
             WHERE ia.attrelid = i.indexrelid AND ia.attnum > 0 AND ia.attstattarget >= 0
             ORDER BY ia.attnum) AS statistics
FROM managed_table t
JOIN pg_catalog.pg_index i ON i.indrelid = t.oid
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
LEFT JOIN pg_catalog.pg_description dsc ON dsc.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                       AND dsc.objoid = i.indexrelid AND dsc.objsubid = 0
WHERE NOT ic.relispartition -- a partition's copy of its parent's index belongs to the parent's index
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                  WHERE con.conindid = i.indexrelid
                    AND con.conrelid = i.indrelid
                    AND con.contype IN ('p', 'u', 'x'))
ORDER BY i.indrelid, ic.relname
