-- Managed tables whose row-level security, storage parameters (reloptions), replica identity or cluster index differ from
-- what CREATE TABLE alone gives; a table not listed has the defaults.
-- Parameter 1: text[] of schema names.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       c.relrowsecurity AS row_security,
       c.relforcerowsecurity AS force_row_security,
       c.reloptions AS storage_parameters,
       c.relreplident AS replica_identity,
       (SELECT i.relname
        FROM pg_catalog.pg_index x
        JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
        WHERE x.indrelid = c.oid AND x.indisreplident) AS replica_index,
       (SELECT i.relname
        FROM pg_catalog.pg_index x
        JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
        WHERE x.indrelid = c.oid AND x.indisclustered) AS cluster_index
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (?)
  AND c.relkind IN ('r', 'p')
  AND (c.relrowsecurity OR c.relforcerowsecurity OR c.reloptions IS NOT NULL OR c.relreplident <> 'd'
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_index x WHERE x.indrelid = c.oid AND x.indisclustered))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname
