-- The estimated rows and total size (with indexes and TOAST) of every table and materialized view of the given
-- schemas (?: text[]), for the lint rules that care whether a table is large.
SELECT n.nspname, c.relname, c.reltuples::bigint, pg_catalog.pg_total_relation_size(c.oid)
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname = ANY (?)
