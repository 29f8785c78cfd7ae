-- Indexes of the materialized views of the requested schemas (same columns as indexes.sql, so that the same row
-- mapper reads them; a materialized view has no constraints).
-- Parameter 1: text[] of schema names.
SELECT i.indrelid AS table_oid,
       n.nspname AS schema_name,
       c.relname AS table_name,
       ic.relname AS index_name,
       i.indisunique AS is_unique,
       am.amname AS method,
       ARRAY(SELECT a.attname::text
             FROM pg_catalog.unnest(i.indkey::pg_catalog.int2[]) WITH ORDINALITY AS k(attnum, position)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
             WHERE k.position <= i.indnkeyatts AND k.attnum > 0
             ORDER BY k.position) AS columns,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS predicate,
       pg_catalog.pg_get_indexdef(i.indexrelid) AS definition,
       pg_catalog.obj_description(i.indexrelid, 'pg_class') AS comment,
       i.indisvalid AS is_valid,
       -- statistics targets set on index columns, as n=target (see indexes.sql)
       ARRAY(SELECT ia.attnum || '=' || ia.attstattarget FROM pg_catalog.pg_attribute ia
             WHERE ia.attrelid = i.indexrelid AND ia.attnum > 0 AND ia.attstattarget >= 0
             ORDER BY ia.attnum) AS statistics
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_index i ON i.indrelid = c.oid
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
WHERE n.nspname = ANY (?)
  AND c.relkind = 'm'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY i.indrelid, ic.relname
