-- Explicit privileges on managed objects (schemas, tables, views and materialized views and their columns,
-- standalone sequences, enum, range and composite types, domains, functions and procedures), one row per object, grantee
-- and privilege. A NULL acl means the owner's defaults: acldefault() spells them out, so that an implicit default
-- (e.g. PUBLIC's USAGE on a type, PUBLIC's EXECUTE on a function) and the same grant made explicit compare equal,
-- and revoking it shows. Grants to the owner are left out: ownership is not compared. grantors lists the roles
-- other than the owner that granted the privilege (from their own grant option), which the plan needs to revoke it.
-- Parameter 1: text[] of schema names.
WITH requested AS (
    SELECT n.oid, n.nspname, n.nspowner, n.nspacl FROM pg_catalog.pg_namespace n WHERE n.nspname = ANY (?)
),
wrapper AS (
    SELECT w.oid, w.fdwname, w.fdwowner, w.fdwacl, r.nspname AS schema_name
    FROM pg_catalog.pg_foreign_data_wrapper w
    LEFT JOIN pg_catalog.pg_proc h ON h.oid = w.fdwhandler
    LEFT JOIN pg_catalog.pg_namespace hn ON hn.oid = h.pronamespace
    LEFT JOIN pg_catalog.pg_proc v ON v.oid = w.fdwvalidator
    LEFT JOIN pg_catalog.pg_namespace vn ON vn.oid = v.pronamespace
    JOIN requested r ON r.nspname = COALESCE(NULLIF(hn.nspname, 'pg_catalog'), NULLIF(vn.nspname, 'pg_catalog'),
                                             'public')
),
object_acl AS (
    SELECT 'SCHEMA' AS object_kind, r.nspname AS schema_name, r.nspname AS object_name, NULL::text AS member,
           r.nspowner AS owner, COALESCE(r.nspacl, pg_catalog.acldefault('n', r.nspowner)) AS acl
    FROM requested r
    UNION ALL
    SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED_VIEW'
                ELSE 'TABLE' END, r.nspname, c.relname, NULL, c.relowner,
           COALESCE(c.relacl, pg_catalog.acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char",
                                                    c.relowner))
    FROM pg_catalog.pg_class c
    JOIN requested r ON r.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                        AND d.objid = c.oid AND d.objsubid = 0 AND d.deptype IN ('e', 'i'))
    UNION ALL
    SELECT 'COLUMN', r.nspname, c.relname, a.attname::text, c.relowner, a.attacl
    FROM pg_catalog.pg_attribute a
    JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
    JOIN requested r ON r.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped
      AND a.attacl IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                        AND d.objid = c.oid AND d.deptype = 'e')
    UNION ALL
    SELECT CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, r.nspname, t.typname, NULL, t.typowner,
           COALESCE(t.typacl, pg_catalog.acldefault('T', t.typowner))
    FROM pg_catalog.pg_type t
    JOIN requested r ON r.oid = t.typnamespace
    WHERE (t.typtype IN ('e', 'd', 'r')
           OR t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_catalog.pg_class c
                                          WHERE c.oid = t.typrelid AND c.relkind = 'c'))
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                        AND d.objid = t.oid AND d.deptype = 'e')
    UNION ALL
    SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, r.nspname, p.proname,
           pg_catalog.pg_get_function_identity_arguments(p.oid), p.proowner,
           COALESCE(p.proacl, pg_catalog.acldefault('f', p.proowner))
    FROM pg_catalog.pg_proc p
    JOIN requested r ON r.oid = p.pronamespace
    -- aggregates ('a') are granted EXECUTE ON FUNCTION like functions
    WHERE p.prokind IN ('f', 'p', 'a')
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                        AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
    UNION ALL
    -- USAGE on foreign-data wrappers and servers, attributed to a schema as foreign_data.sql does
    SELECT 'FOREIGN_DATA_WRAPPER', w.schema_name, w.fdwname, NULL, w.fdwowner,
           COALESCE(w.fdwacl, pg_catalog.acldefault('F', w.fdwowner))
    FROM wrapper w
    WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass
                        AND d.objid = w.oid AND d.deptype = 'e')
    UNION ALL
    SELECT 'SERVER', w.schema_name, s.srvname, NULL, s.srvowner,
           COALESCE(s.srvacl, pg_catalog.acldefault('S', s.srvowner))
    FROM pg_catalog.pg_foreign_server s
    JOIN wrapper w ON w.oid = s.srvfdw
    WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_foreign_server'::pg_catalog.regclass
                        AND d.objid = s.oid AND d.deptype = 'e')
)
SELECT o.object_kind,
       o.schema_name,
       o.object_name,
       o.member,
       CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(x.grantee) END AS grantee,
       x.privilege_type AS privilege,
       bool_or(x.is_grantable) AS grantable,
       array_agg(DISTINCT pg_catalog.pg_get_userbyid(x.grantor)::text) FILTER (WHERE x.grantor <> o.owner)
           AS grantors
FROM object_acl o
CROSS JOIN LATERAL pg_catalog.aclexplode(o.acl) x
WHERE x.grantee <> o.owner
GROUP BY 1, 2, 3, 4, 5, 6
ORDER BY 1, 2, 3, 4, 5, 6
