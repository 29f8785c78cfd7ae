-- ALTER DEFAULT PRIVILEGES ... IN SCHEMA entries for the requested schemas, one row per role, schema, object
-- type, grantee and privilege. Schema-level entries only add to the built-in defaults, so what they list is
-- exactly what was granted; grants to the role itself are left out. Database-wide entries are not read.
-- Parameter 1: text[] of schema names.
SELECT pg_catalog.pg_get_userbyid(d.defaclrole) AS role_name,
       n.nspname AS schema_name,
       CASE d.defaclobjtype
           WHEN 'r' THEN 'TABLES'
           WHEN 'S' THEN 'SEQUENCES'
           WHEN 'f' THEN 'FUNCTIONS'
           WHEN 'T' THEN 'TYPES'
           WHEN 'n' THEN 'SCHEMAS'
       END AS object_type,
       CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(x.grantee) END AS grantee,
       x.privilege_type AS privilege,
       bool_or(x.is_grantable) AS grantable
FROM pg_catalog.pg_default_acl d
JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
CROSS JOIN LATERAL pg_catalog.aclexplode(d.defaclacl) x
WHERE n.nspname = ANY (?)
  AND x.grantee <> d.defaclrole
GROUP BY 1, 2, 3, 4, 5
ORDER BY 1, 2, 3, 4, 5
