-- Composite types made by CREATE TYPE ... AS (...) in the requested schemas: pg_type typtype 'c' whose typrelid is
-- a pg_class of relkind 'c' (a table's row type points at its table instead). Attributes come as flat
-- {name, type, collation} triples in attribute order; the collation is '' when it is the type's default.
-- Parameter 1: text[] of schema names.
SELECT n.nspname AS schema_name,
       t.typname AS type_name,
       ARRAY(SELECT x
             FROM pg_catalog.pg_attribute a
             JOIN pg_catalog.pg_type at ON at.oid = a.atttypid
             LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
             LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace,
             LATERAL (VALUES (1, a.attname::text),
                             (2, pg_catalog.format_type(a.atttypid, a.atttypmod)),
                             (3, CASE WHEN a.attcollation <> 0 AND a.attcollation <> at.typcollation
                                      THEN pg_catalog.quote_ident(cn.nspname) || '.'
                                           || pg_catalog.quote_ident(co.collname)
                                      ELSE '' END)) AS v(k, x)
             WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum, v.k) AS attributes,
       pg_catalog.obj_description(t.oid, 'pg_type') AS comment
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_class c ON c.oid = t.typrelid
WHERE n.nspname = ANY (?)
  AND t.typtype = 'c'
  AND c.relkind = 'c'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                    AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY n.nspname, t.typname
