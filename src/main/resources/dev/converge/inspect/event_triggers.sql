-- Event triggers, as defined objects. An event trigger belongs to no schema: it is attributed to its function's
-- schema (dependencies.sql does the same), where it is read, planned and written. The CREATE statement is built
-- from pg_event_trigger (PostgreSQL has no printer for it), the tags in the order they were written (pg_dump
-- keeps it too), and an ALTER follows when the trigger is not simply enabled. Extension members are left out.
-- Parameter 1: text[] of schema names.
SELECT 'EVENT_TRIGGER' AS kind,
       n.nspname AS schema_name,
       e.evtname AS name,
       NULL::text AS member,
       pg_catalog.quote_ident(e.evtname) AS target,
       ARRAY['CREATE EVENT TRIGGER ' || pg_catalog.quote_ident(e.evtname) || ' ON ' || pg_catalog.quote_ident(e.evtevent)
             || COALESCE(' WHEN TAG IN (' || (SELECT pg_catalog.string_agg(pg_catalog.quote_literal(tag), ', '
                                                                          ORDER BY i)
                                             FROM pg_catalog.unnest(e.evttags) WITH ORDINALITY AS x (tag, i))
                         || ')', '')
             || ' EXECUTE FUNCTION ' || e.evtfoid::pg_catalog.regproc::text || '()']
           || CASE e.evtenabled
                  WHEN 'D' THEN ARRAY['ALTER EVENT TRIGGER ' || pg_catalog.quote_ident(e.evtname) || ' DISABLE']
                  WHEN 'R' THEN ARRAY['ALTER EVENT TRIGGER ' || pg_catalog.quote_ident(e.evtname)
                                      || ' ENABLE REPLICA']
                  WHEN 'A' THEN ARRAY['ALTER EVENT TRIGGER ' || pg_catalog.quote_ident(e.evtname)
                                      || ' ENABLE ALWAYS']
                  ELSE ARRAY[]::text[] END AS definition,
       pg_catalog.obj_description(e.oid, 'pg_event_trigger') AS comment
FROM pg_catalog.pg_event_trigger e
JOIN pg_catalog.pg_proc p ON p.oid = e.evtfoid
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_event_trigger'::pg_catalog.regclass
                    AND d.objid = e.oid AND d.deptype = 'e')
ORDER BY n.nspname, e.evtname
