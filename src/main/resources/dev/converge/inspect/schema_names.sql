-- Which of the given names exist as schemas, whatever they hold or whoever made them (e.g. converge_backup).
-- Parameter 1: text[] of schema names.
SELECT n.nspname AS schema_name
FROM pg_catalog.pg_namespace n
WHERE n.nspname = ANY (?)
ORDER BY n.nspname
