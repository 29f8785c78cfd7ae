-- Objects of the requested schemas that Converge does not manage yet, one readable line each, so that the user
-- is warned instead of silently ignored. Extension members (deptype 'e') and automatic parts of other objects
-- (deptype 'i', internal triggers, cloned partition triggers, the _RETURN rule of a view) are left out. With
-- search_path set to '' the regprocedure/regoperator casts print schema-qualified names.
-- Parameter 1: text[] of schema names.
WITH requested AS (
    SELECT n.oid, n.nspname FROM pg_catalog.pg_namespace n WHERE n.nspname = ANY (?)
),
extension_member AS (
    SELECT d.classid, d.objid FROM pg_catalog.pg_depend d WHERE d.deptype = 'e'
),
relation AS (
    SELECT c.oid, c.relkind, c.relispartition, r.nspname || '.' || c.relname AS qualified
    FROM pg_catalog.pg_class c
    JOIN requested r ON r.oid = c.relnamespace
    WHERE NOT EXISTS (SELECT 1 FROM extension_member m
                      WHERE m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND m.objid = c.oid)
),
own_type AS (
    SELECT t.oid, t.typtype, r.nspname || '.' || t.typname AS qualified
    FROM pg_catalog.pg_type t
    JOIN requested r ON r.oid = t.typnamespace
    WHERE t.typrelid = 0
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND d.objid = t.oid
                        AND d.deptype IN ('e', 'i'))
)
SELECT 'trigger ' || tg.tgname || ' on ' || c.qualified AS description
FROM relation c
JOIN pg_catalog.pg_trigger tg ON tg.tgrelid = c.oid
WHERE NOT tg.tgisinternal AND tg.tgparentid = 0
  -- triggers: those on ordinary and partitioned tables, partitions and views are managed
  AND c.relkind NOT IN ('r', 'p', 'v')
UNION ALL
SELECT 'base type ' || t.qualified
FROM own_type t
WHERE t.typtype = 'b'
UNION ALL
SELECT CASE p.prokind
           WHEN 'p' THEN 'procedure '
           WHEN 'a' THEN 'aggregate '
           WHEN 'w' THEN 'window function '
           ELSE 'function '
       END || p.oid::pg_catalog.regprocedure::text
FROM pg_catalog.pg_proc p
JOIN requested r ON r.oid = p.pronamespace
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid
                    AND d.deptype IN ('e', 'i'))
  -- functions: functions, procedures and aggregates are managed; window functions (only in C) are not
  AND p.prokind NOT IN ('f', 'p', 'a')
UNION ALL
SELECT 'conversion ' || r.nspname || '.' || o.conname
FROM pg_catalog.pg_conversion o
JOIN requested r ON r.oid = o.connamespace
WHERE NOT EXISTS (SELECT 1 FROM extension_member m
                  WHERE m.classid = 'pg_catalog.pg_conversion'::pg_catalog.regclass AND m.objid = o.oid)
