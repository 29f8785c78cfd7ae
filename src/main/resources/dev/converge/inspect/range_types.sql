-- Range types of the requested schemas, as defined objects: the CREATE TYPE ... AS RANGE statement built from
-- pg_range (PostgreSQL has no printer for it). Every option is spelt out when it differs from what PostgreSQL
-- would choose by itself (the subtype's default operator class and collation), and the multirange type's name
-- always, so that both sides print the same text. Names are schema-qualified and quoted (search_path is empty);
-- functions print through regproc, which qualifies them unless they are in pg_catalog. Extension members are
-- left out.
-- Parameter 1: text[] of schema names.
SELECT 'RANGE_TYPE' AS kind,
       n.nspname AS schema_name,
       t.typname AS name,
       NULL::text AS member,
       pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(t.typname) AS target,
       ARRAY['CREATE TYPE ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(t.typname)
             || ' AS RANGE (subtype = ' || pg_catalog.format_type(r.rngsubtype, NULL)
             || CASE WHEN oc.opcdefault THEN ''
                     ELSE ', subtype_opclass = ' || pg_catalog.quote_ident(ocn.nspname) || '.'
                          || pg_catalog.quote_ident(oc.opcname) END
             || CASE WHEN r.rngcollation = 0 OR r.rngcollation = st.typcollation THEN ''
                     ELSE ', collation = ' || pg_catalog.quote_ident(cn.nspname) || '.'
                          || pg_catalog.quote_ident(co.collname) END
             || CASE WHEN r.rngcanonical = 0 THEN ''
                     ELSE ', canonical = ' || r.rngcanonical::pg_catalog.regproc::text END
             || CASE WHEN r.rngsubdiff = 0 THEN ''
                     ELSE ', subtype_diff = ' || r.rngsubdiff::pg_catalog.regproc::text END
             || ', multirange_type_name = ' || pg_catalog.quote_ident(mn.nspname) || '.'
             || pg_catalog.quote_ident(mt.typname)
             || ')'] AS definition,
       pg_catalog.obj_description(t.oid, 'pg_type') AS comment
FROM pg_catalog.pg_range r
JOIN pg_catalog.pg_type t ON t.oid = r.rngtypid
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype
JOIN pg_catalog.pg_opclass oc ON oc.oid = r.rngsubopc
JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.opcnamespace
JOIN pg_catalog.pg_type mt ON mt.oid = r.rngmultitypid
JOIN pg_catalog.pg_namespace mn ON mn.oid = mt.typnamespace
LEFT JOIN pg_catalog.pg_collation co ON co.oid = r.rngcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
WHERE n.nspname = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                    AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY n.nspname, t.typname
