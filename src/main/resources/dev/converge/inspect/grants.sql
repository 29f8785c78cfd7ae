-- Explicit privileges on managed objects (schemas, tables and their columns, standalone sequences, enum types),
-- one row per object, grantee and privilege. A NULL acl means the owner's defaults: acldefault() spells them
-- out, so that an implicit default (e.g. PUBLIC's USAGE on a type) and the same grant made explicit compare
-- equal, and revoking it shows. Grants to the owner are left out: ownership is not compared. Add relkinds and
-- typtypes here as their object kinds become managed (views, domains, functions via proacl).
-- Parameter 1: text[] of schema names.
WITH requested AS (
    SELECT n.oid, n.nspname, n.nspowner, n.nspacl FROM pg_catalog.pg_namespace n WHERE n.nspname = ANY (?)
),
object_acl AS (
    SELECT 'SCHEMA' AS object_kind, r.nspname AS schema_name, r.nspname AS object_name, NULL::text AS member,
           r.nspowner AS owner, COALESCE(r.nspacl, pg_catalog.acldefault('n', r.nspowner)) AS acl
    FROM requested r
    UNION ALL
    SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, r.nspname, c.relname, NULL, c.relowner,
           COALESCE(c.relacl, pg_catalog.acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char",
                                                    c.relowner))
    FROM pg_catalog.pg_class c
    JOIN requested r ON r.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'S')
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                        AND d.objid = c.oid AND d.objsubid = 0 AND d.deptype IN ('e', 'i'))
    UNION ALL
    SELECT 'COLUMN', r.nspname, c.relname, a.attname::text, c.relowner, a.attacl
    FROM pg_catalog.pg_attribute a
    JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
    JOIN requested r ON r.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
      AND a.attacl IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                        AND d.objid = c.oid AND d.deptype = 'e')
    UNION ALL
    SELECT 'TYPE', r.nspname, t.typname, NULL, t.typowner, COALESCE(t.typacl, pg_catalog.acldefault('T', t.typowner))
    FROM pg_catalog.pg_type t
    JOIN requested r ON r.oid = t.typnamespace
    WHERE t.typtype = 'e'
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                        AND d.objid = t.oid AND d.deptype = 'e')
)
SELECT o.object_kind,
       o.schema_name,
       o.object_name,
       o.member,
       CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(x.grantee) END AS grantee,
       x.privilege_type AS privilege,
       bool_or(x.is_grantable) AS grantable
FROM object_acl o
CROSS JOIN LATERAL pg_catalog.aclexplode(o.acl) x
WHERE x.grantee <> o.owner
GROUP BY 1, 2, 3, 4, 5, 6
ORDER BY 1, 2, 3, 4, 5, 6
