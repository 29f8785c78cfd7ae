-- Foreign-data wrappers, foreign servers and user mappings, as defined objects (extension members left out: the
-- wrapper of CREATE EXTENSION postgres_fdw is the extension's). None of them belongs to a schema: a wrapper, its
-- servers and their user mappings are attributed to the schema of the wrapper's handler function, else of its
-- validator, else to public (dependencies.sql and grants.sql use the same rule), so that they are read, planned and
-- written with the schemas that use them. Names: the wrapper's and the server's own; a user mapping's is
-- "role SERVER server" (its DROP target without FOR). The statements are built from the catalogs, options in the
-- order they were given. User mappings have no comments in PostgreSQL.
-- Parameter 1: text[] of schema names.
WITH requested AS (
    SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE n.nspname = ANY (?)
),
wrapper AS (
    SELECT w.oid, w.fdwname, w.fdwhandler, w.fdwvalidator, w.fdwoptions,
           COALESCE(NULLIF(hn.nspname, 'pg_catalog'), NULLIF(vn.nspname, 'pg_catalog'), 'public') AS schema_name
    FROM pg_catalog.pg_foreign_data_wrapper w
    LEFT JOIN pg_catalog.pg_proc h ON h.oid = w.fdwhandler
    LEFT JOIN pg_catalog.pg_namespace hn ON hn.oid = h.pronamespace
    LEFT JOIN pg_catalog.pg_proc v ON v.oid = w.fdwvalidator
    LEFT JOIN pg_catalog.pg_namespace vn ON vn.oid = v.pronamespace
),
server AS (
    SELECT s.oid, s.srvname, s.srvtype, s.srvversion, s.srvoptions, w.fdwname, w.schema_name
    FROM pg_catalog.pg_foreign_server s
    JOIN wrapper w ON w.oid = s.srvfdw
    WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_foreign_server'::pg_catalog.regclass
                        AND d.objid = s.oid AND d.deptype = 'e')
)
SELECT 'FOREIGN_DATA_WRAPPER' AS kind,
       w.schema_name,
       w.fdwname AS name,
       NULL::text AS member,
       pg_catalog.quote_ident(w.fdwname) AS target,
       ARRAY['CREATE FOREIGN DATA WRAPPER ' || pg_catalog.quote_ident(w.fdwname)
             || CASE WHEN w.fdwhandler = 0 THEN ''
                     ELSE ' HANDLER ' || w.fdwhandler::pg_catalog.regproc::text END
             || CASE WHEN w.fdwvalidator = 0 THEN ''
                     ELSE ' VALIDATOR ' || w.fdwvalidator::pg_catalog.regproc::text END
             || COALESCE(' OPTIONS (' || (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(o.option_name) || ' '
                                                                       || pg_catalog.quote_literal(o.option_value),
                                                                       ', ')
                                          FROM pg_catalog.pg_options_to_table(w.fdwoptions) o) || ')', '')]
           AS definition,
       pg_catalog.obj_description(w.oid, 'pg_foreign_data_wrapper') AS comment
FROM wrapper w
WHERE w.schema_name IN (SELECT r.nspname FROM requested r)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass
                    AND d.objid = w.oid AND d.deptype = 'e')
UNION ALL
SELECT 'SERVER',
       s.schema_name,
       s.srvname,
       NULL,
       pg_catalog.quote_ident(s.srvname),
       ARRAY['CREATE SERVER ' || pg_catalog.quote_ident(s.srvname)
             || COALESCE(' TYPE ' || pg_catalog.quote_literal(s.srvtype), '')
             || COALESCE(' VERSION ' || pg_catalog.quote_literal(s.srvversion), '')
             || ' FOREIGN DATA WRAPPER ' || pg_catalog.quote_ident(s.fdwname)
             || COALESCE(' OPTIONS (' || (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(o.option_name) || ' '
                                                                       || pg_catalog.quote_literal(o.option_value),
                                                                       ', ')
                                          FROM pg_catalog.pg_options_to_table(s.srvoptions) o) || ')', '')],
       pg_catalog.obj_description(s.oid, 'pg_foreign_server')
FROM server s
WHERE s.schema_name IN (SELECT r.nspname FROM requested r)
UNION ALL
SELECT 'USER_MAPPING',
       s.schema_name,
       CASE WHEN u.umuser = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(u.umuser)) END
           || ' SERVER ' || pg_catalog.quote_ident(s.srvname),
       NULL,
       'FOR ' || CASE WHEN u.umuser = 0 THEN 'PUBLIC'
                      ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(u.umuser)) END
           || ' SERVER ' || pg_catalog.quote_ident(s.srvname),
       ARRAY['CREATE USER MAPPING FOR ' || CASE WHEN u.umuser = 0 THEN 'PUBLIC'
                                                ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(u.umuser)) END
             || ' SERVER ' || pg_catalog.quote_ident(s.srvname)
             || COALESCE(' OPTIONS (' || (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(o.option_name) || ' '
                                                                       || pg_catalog.quote_literal(o.option_value),
                                                                       ', ')
                                          FROM pg_catalog.pg_options_to_table(u.umoptions) o) || ')', '')],
       NULL
FROM pg_catalog.pg_user_mappings u  -- the view: the table pg_user_mapping is readable by superusers only
JOIN server s ON s.oid = u.srvid
WHERE s.schema_name IN (SELECT r.nspname FROM requested r)
ORDER BY 1, 2, 3
