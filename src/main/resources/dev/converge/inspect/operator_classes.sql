-- Operator classes of the requested schemas, as defined objects: CREATE OPERATOR CLASS built from pg_opclass and
-- the pg_amop / pg_amproc entries that belong to the class (pg_depend, internal), the way pg_dump does (regoperator,
-- regprocedure and format_type, schema-qualified where needed since search_path is empty). The family is always
-- named: a class created without FAMILY made a family of its own name, which operator_families.sql lists. A class's
-- identity is its name and index method (the member). Extension members are left out.
-- Parameter 1: text[] of schema names.
WITH class_operator AS (
    SELECT d.refobjid AS class,
           pg_catalog.string_agg('OPERATOR ' || ao.amopstrategy || ' ' || ao.amopopr::pg_catalog.regoperator::text
                                 || CASE WHEN ao.amoppurpose = 'o'
                                         THEN ' FOR ORDER BY ' || pg_catalog.quote_ident(sn.nspname) || '.'
                                              || pg_catalog.quote_ident(sf.opfname) ELSE '' END,
                                 ', ' ORDER BY ao.amopstrategy, ao.amoplefttype, ao.amoprighttype) AS items
    FROM pg_catalog.pg_amop ao
    JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_amop'::pg_catalog.regclass AND d.objid = ao.oid
                               AND d.refclassid = 'pg_catalog.pg_opclass'::pg_catalog.regclass
    LEFT JOIN pg_catalog.pg_opfamily sf ON sf.oid = ao.amopsortfamily
    LEFT JOIN pg_catalog.pg_namespace sn ON sn.oid = sf.opfnamespace
    GROUP BY d.refobjid
),
class_function AS (
    SELECT d.refobjid AS class,
           pg_catalog.string_agg('FUNCTION ' || ap.amprocnum || ' (' || pg_catalog.format_type(ap.amproclefttype, NULL)
                                 || ', ' || pg_catalog.format_type(ap.amprocrighttype, NULL) || ') '
                                 || ap.amproc::pg_catalog.regprocedure::text,
                                 ', ' ORDER BY ap.amprocnum, ap.amproclefttype, ap.amprocrighttype) AS items
    FROM pg_catalog.pg_amproc ap
    JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_amproc'::pg_catalog.regclass AND d.objid = ap.oid
                               AND d.refclassid = 'pg_catalog.pg_opclass'::pg_catalog.regclass
    GROUP BY d.refobjid
)
SELECT 'OPERATOR_CLASS' AS kind,
       n.nspname AS schema_name,
       c.opcname AS name,
       am.amname::text AS member,
       pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.opcname) || ' USING '
           || pg_catalog.quote_ident(am.amname) AS target,
       ARRAY['CREATE OPERATOR CLASS ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.opcname)
             || CASE WHEN c.opcdefault THEN ' DEFAULT' ELSE '' END
             || ' FOR TYPE ' || pg_catalog.format_type(c.opcintype, NULL)
             || ' USING ' || pg_catalog.quote_ident(am.amname)
             || ' FAMILY ' || pg_catalog.quote_ident(fn.nspname) || '.' || pg_catalog.quote_ident(f.opfname)
             || ' AS ' || pg_catalog.concat_ws(', ', co.items, cf.items,
                                               CASE WHEN c.opckeytype <> 0
                                                    THEN 'STORAGE ' || pg_catalog.format_type(c.opckeytype, NULL)
                                               END)] AS definition,
       pg_catalog.obj_description(c.oid, 'pg_opclass') AS comment
FROM pg_catalog.pg_opclass c
JOIN pg_catalog.pg_namespace n ON n.oid = c.opcnamespace
JOIN pg_catalog.pg_am am ON am.oid = c.opcmethod
JOIN pg_catalog.pg_opfamily f ON f.oid = c.opcfamily
JOIN pg_catalog.pg_namespace fn ON fn.oid = f.opfnamespace
LEFT JOIN class_operator co ON co.class = c.oid
LEFT JOIN class_function cf ON cf.class = c.oid
WHERE n.nspname = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_opclass'::pg_catalog.regclass AND d.objid = c.oid
                    AND d.deptype = 'e')
ORDER BY n.nspname, c.opcname, member
