-- Triggers on views (INSTEAD OF row triggers, statement triggers) of the requested schemas, as defined objects:
-- the statement pg_get_triggerdef prints (schema-qualified, since search_path is empty). Triggers on tables are
-- triggers.sql's business. Views that are extension members are left out.
-- Parameter 1: text[] of schema names.
SELECT 'VIEW_TRIGGER' AS kind,
       n.nspname AS schema_name,
       c.relname AS name,
       t.tgname::text AS member,
       pg_catalog.quote_ident(t.tgname) || ' ON ' || pg_catalog.quote_ident(n.nspname) || '.'
           || pg_catalog.quote_ident(c.relname) AS target,
       ARRAY[pg_catalog.pg_get_triggerdef(t.oid)] AS definition,
       pg_catalog.obj_description(t.oid, 'pg_trigger') AS comment
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (?)
  AND c.relkind = 'v'
  AND NOT t.tgisinternal
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid
                    AND d.deptype = 'e')
ORDER BY n.nspname, c.relname, t.tgname
