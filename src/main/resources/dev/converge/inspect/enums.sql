-- Enum types of the requested schemas with their labels in sort order (enumsortorder, which ALTER TYPE ... ADD
-- VALUE BEFORE/AFTER keeps right even though label oids are not in that order).
-- Parameter 1: text[] of schema names.
SELECT n.nspname AS schema_name,
       t.typname AS type_name,
       ARRAY(SELECT e.enumlabel::text
             FROM pg_catalog.pg_enum e
             WHERE e.enumtypid = t.oid
             ORDER BY e.enumsortorder) AS labels,
       pg_catalog.obj_description(t.oid, 'pg_type') AS comment
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = ANY (?)
  AND t.typtype = 'e'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                    AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY n.nspname, t.typname
