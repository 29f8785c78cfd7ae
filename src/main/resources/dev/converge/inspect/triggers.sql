-- User triggers on the managed tables (relkinds 'r' and 'p', as in tables.sql) of the requested schemas: not the internal
-- triggers of foreign keys (tgisinternal) and not the clones a partitioned table's trigger puts on its
-- partitions (tgparentid). Constraint triggers are user triggers too. Tables that are extension members are
-- skipped like in tables.sql.
-- Parameter 1: text[] of schema names.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       t.tgname AS trigger_name,
       fn.nspname AS function_schema,
       f.proname AS function_name,
       -- the columns PostgreSQL recorded the trigger depends on: those of UPDATE OF and those its WHEN clause
       -- names (a whole-row OLD.* or NEW.* names none); it refuses to drop or retype them under the trigger
       ARRAY(SELECT DISTINCT a.attname FROM pg_catalog.pg_depend d
             JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
             WHERE d.classid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND d.objid = t.oid
               AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjid = t.tgrelid
               AND d.refobjsubid > 0
             ORDER BY a.attname)::text[] AS columns,
       t.tgconstraint <> 0 AS is_constraint,
       t.tgenabled AS enabled,
       pg_catalog.pg_get_triggerdef(t.oid) AS definition,
       pg_catalog.obj_description(t.oid, 'pg_trigger') AS comment
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_proc f ON f.oid = t.tgfoid
JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
WHERE n.nspname = ANY (?)
  AND c.relkind IN ('r', 'p')
  AND NOT t.tgisinternal
  AND t.tgparentid = 0
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid
                    AND d.deptype = 'e')
ORDER BY n.nspname, c.relname, t.tgname
