-- Rewrite rules (CREATE RULE) on the tables and views of the requested schemas, as defined objects: the statement
-- pg_get_ruledef prints (schema-qualified, since search_path is empty; its closing semicolon left out), then
-- ALTER TABLE ... DISABLE / ENABLE REPLICA / ENABLE ALWAYS RULE when the rule does not fire as by default. A
-- view's own _RETURN rule is the view, and relations that are extension members are left out.
-- Parameter 1: text[] of schema names.
SELECT 'RULE' AS kind,
       n.nspname AS schema_name,
       c.relname AS name,
       r.rulename::text AS member,
       pg_catalog.quote_ident(r.rulename) || ' ON ' || pg_catalog.quote_ident(n.nspname) || '.'
           || pg_catalog.quote_ident(c.relname) AS target,
       ARRAY[pg_catalog.regexp_replace(pg_catalog.pg_get_ruledef(r.oid), ';\s*$', '')]
           || CASE r.ev_enabled
                  WHEN 'O' THEN ARRAY[]::text[]
                  ELSE ARRAY['ALTER TABLE ' || pg_catalog.quote_ident(n.nspname) || '.'
                             || pg_catalog.quote_ident(c.relname)
                             || CASE r.ev_enabled WHEN 'D' THEN ' DISABLE' WHEN 'R' THEN ' ENABLE REPLICA'
                                                  ELSE ' ENABLE ALWAYS' END
                             || ' RULE ' || pg_catalog.quote_ident(r.rulename)]
              END AS definition,
       pg_catalog.obj_description(r.oid, 'pg_rewrite') AS comment
FROM pg_catalog.pg_rewrite r
JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (?)
  AND r.rulename <> '_RETURN'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid
                    AND d.deptype = 'e')
ORDER BY n.nspname, c.relname, r.rulename
