-- Domains of the requested schemas: base type, default, NOT NULL, collation (only when it differs from the base
-- type's), their CHECK constraints as {name, definition} pairs sorted by name, comment. Extension members are left
-- out. With search_path set to '' format_type and pg_get_expr qualify user types and functions.
-- Parameter 1: text[] of schema names.
SELECT n.nspname AS schema_name,
       t.typname AS domain_name,
       pg_catalog.format_type(t.typbasetype, t.typtypmod) AS base_type,
       COALESCE(pg_catalog.pg_get_expr(t.typdefaultbin, 0), t.typdefault) AS default_expression,
       t.typnotnull AS not_null,
       CASE WHEN t.typcollation <> 0 AND t.typcollation <> bt.typcollation
            THEN pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)
       END AS collation,
       ARRAY(SELECT x
             FROM pg_catalog.pg_constraint c,
                  LATERAL (VALUES (c.conname::text), (pg_catalog.pg_get_constraintdef(c.oid))) AS v(x)
             WHERE c.contypid = t.oid AND c.contype = 'c'
             ORDER BY c.conname) AS constraints,
       pg_catalog.obj_description(t.oid, 'pg_type') AS comment
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
WHERE n.nspname = ANY (?)
  AND t.typtype = 'd'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                    AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY n.nspname, t.typname
