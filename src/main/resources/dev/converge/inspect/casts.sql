-- User-defined casts (OID >= 16384, FirstNormalObjectId: initdb's casts are older), as defined objects. A cast
-- belongs to no schema: it is attributed to the schema of its source type, else of its target type, else of its
-- function, whichever is not pg_catalog first, and to public when all three are built in (dependencies.sql uses
-- the same rule), so that it is read, planned and written with the schema that gives it a meaning. Its name is
-- "source AS target" as format_type prints both (schema-qualified, search_path is empty). Extension members and
-- the casts a range type makes to its multirange type (deptype 'i') are left out.
-- Parameter 1: text[] of schema names.
WITH user_cast AS (
    SELECT c.oid, c.castfunc, c.castcontext, c.castmethod,
           pg_catalog.format_type(c.castsource, NULL) || ' AS ' || pg_catalog.format_type(c.casttarget, NULL)
               AS name,
           COALESCE(NULLIF(sn.nspname, 'pg_catalog'), NULLIF(tn.nspname, 'pg_catalog'),
                    NULLIF(fn.nspname, 'pg_catalog'), 'public') AS schema_name
    FROM pg_catalog.pg_cast c
    JOIN pg_catalog.pg_type s ON s.oid = c.castsource
    JOIN pg_catalog.pg_namespace sn ON sn.oid = s.typnamespace
    JOIN pg_catalog.pg_type t ON t.oid = c.casttarget
    JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
    LEFT JOIN pg_catalog.pg_proc f ON f.oid = c.castfunc
    LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
    WHERE c.oid >= 16384
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_cast'::pg_catalog.regclass
                        AND d.objid = c.oid AND d.deptype IN ('e', 'i'))
)
SELECT 'CAST' AS kind,
       c.schema_name,
       c.name,
       NULL::text AS member,
       '(' || c.name || ')' AS target,
       ARRAY['CREATE CAST (' || c.name || ') '
             || CASE c.castmethod WHEN 'f' THEN 'WITH FUNCTION ' || c.castfunc::pg_catalog.regprocedure::text
                                  WHEN 'i' THEN 'WITH INOUT'
                                  ELSE 'WITHOUT FUNCTION' END
             || CASE c.castcontext WHEN 'a' THEN ' AS ASSIGNMENT' WHEN 'i' THEN ' AS IMPLICIT' ELSE '' END]
           AS definition,
       pg_catalog.obj_description(c.oid, 'pg_cast') AS comment
FROM user_cast c
WHERE c.schema_name = ANY (?)
ORDER BY c.schema_name, c.name
