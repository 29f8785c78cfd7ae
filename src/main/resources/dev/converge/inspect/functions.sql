-- Functions and procedures of the requested schemas, one row per overload. Aggregates and window functions
-- (prokind 'a', 'w') are not managed, and pg_get_functiondef refuses aggregates. Extension members (deptype 'e')
-- and functions that belong to another object (deptype 'i') are left out.
-- Parameter 1: text[] of schema names.
SELECT n.nspname AS schema_name,
       p.proname AS function_name,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity_arguments,
       pg_catalog.pg_get_function_arguments(p.oid) AS arguments,
       pg_catalog.pg_get_function_result(p.oid) AS result,
       p.prokind AS kind,
       l.lanname AS language,
       p.prosqlbody IS NOT NULL AS sql_body,
       pg_catalog.pg_get_functiondef(p.oid) AS definition,
       pg_catalog.obj_description(p.oid, 'pg_proc') AS comment
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
JOIN pg_catalog.pg_language l ON l.oid = p.prolang
WHERE n.nspname = ANY (?)
  AND p.prokind IN ('f', 'p')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid
                    AND d.deptype IN ('e', 'i'))
ORDER BY n.nspname, p.proname, identity_arguments
