-- The requested schemas that exist, with their comments.
-- Parameter 1: text[] of schema names.
SELECT n.nspname AS schema_name,
       pg_catalog.obj_description(n.oid, 'pg_namespace') AS comment
FROM pg_catalog.pg_namespace n
WHERE n.nspname = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
                    AND d.objid = n.oid AND d.deptype = 'e')
ORDER BY n.nspname
