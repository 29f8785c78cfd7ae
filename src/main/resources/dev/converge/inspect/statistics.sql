-- Extended statistics objects (CREATE STATISTICS) of the requested schemas, as defined objects: the statement
-- pg_get_statisticsobjdef prints (schema-qualified, since search_path is empty), then the statistics target when
-- one is set. Extension members are left out.
-- Parameter 1: text[] of schema names.
SELECT 'STATISTICS' AS kind,
       n.nspname AS schema_name,
       s.stxname AS name,
       NULL::text AS member,
       pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(s.stxname) AS target,
       ARRAY[pg_catalog.pg_get_statisticsobjdef(s.oid)]
           || CASE WHEN s.stxstattarget IS NOT NULL AND s.stxstattarget >= 0
                   THEN ARRAY['ALTER STATISTICS ' || pg_catalog.quote_ident(n.nspname) || '.'
                              || pg_catalog.quote_ident(s.stxname) || ' SET STATISTICS ' || s.stxstattarget]
                   ELSE ARRAY[]::text[] END AS definition,
       pg_catalog.obj_description(s.oid, 'pg_statistic_ext') AS comment
FROM pg_catalog.pg_statistic_ext s
JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
WHERE n.nspname = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass
                    AND d.objid = s.oid AND d.deptype = 'e')
ORDER BY n.nspname, s.stxname
