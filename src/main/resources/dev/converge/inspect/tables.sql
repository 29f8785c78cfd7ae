-- Ordinary tables of the requested schemas. Partitioned tables and partitions are not managed yet
-- (unmanaged.sql reports them); extension members are the extension's business.
-- Parameter 1: text[] of schema names.
SELECT c.oid AS table_oid,
       n.nspname AS schema_name,
       c.relname AS table_name,
       c.relpersistence = 'u' AS unlogged,
       pg_catalog.obj_description(c.oid, 'pg_class') AS comment
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (?)
  AND c.relkind = 'r'
  AND NOT c.relispartition
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname
