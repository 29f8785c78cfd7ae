-- Standalone sequences of the requested schemas: identity sequences (deptype 'i' on their column) belong to the
-- column, extension members to the extension. OWNED BY is the 'a' dependency on a table column, whose table
-- may live in another schema.
-- Parameter 1: text[] of schema names.
SELECT n.nspname AS schema_name,
       c.relname AS sequence_name,
       pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart AS start_value,
       s.seqincrement AS increment,
       s.seqmin AS min_value,
       s.seqmax AS max_value,
       s.seqcache AS cache,
       s.seqcycle AS cycle,
       own.schema_name AS owner_schema,
       own.table_name AS owner_table,
       own.column_name AS owner_column,
       pg_catalog.obj_description(c.oid, 'pg_class') AS comment
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN LATERAL (
    SELECT tn.nspname AS schema_name, tc.relname AS table_name, ta.attname AS column_name
    FROM pg_catalog.pg_depend d
    JOIN pg_catalog.pg_class tc ON tc.oid = d.refobjid
    JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
    JOIN pg_catalog.pg_attribute ta ON ta.attrelid = d.refobjid AND ta.attnum = d.refobjsubid
    WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
      AND d.objid = c.oid
      AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
      AND d.refobjsubid > 0
      AND d.deptype = 'a'
) own ON true
WHERE n.nspname = ANY (?)
  AND c.relkind = 'S'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND d.objid = c.oid AND d.deptype IN ('e', 'i'))
ORDER BY n.nspname, c.relname
