-- Extensions whose objects live in one of the requested schemas, with their version. The comment is returned only
-- when it differs from the one in the extension's control file, which CREATE EXTENSION sets by itself.
-- Parameter 1: text[] of schema names.
SELECT e.extname AS extension_name,
       n.nspname AS schema_name,
       e.extversion AS version,
       NULLIF(pg_catalog.obj_description(e.oid, 'pg_extension'),
              (SELECT a.comment FROM pg_catalog.pg_available_extensions a WHERE a.name = e.extname)) AS comment
FROM pg_catalog.pg_extension e
JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
WHERE n.nspname = ANY (?)
ORDER BY e.extname
