-- Operator families of the requested schemas, as defined objects: CREATE OPERATOR FAMILY, then ALTER OPERATOR
-- FAMILY ... ADD for the operators and functions that belong to the family itself ("loose" members: those of its
-- operator classes are in CREATE OPERATOR CLASS, see operator_classes.sql), built from pg_amop and pg_amproc the way
-- pg_dump does (regoperator and regprocedure, schema-qualified where needed since search_path is empty). A family's
-- identity is its name and index method (the member). Extension members are left out.
-- Parameter 1: text[] of schema names.
WITH loose_operator AS (
    SELECT ao.amopfamily AS family,
           pg_catalog.string_agg('OPERATOR ' || ao.amopstrategy || ' ' || ao.amopopr::pg_catalog.regoperator::text
                                 || CASE WHEN ao.amoppurpose = 'o'
                                         THEN ' FOR ORDER BY ' || pg_catalog.quote_ident(sn.nspname) || '.'
                                              || pg_catalog.quote_ident(sf.opfname) ELSE '' END,
                                 ', ' ORDER BY ao.amoplefttype, ao.amoprighttype, ao.amopstrategy) AS items
    FROM pg_catalog.pg_amop ao
    JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_amop'::pg_catalog.regclass AND d.objid = ao.oid
                               AND d.refclassid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass
    LEFT JOIN pg_catalog.pg_opfamily sf ON sf.oid = ao.amopsortfamily
    LEFT JOIN pg_catalog.pg_namespace sn ON sn.oid = sf.opfnamespace
    GROUP BY ao.amopfamily
),
loose_function AS (
    SELECT ap.amprocfamily AS family,
           pg_catalog.string_agg('FUNCTION ' || ap.amprocnum || ' (' || pg_catalog.format_type(ap.amproclefttype, NULL)
                                 || ', ' || pg_catalog.format_type(ap.amprocrighttype, NULL) || ') '
                                 || ap.amproc::pg_catalog.regprocedure::text,
                                 ', ' ORDER BY ap.amproclefttype, ap.amprocrighttype, ap.amprocnum) AS items
    FROM pg_catalog.pg_amproc ap
    JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_amproc'::pg_catalog.regclass AND d.objid = ap.oid
                               AND d.refclassid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass
    GROUP BY ap.amprocfamily
)
SELECT 'OPERATOR_FAMILY' AS kind,
       n.nspname AS schema_name,
       f.opfname AS name,
       am.amname::text AS member,
       pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(f.opfname) || ' USING '
           || pg_catalog.quote_ident(am.amname) AS target,
       ARRAY['CREATE OPERATOR FAMILY ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(f.opfname)
             || ' USING ' || pg_catalog.quote_ident(am.amname)]
           || CASE WHEN lo.items IS NULL AND lf.items IS NULL THEN ARRAY[]::text[]
                   ELSE ARRAY['ALTER OPERATOR FAMILY ' || pg_catalog.quote_ident(n.nspname) || '.'
                              || pg_catalog.quote_ident(f.opfname) || ' USING ' || pg_catalog.quote_ident(am.amname)
                              || ' ADD ' || pg_catalog.concat_ws(', ', lo.items, lf.items)] END AS definition,
       pg_catalog.obj_description(f.oid, 'pg_opfamily') AS comment
FROM pg_catalog.pg_opfamily f
JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace
JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod
LEFT JOIN loose_operator lo ON lo.family = f.oid
LEFT JOIN loose_function lf ON lf.family = f.oid
WHERE n.nspname = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass AND d.objid = f.oid
                    AND d.deptype = 'e')
ORDER BY n.nspname, f.opfname, member
